package org.sameboat.analysis.agreement;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The distinct value rows (patterns) of a reliability matrix, each weighted by how many units show
 * it. Every coefficient depends on the units only through these counts, so a bootstrap replicate
 * is fully described by how many of its draws fell on each pattern (a multinomial sample over the
 * patterns): there is no need to copy the drawn rows. On 200,000 units of 3 coders and 5
 * categories that is at most 216 rows per replicate instead of about 126,000.
 */
final class Patterns {

    private final ReliabilityData data;
    /** One row per pattern, in order of first appearance, weighted by its units. */
    private final ReliabilityData distinct;
    /** For each row of {@code data}, the index of its pattern in {@code distinct}. */
    private final int[] patternOfRow;

    private Patterns(ReliabilityData data, ReliabilityData distinct, int[] patternOfRow) {
        this.data = data;
        this.distinct = distinct;
        this.patternOfRow = patternOfRow;
    }

    static Patterns of(ReliabilityData data) {
        int m = data.coderCount();
        int[] codes = data.codes();
        int rows = data.rowCount();
        Map<Row, Integer> index = new HashMap<>();
        int[] patternOfRow = new int[rows];
        // the pattern's units, kept on the row where it first appears, so that reweight() below
        // keeps exactly those rows, in order of first appearance
        int[] unitsAtFirstRow = new int[rows];
        int[] firstRow = new int[rows];
        for (int r = 0; r < rows; r++) {
            Integer known = index.putIfAbsent(new Row(codes, r * m, m), index.size());
            int p = known == null ? index.size() - 1 : known;
            if (known == null) {
                firstRow[p] = r;
            }
            patternOfRow[r] = p;
            unitsAtFirstRow[firstRow[p]] += data.weight(r);
        }
        return new Patterns(data, data.reweight(unitsAtFirstRow), patternOfRow);
    }

    /** @return the number of distinct patterns */
    int count() {
        return distinct.rowCount();
    }

    /**
     * Draws {@code data.unitCount()} units with replacement and counts, per pattern, how many
     * draws fell on it. The draws are the ones a row-by-row resample makes (same calls on the
     * random stream, same units), so only the bookkeeping differs from copying rows.
     */
    void draw(SplittableRandom random, int[] perPattern) {
        Arrays.fill(perPattern, 0);
        int n = data.unitCount();
        for (int i = 0; i < n; i++) {
            perPattern[patternOfRow[data.row(random.nextInt(n))]]++;
        }
    }

    /** The replicate drawn: each pattern as often as drawn; undrawn patterns left out. */
    ReliabilityData replicate(int[] perPattern) {
        return distinct.reweight(perPattern);
    }

    /** A row of the code matrix as a hash key, without copying it. */
    private record Row(int[] codes, int from, int length) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Row o && Arrays.equals(codes, from, from + length, o.codes,
                    o.from, o.from + o.length);
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (int i = from; i < from + length; i++) {
                h = 31 * h + codes[i];
            }
            return h;
        }
    }
}
