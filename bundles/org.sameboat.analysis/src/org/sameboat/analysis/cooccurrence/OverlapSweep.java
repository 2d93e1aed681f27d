package org.sameboat.analysis.cooccurrence;

import java.util.Arrays;

/**
 * Counts, for every pair of codes, the pairs of overlapping ranges of one document in one sweep:
 * ranges sorted by start, and by end; walking the starts in order, the ranges still open at a
 * start are those started before and not yet ended, kept as a count per code. A range starting
 * there overlaps every one of them. Cost O(n log n) for the sorts plus O(n × codes) for the sweep,
 * instead of comparing all pairs of ranges.
 */
final class OverlapSweep {

    private OverlapSweep() {
    }

    /**
     * Adds the document's overlapping pairs to {@code together}, each pair once, under the row of
     * the code that started later; {@link #mirror} makes the table symmetric when all documents are in.
     *
     * @param starts range starts
     * @param ends range ends; empty ranges must have been left out (they overlap nothing)
     * @param codes code index of each range
     * @param count how many entries are used
     * @param together codes × codes, added to
     */
    static void count(int[] starts, int[] ends, int[] codes, int count, long[][] together) {
        int codeCount = together.length;
        long[] byStart = new long[count];
        long[] byEnd = new long[count];
        for (int i = 0; i < count; i++) {
            // offset in the high half, range index in the low half: one primitive sort each
            byStart[i] = ((long) starts[i] << 32) | i;
            byEnd[i] = ((long) ends[i] << 32) | i;
        }
        Arrays.sort(byStart);
        Arrays.sort(byEnd);
        int[] open = new int[codeCount];
        int ended = 0;
        for (int k = 0; k < count; k++) {
            int range = (int) byStart[k];
            int start = starts[range];
            // a range ending at this start does not overlap it (ranges are half-open); it also
            // started before, since it is not empty, so it was counted as open
            while (ended < count && (int) (byEnd[ended] >>> 32) <= start) {
                open[codes[(int) byEnd[ended]]]--;
                ended++;
            }
            long[] row = together[codes[range]];
            for (int c = 0; c < codeCount; c++) {
                row[c] += open[c];
            }
            open[codes[range]]++;
        }
    }

    /** Adds each half of the table to the other, so both hold the pairs of the two codes. */
    static void mirror(long[][] together) {
        for (int i = 0; i < together.length; i++) {
            for (int j = i + 1; j < together.length; j++) {
                long sum = together[i][j] + together[j][i];
                together[i][j] = sum;
                together[j][i] = sum;
            }
        }
    }
}
