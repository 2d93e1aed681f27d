package org.sameboat.views.cooccurrence;

import java.util.List;
import java.util.Locale;

import org.sameboat.analysis.cooccurrence.CooccurrenceTable;
import org.sameboat.analysis.cooccurrence.Measure;

/**
 * What the heatmap shows: one value per pair of codes in the chosen measure, each code's frequency, and the
 * cells to read with care.
 *
 * @param labels     code paths, rows and columns alike
 * @param values     the table's value of each cell in the measure (NaN where undefined)
 * @param frequency  n1 of each code in the mode's units
 * @param measure    what the values are
 * @param imbalanced cells whose codes are applied more than {@value #IMBALANCE} times as often one as the other
 * @param outOfRange cells whose c-coefficient leaves [0, 1] (overlap mode only)
 */
record HeatmapData(List<String> labels, double[][] values, long[] frequency, Measure measure, boolean[][] imbalanced,
        boolean[][] outOfRange) {

    /** ATLAS.ti's rule of thumb: beyond this ratio of frequencies a coefficient says more about the imbalance. */
    static final int IMBALANCE = 5;

    static HeatmapData of(CooccurrenceTable table, Measure measure) {
        int n = table.labels().size();
        double[][] values = new double[n][n];
        long[] frequency = new long[n];
        boolean[][] imbalanced = new boolean[n][n];
        boolean[][] outOfRange = new boolean[n][n];
        for (int i = 0; i < n; i++) {
            frequency[i] = table.frequency(i);
            for (int j = 0; j < n; j++) {
                values[i][j] = table.value(i, j, measure);
                outOfRange[i][j] = i != j && table.outOfRange(i, j);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                long low = Math.min(frequency[i], frequency[j]);
                long high = Math.max(frequency[i], frequency[j]);
                imbalanced[i][j] = i != j && table.count(i, j) > 0 && low > 0 && high > IMBALANCE * low;
            }
        }
        return new HeatmapData(table.labels(), values, frequency, measure, imbalanced, outOfRange);
    }

    int size() {
        return labels.size();
    }

    /** The text of a cell as drawn and exported: whole counts, two decimals for ratios, a dash where undefined. */
    String text(int row, int column) {
        double value = values[row][column];
        if (Double.isNaN(value)) {
            return "\u2013";
        }
        String text = measure == Measure.COUNT ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
        return outOfRange[row][column] && measure == Measure.C ? text + "*" : text;
    }

    /** The largest value off the diagonal: the diagonal holds each code's own frequency and would wash out the rest. */
    double maximum() {
        double max = 0;
        for (int i = 0; i < size(); i++) {
            for (int j = 0; j < size(); j++) {
                if (i != j && !Double.isNaN(values[i][j])) {
                    max = Math.max(max, values[i][j]);
                }
            }
        }
        return max;
    }

    /** Where a cell's value lies on the colour scale, 0 to 1. */
    double fraction(int row, int column) {
        double max = maximum();
        return max > 0 ? values[row][column] / max : 0;
    }

    boolean anyImbalanced() {
        for (boolean[] row : imbalanced) {
            for (boolean cell : row) {
                if (cell) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean anyOutOfRange() {
        for (boolean[] row : outOfRange) {
            for (boolean cell : row) {
                if (cell) {
                    return true;
                }
            }
        }
        return false;
    }
}
