package org.sameboat.analysis.contingency;

import java.util.Locale;

/**
 * The diverging colour scale Sameboat paints adjusted residuals with, in the views and the HTML report alike:
 * white at 0, blue below (fewer than expected), red above (more than expected), saturating at |r| = 3. Two hues
 * around a white middle read as "less" and "more" at a glance, and the middle says "as expected" plainly; the
 * end colours are ColorBrewer's RdBu, which stays apart for the common forms of colour blindness.
 */
public final class ResidualScale {

    /** The residual at which the colour stops deepening. */
    public static final double SATURATION = 3.0;

    /** The residual beyond which (in absolute value) a cell is flagged: the two-sided 5% point of the normal. */
    public static final double FLAG = 1.96;

    private static final int[] WHITE = {255, 255, 255};
    private static final int[] NO_VALUE = {238, 238, 238};
    private static final int[][] ABOVE = {WHITE, {244, 165, 130}, {178, 24, 43}};
    private static final int[][] BELOW = {WHITE, {146, 197, 222}, {33, 102, 172}};

    private ResidualScale() {
    }

    /** @return red, green, blue (0–255) of a residual; light grey for NaN (no residual) */
    public static int[] rgb(double residual) {
        if (Double.isNaN(residual)) {
            return NO_VALUE.clone();
        }
        double t = Math.min(1, Math.abs(residual) / SATURATION);
        int[][] stops = residual >= 0 ? ABOVE : BELOW;
        double position = t * (stops.length - 1);
        int low = Math.min((int) Math.floor(position), stops.length - 2);
        double within = position - low;
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            out[i] = (int) Math.round(stops[low][i] + (stops[low + 1][i] - stops[low][i]) * within);
        }
        return out;
    }

    /** @return the colour of a residual in CSS notation, {@code #rrggbb} */
    public static String hex(double residual) {
        int[] c = rgb(residual);
        return String.format(Locale.ROOT, "#%02x%02x%02x", c[0], c[1], c[2]);
    }

    /** @return whether dark text reads on the colour of this residual (white text otherwise) */
    public static boolean darkTextOn(double residual) {
        int[] c = rgb(residual);
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2] >= 140;
    }

    /** @return whether the residual is beyond ±{@value #FLAG} */
    public static boolean flagged(double residual) {
        return Math.abs(residual) > FLAG;
    }
}
