package org.sameboat.views.cooccurrence;

import org.eclipse.swt.graphics.RGB;

/**
 * A sequential colour scale from near white to deep blue. One hue with falling lightness reads as "more" at a
 * glance and survives printing in grey, which a rainbow does not.
 */
final class ColourScale {

    private static final int[][] STOPS = {
            {246, 250, 254}, {200, 221, 240}, {120, 178, 216}, {44, 123, 186}, {10, 55, 118}};

    private ColourScale() {
    }

    /** The colour of a value between 0 and 1 (values outside are clamped). */
    static RGB at(double fraction) {
        double t = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        double position = t * (STOPS.length - 1);
        int low = Math.min((int) Math.floor(position), STOPS.length - 2);
        double within = position - low;
        int[] a = STOPS[low];
        int[] b = STOPS[low + 1];
        return new RGB(mix(a[0], b[0], within), mix(a[1], b[1], within), mix(a[2], b[2], within));
    }

    /** Black or white, whichever reads better on the background. */
    static RGB textOn(RGB background) {
        double luminance = 0.2126 * background.red + 0.7152 * background.green + 0.0722 * background.blue;
        return luminance < 140 ? new RGB(255, 255, 255) : new RGB(20, 20, 20);
    }

    /** CSS notation, for SVG. */
    static String hex(RGB rgb) {
        return String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
    }

    private static int mix(int from, int to, double t) {
        return (int) Math.round(from + (to - from) * t);
    }
}
