package org.sameboat.analysis.cooccurrence;

import java.util.List;

/**
 * How often a turn with one dynamic is followed by a turn with another: {@code count(from, to)}.
 * Rows are the earlier turn's dynamic, columns the next turn's.
 */
public final class TransitionMatrix {

    private final List<String> labels;
    private final long[][] counts;

    TransitionMatrix(List<String> labels, long[][] counts) {
        this.labels = List.copyOf(labels);
        this.counts = counts;
    }

    /** @return code paths in codebook order, then "none"; rows and columns alike */
    public List<String> labels() {
        return labels;
    }

    /**
     * @param from the earlier turn's label index
     * @param to the next turn's label index
     * @return how many times that transition occurs
     */
    public long count(int from, int to) {
        return counts[from][to];
    }

    /** @return all transitions counted */
    public long total() {
        long sum = 0;
        for (long[] row : counts) {
            for (long v : row) {
                sum += v;
            }
        }
        return sum;
    }
}
