package org.sameboat.analysis.agreement;

/** The q × q contingency table of the units both of exactly two coders coded. */
final class TwoCoderTable {

    final int q;
    final int units;
    final long[][] cells;
    final long[] rows;
    final long[] cols;

    private TwoCoderTable(int q, int units, long[][] cells, long[] rows, long[] cols) {
        this.q = q;
        this.units = units;
        this.cells = cells;
        this.rows = rows;
        this.cols = cols;
    }

    static TwoCoderTable of(ReliabilityData data, String coefficient) {
        if (data.coderCount() != 2) {
            throw new IllegalArgumentException(coefficient + " needs exactly 2 coders, the data has "
                    + data.coderCount() + ". Use Fleiss', Conger's kappa or Krippendorff's alpha "
                    + "for more coders, or select two with ReliabilityData.coders(i, j).");
        }
        int q = data.categoryCount();
        long[][] cells = new long[q][q];
        long[] rows = new long[q];
        long[] cols = new long[q];
        int[] codes = data.codes();
        int n = 0;
        for (int r = 0, i = 0; r < data.rowCount(); r++, i += 2) {
            int a = codes[i];
            int b = codes[i + 1];
            if (a != ReliabilityData.MISSING && b != ReliabilityData.MISSING) {
                int weight = data.weight(r);
                cells[a][b] += weight;
                rows[a] += weight;
                cols[b] += weight;
                n += weight;
            }
        }
        return new TwoCoderTable(q, n, cells, rows, cols);
    }
}
