package org.sameboat.analysis.internal;

import java.util.Arrays;

/**
 * Half-open code-point ranges of one code by one coder in one document, sorted and merged so that
 * no two overlap. Merging matters because a coder who codes the same passage twice with the same
 * code has still marked each character once: counting it twice would inflate coverage at the
 * character level and break unitizing alpha, which assumes one coder's units of a category never
 * overlap.
 */
public final class Ranges {

    private final int[] starts;
    private final int[] ends;
    private final int merged;

    private Ranges(int[] starts, int[] ends, int merged) {
        this.starts = starts;
        this.ends = ends;
        this.merged = merged;
    }

    /**
     * Sorts and merges raw ranges given as parallel arrays; empty ranges are dropped because they
     * cover no character.
     *
     * @param rawStarts starts, any order
     * @param rawEnds ends, matching rawStarts
     * @param count how many entries of the arrays are used
     */
    public static Ranges merge(int[] rawStarts, int[] rawEnds, int count) {
        long[] packed = new long[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (rawEnds[i] > rawStarts[i]) {
                // start in the high half, end in the low half: one primitive sort orders by start then end
                packed[n++] = ((long) rawStarts[i] << 32) | (rawEnds[i] & 0xffffffffL);
            }
        }
        Arrays.sort(packed, 0, n);
        int[] s = new int[n];
        int[] e = new int[n];
        int out = 0;
        for (int i = 0; i < n; i++) {
            int start = (int) (packed[i] >>> 32);
            int end = (int) packed[i];
            if (out > 0 && start < e[out - 1]) {
                e[out - 1] = Math.max(e[out - 1], end);
            } else {
                s[out] = start;
                e[out] = end;
                out++;
            }
        }
        return new Ranges(Arrays.copyOf(s, out), Arrays.copyOf(e, out), n - out);
    }

    /** No range at all. */
    public static Ranges empty() {
        return new Ranges(new int[0], new int[0], 0);
    }

    public int size() {
        return starts.length;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    /** How many codings were absorbed into others because they overlapped. */
    public int mergedCount() {
        return merged;
    }

    /** Characters covered. */
    public long covered() {
        long sum = 0;
        for (int i = 0; i < starts.length; i++) {
            sum += ends[i] - starts[i];
        }
        return sum;
    }

    /** Characters covered by both this and other: a linear merge of two sorted disjoint lists. */
    public long intersection(Ranges other) {
        long sum = 0;
        int i = 0;
        int j = 0;
        while (i < starts.length && j < other.starts.length) {
            int lo = Math.max(starts[i], other.starts[j]);
            int hi = Math.min(ends[i], other.ends[j]);
            if (hi > lo) {
                sum += hi - lo;
            }
            if (ends[i] < other.ends[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** Binary search: the first turn ending after the offset (ends ascend, because turns do not overlap). */
    public static int firstEndingAfter(int[] turnEnds, int offset) {
        int low = 0;
        int high = turnEnds.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (turnEnds[mid] <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
