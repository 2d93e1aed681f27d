package org.sameboat.analysis.profile;

import java.util.List;

import org.sameboat.analysis.contingency.ContingencyTable;

/**
 * Codes × levels: how many turns at each level each code touches, the turns at each level, and the
 * chi-square test of independence of code and level with adjusted residuals per cell (see
 * {@link ContingencyTable}).
 */
public final class ProfileTable {

    private final Level by;
    private final List<String> levels;
    private final List<String> codes;
    private final long[] turns;
    private final ContingencyTable table;

    ProfileTable(Level by, List<String> levels, List<String> codes, long[][] counts, long[] turns) {
        this.by = by;
        this.levels = List.copyOf(levels);
        this.codes = List.copyOf(codes);
        this.turns = turns.clone();
        this.table = new ContingencyTable(counts);
    }

    /** @return what the levels are */
    public Level by() {
        return by;
    }

    /** @return the levels that have turns in scope, in the level's order */
    public List<String> levels() {
        return levels;
    }

    /** @return the codes' paths, rows */
    public List<String> codes() {
        return codes;
    }

    /** @return turns at the level that the code touches */
    public long count(int code, int level) {
        return table.count(code, level);
    }

    /** @return turns in scope at the level (coded or not) */
    public long turns(int level) {
        return turns[level];
    }

    /** @return the code's turns per 100 turns at the level */
    public double rate(int code, int level) {
        return turns[level] == 0 ? Double.NaN : 100.0 * table.count(code, level) / turns[level];
    }

    /** @return the test: expected counts, adjusted residuals, chi-square, df, p, small-expected counts */
    public ContingencyTable test() {
        return table;
    }
}
