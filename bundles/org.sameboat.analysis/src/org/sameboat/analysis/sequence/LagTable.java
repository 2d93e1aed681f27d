package org.sameboat.analysis.sequence;

import java.util.List;

import org.sameboat.analysis.contingency.ContingencyTable;

/**
 * A lag-sequential table: given (rows) × target (columns) events at one lag, with the statistics
 * Bakeman and Quera (2011) report and GSEQ computes.
 *
 * <ul>
 * <li>{@code n}: the number of tallied pairs (given at position i, target at i + lag, same sequence).</li>
 * <li>Expected count: given's row total × target's column total / n (GSEQ without structural zeros;
 * consecutive turns may carry the same event, so no cell is impossible).</li>
 * <li>Transitional probability: count / given's row total, P(target at lag | given).</li>
 * <li>Adjusted residual: (x − e) / sqrt(e (1 − x<sub>g+</sub>/n) (1 − x<sub>+t</sub>/n)), Haberman's
 * adjusted residual of the given × target table, which is also Allison and Liker's (1982) z
 * (P(T|G) − P(T)) / sqrt(P(T)(1 − P(T))(1 − P(G)) / (n P(G))) with P(G), P(T) the table's marginal
 * proportions; Bakeman and Quera give both forms.</li>
 * <li>Yule's Q: from the 2×2 collapse of the cell, a = x<sub>gt</sub>, b = x<sub>g+</sub> − a,
 * c = x<sub>+t</sub> − a, d = n − a − b − c: (ad − bc) / (ad + bc), in [−1, 1], NaN when ad + bc = 0.</li>
 * </ul>
 */
public final class LagTable {

    private final int lag;
    private final List<String> events;
    private final ContingencyTable table;

    LagTable(int lag, List<String> events, long[][] counts) {
        this.lag = lag;
        this.events = List.copyOf(events);
        this.table = new ContingencyTable(counts);
    }

    /** @return the lag: 1 for the next turn */
    public int lag() {
        return lag;
    }

    /** @return the event labels, rows (given) and columns (target) alike */
    public List<String> events() {
        return events;
    }

    /** @return the number of given–target pairs tallied */
    public long n() {
        return table.n();
    }

    /** @return the pairs with this given and this target */
    public long count(int given, int target) {
        return table.count(given, target);
    }

    /** @return given's row total × target's column total / n */
    public double expected(int given, int target) {
        return table.expected(given, target);
    }

    /** @return P(target | given), NaN when the given event never starts a pair */
    public double probability(int given, int target) {
        long row = table.rowTotal(given);
        return row == 0 ? Double.NaN : (double) table.count(given, target) / row;
    }

    /** @return the adjusted residual, NaN when undefined (an empty margin, or one event filling it) */
    public double adjustedResidual(int given, int target) {
        return table.adjustedResidual(given, target);
    }

    /** @return Yule's Q of the cell's 2×2 collapse, NaN when ad + bc = 0 */
    public double yulesQ(int given, int target) {
        double a = table.count(given, target);
        double b = table.rowTotal(given) - a;
        double c = table.columnTotal(target) - a;
        double d = table.n() - a - b - c;
        double ad = a * d;
        double bc = b * c;
        return ad + bc == 0 ? Double.NaN : (ad - bc) / (ad + bc);
    }

    /** @return the table as a contingency table (chi-square over the whole table, expected counts) */
    public ContingencyTable contingency() {
        return table;
    }
}
