package org.sameboat.analysis.project;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How two coders' turn dynamics cross: {@code count(a, b)} turns got label {@code a} from the
 * first coder and {@code b} from the second. Agreement is on the diagonal.
 *
 * @param first the first coder's name (rows)
 * @param second the second coder's name (columns)
 * @param labels the labels, in codebook order with {@link TurnDynamics#NONE} last; rows and
 *        columns alike
 * @param counts counts[row][column]
 */
public record ConfusionMatrix(String first, String second, List<String> labels, long[][] counts) {

    /** Copies the data so the record stays immutable. */
    public ConfusionMatrix {
        labels = List.copyOf(labels);
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        counts = copy;
    }

    /**
     * @param row the first coder's label index
     * @param column the second coder's label index
     * @return the number of turns
     */
    public long count(int row, int column) {
        return counts[row][column];
    }

    /** @return the turns on which the coders gave the same label */
    public long agreements() {
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            sum += counts[i][i];
        }
        return sum;
    }

    @Override
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfusionMatrix m && first.equals(m.first) && second.equals(m.second)
                && labels.equals(m.labels) && Arrays.deepEquals(counts, m.counts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(first, second, labels, Arrays.deepHashCode(counts));
    }

    @Override
    public String toString() {
        return "ConfusionMatrix[" + first + " x " + second + ", " + labels + ", "
                + Arrays.deepToString(counts) + "]";
    }
}
