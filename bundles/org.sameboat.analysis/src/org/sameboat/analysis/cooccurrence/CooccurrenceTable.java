package org.sameboat.analysis.cooccurrence;

import java.util.List;

/**
 * A symmetric code × code co-occurrence table.
 *
 * <p>Off the diagonal, {@code count(i, j)} is n12: in overlap mode the number of pairs of
 * overlapping codings, one of each code (as ATLAS.ti counts); in turn and window modes the number
 * of units (turns, windows) in which both codes occur. On the diagonal it is n1, the code's own
 * frequency in the same units: codings in overlap mode, units otherwise.
 *
 * <p>The c-coefficient is {@code n12 / (n1 + n2 - n12)}. In turn and window modes it is exactly
 * Jaccard's index over the sets of units each code occurs in, always in [0, 1]. In overlap mode it
 * counts codings, and one long coding overlapping several short ones of another code counts
 * several times, so c can leave [0, 1] (ATLAS.ti marks such cells as out of range; so does
 * {@link #outOfRange}). Jaccard in overlap mode therefore measures the coded text instead: the
 * characters coded with both codes over the characters coded with either, which stays in [0, 1]
 * and does not depend on how the text was cut into codings.
 */
public final class CooccurrenceTable {

    private final Mode mode;
    private final List<String> labels;
    private final long units;
    private final long[] frequency;
    private final long[][] together;
    private final long[] characters;
    private final long[][] sharedCharacters;

    CooccurrenceTable(Mode mode, List<String> labels, long units, long[] frequency, long[][] together,
            long[] characters, long[][] sharedCharacters) {
        this.mode = mode;
        this.labels = List.copyOf(labels);
        this.units = units;
        this.frequency = frequency;
        this.together = together;
        this.characters = characters;
        this.sharedCharacters = sharedCharacters;
    }

    /** @return the mode the table was counted in */
    public Mode mode() {
        return mode;
    }

    /** @return the code paths, rows and columns alike, in codebook order */
    public List<String> labels() {
        return labels;
    }

    /** @return the units counted: codings in overlap mode, turns or windows otherwise */
    public long units() {
        return units;
    }

    /** @return n1 of code i: codings (overlap) or units (turn, window) it occurs in */
    public long frequency(int i) {
        return frequency[i];
    }

    /** @return n12, or the frequency on the diagonal */
    public long count(int i, int j) {
        return i == j ? frequency[i] : together[i][j];
    }

    /**
     * @param i row code
     * @param j column code
     * @param measure what to show
     * @return the value; NaN where it is undefined (a code that never occurs, or in overlap mode an
     *         n1 + n2 - n12 that is not positive); on the diagonal c and Jaccard are 1 for a code that
     *         occurs
     */
    public double value(int i, int j, Measure measure) {
        return switch (measure) {
            case COUNT -> count(i, j);
            case C -> ratio(count(i, j), frequency[i], frequency[j]);
            case JACCARD -> mode.kind() == Mode.Kind.OVERLAP
                    ? ratio(i == j ? characters[i] : sharedCharacters[i][j], characters[i], characters[j])
                    : ratio(count(i, j), frequency[i], frequency[j]);
        };
    }

    /** @return whether the c-coefficient of the cell lies outside [0, 1] or is undefined though the codes co-occur */
    public boolean outOfRange(int i, int j) {
        long both = count(i, j);
        return both > 0 && frequency[i] + frequency[j] - both < both;
    }

    private static double ratio(long both, long first, long second) {
        long either = first + second - both;
        return either > 0 ? (double) both / either : Double.NaN;
    }
}
