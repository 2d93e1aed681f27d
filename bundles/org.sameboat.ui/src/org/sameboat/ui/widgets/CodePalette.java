package org.sameboat.ui.widgets;

import java.util.Collection;
import java.util.List;

import org.eclipse.swt.graphics.RGB;

/**
 * Colours for new codes. The candidates are ColorBrewer's qualitative scheme "Set3" (Cynthia A. Brewer,
 * colorbrewer2.org, Pennsylvania State University; the schemes are published under the Apache License 2.0): twelve
 * light hues made to tell categories apart, under which black text stays readable. Its grey is left out, as it
 * looks like the workbench's "no colour". A new code gets the candidate farthest from every colour the codebooks
 * already use (CIE 1976 colour difference in CIELAB), so two codes in view rarely look alike.
 */
public final class CodePalette {

    /** ColorBrewer Set3 without its grey (#D9D9D9), in ColorBrewer's order. */
    static final List<String> SET3 = List.of("#8DD3C7", "#FFFFB3", "#BEBADA", "#FB8072", "#80B1D3", "#FDB462", "#B3DE69", "#FCCDE5",
            "#BC80BD", "#CCEBC5", "#FFED6F");

    /** WCAG 2's contrast for normal text (success criterion 1.4.3, level AA). */
    public static final double READABLE = 4.5;

    private CodePalette() {
    }

    /** The candidates, each readable with black text. */
    public static List<String> candidates() {
        return SET3.stream().filter(hex -> contrast(CodingColours.rgb(hex), BLACK) >= READABLE).toList();
    }

    /** The colour for a new code: the candidate most unlike the colours in use (the first one when none is). */
    public static String next(Collection<String> inUse) {
        String best = null;
        double bestDistance = -1;
        for (String candidate : candidates()) {
            double[] lab = lab(CodingColours.rgb(candidate));
            double nearest = Double.MAX_VALUE;
            for (String used : inUse) {
                if (used != null && used.matches("#[0-9A-Fa-f]{6}")) {
                    nearest = Math.min(nearest, distance(lab, lab(CodingColours.rgb(used))));
                }
            }
            if (nearest > bestDistance) {
                best = candidate;
                bestDistance = nearest;
            }
        }
        return best;
    }

    static final RGB BLACK = new RGB(0, 0, 0);
    static final RGB WHITE = new RGB(255, 255, 255);

    /** WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black on white). */
    public static double contrast(RGB a, RGB b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2's relative luminance. */
    public static double luminance(RGB rgb) {
        return 0.2126 * linear(rgb.red) + 0.7152 * linear(rgb.green) + 0.0722 * linear(rgb.blue);
    }

    /** Black or white, whichever reads better on the given background. */
    public static RGB textOn(RGB background) {
        return contrast(background, BLACK) >= contrast(background, WHITE) ? BLACK : WHITE;
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** sRGB to CIELAB under D65. */
    static double[] lab(RGB rgb) {
        double r = linear(rgb.red);
        double g = linear(rgb.green);
        double b = linear(rgb.blue);
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    /** CIE 1976 colour difference. */
    static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}
