package org.sameboat.analysis.contingency;

import org.apache.commons.math3.special.Gamma;

/**
 * A two-way table of counts with Pearson's chi-square test of independence and Haberman's (1973)
 * adjusted standardized residuals.
 *
 * <p>Expected counts are {@code row total × column total / n}. A row or column whose total is 0
 * takes no part in the test: it adds nothing to chi-square and does not count towards the degrees
 * of freedom, which are {@code (rows in use − 1) × (columns in use − 1)}; its cells' expected count
 * is 0 and their residual undefined ({@code NaN}). The adjusted residual of a cell is
 * {@code (o − e) / sqrt(e × (1 − row total / n) × (1 − column total / n))}, approximately standard
 * normal under independence, so |r| > 1.96 marks a cell that departs from independence at about the
 * 5% level (cell by cell, not corrected for the number of cells). The p-value is the upper tail of the
 * chi-square distribution (Apache Commons Math). Cochran's rule of thumb for the approximation —
 * no expected count below 1 and at most 20% below 5 — is reported by {@link #approximationDoubtful()}.
 */
public final class ContingencyTable {

    /** The residual beyond which a cell is flagged: the two-sided 5% point of the standard normal. */
    public static final double FLAG = 1.96;

    private final long[][] counts;
    private final long[] rowTotals;
    private final long[] columnTotals;
    private final long n;

    /**
     * @param counts rows × columns, all non-negative, every row the same length
     * @throws IllegalArgumentException if the table is ragged or has a negative count
     */
    public ContingencyTable(long[][] counts) {
        int columns = counts.length == 0 ? 0 : counts[0].length;
        this.counts = new long[counts.length][];
        this.rowTotals = new long[counts.length];
        this.columnTotals = new long[columns];
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i].length != columns) {
                throw new IllegalArgumentException("row " + i + " has " + counts[i].length + " cells, not " + columns);
            }
            this.counts[i] = counts[i].clone();
            for (int j = 0; j < columns; j++) {
                if (counts[i][j] < 0) {
                    throw new IllegalArgumentException("negative count in row " + i + ", column " + j);
                }
                rowTotals[i] += counts[i][j];
                columnTotals[j] += counts[i][j];
            }
            sum += rowTotals[i];
        }
        this.n = sum;
    }

    /** @return the number of rows */
    public int rows() {
        return counts.length;
    }

    /** @return the number of columns */
    public int columns() {
        return columnTotals.length;
    }

    /** @return the observed count of a cell */
    public long count(int row, int column) {
        return counts[row][column];
    }

    /** @return the sum of a row */
    public long rowTotal(int row) {
        return rowTotals[row];
    }

    /** @return the sum of a column */
    public long columnTotal(int column) {
        return columnTotals[column];
    }

    /** @return the grand total */
    public long n() {
        return n;
    }

    /** @return row total × column total / n, or 0 when n is 0 */
    public double expected(int row, int column) {
        return n == 0 ? 0 : (double) rowTotals[row] * columnTotals[column] / n;
    }

    /** @return Haberman's adjusted residual, or NaN when its row or column is empty (or fills the table) */
    public double adjustedResidual(int row, int column) {
        double e = expected(row, column);
        double variance = e * (1 - (double) rowTotals[row] / n) * (1 - (double) columnTotals[column] / n);
        return variance > 0 ? (counts[row][column] - e) / Math.sqrt(variance) : Double.NaN;
    }

    /** @return whether |adjusted residual| > 1.96 */
    public boolean flagged(int row, int column) {
        return Math.abs(adjustedResidual(row, column)) > FLAG;
    }

    /** @return Pearson's X² over the cells of non-empty rows and columns */
    public double chiSquare() {
        double sum = 0;
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                double e = expected(i, j);
                if (e > 0) {
                    double d = counts[i][j] - e;
                    sum += d * d / e;
                }
            }
        }
        return sum;
    }

    /** @return (non-empty rows − 1) × (non-empty columns − 1), or 0 */
    public int degreesOfFreedom() {
        int r = 0;
        for (long t : rowTotals) {
            r += t > 0 ? 1 : 0;
        }
        int c = 0;
        for (long t : columnTotals) {
            c += t > 0 ? 1 : 0;
        }
        return r < 2 || c < 2 ? 0 : (r - 1) * (c - 1);
    }

    /**
     * @return P(X² ≥ observed) with {@link #degreesOfFreedom()}, NaN when there is nothing to test (df 0).
     *         The chi-square upper tail is the regularized upper incomplete gamma function Q(df/2, X²/2),
     *         taken directly rather than as 1 − CDF so that small p-values keep their precision.
     */
    public double p() {
        int df = degreesOfFreedom();
        return df == 0 ? Double.NaN : Gamma.regularizedGammaQ(df / 2.0, chiSquare() / 2.0);
    }

    /** @return cells of non-empty rows and columns whose expected count is below 5 */
    public int expectedBelowFive() {
        return countExpected(5);
    }

    /** @return cells of non-empty rows and columns whose expected count is below 1 */
    public int expectedBelowOne() {
        return countExpected(1);
    }

    /** @return cells of non-empty rows and columns (those the test uses) */
    public int cellsInUse() {
        int r = 0;
        for (long t : rowTotals) {
            r += t > 0 ? 1 : 0;
        }
        int c = 0;
        for (long t : columnTotals) {
            c += t > 0 ? 1 : 0;
        }
        return r * c;
    }

    /** @return whether Cochran's rule fails: an expected count below 1, or more than 20% of them below 5 */
    public boolean approximationDoubtful() {
        return expectedBelowOne() > 0 || expectedBelowFive() * 5 > cellsInUse();
    }

    private int countExpected(double limit) {
        int k = 0;
        for (int i = 0; i < rows(); i++) {
            for (int j = 0; j < columns(); j++) {
                double e = expected(i, j);
                if (e > 0 && e < limit) {
                    k++;
                }
            }
        }
        return k;
    }
}
