package org.sameboat.analysis.agreement;

/**
 * One pass over a reliability matrix collecting what the multi-rater coefficients of Gwet's (2014)
 * framework need: weighted percent agreement over units with at least two values, the mean
 * per-unit category shares {@code pi_k}, and per-coder category distributions (for Conger).
 *
 * <p>Missing values follow Gwet (2014) and his irrCAC package: observed agreement averages over
 * units with two or more values; {@code pi_k} averages {@code r_ik / r_i} over all units with at
 * least one value; units without values are ignored altogether. A weighted row counts as many
 * units as its weight.
 */
final class MultiRaterCounts {

    final int q;
    final int coders;
    /** Units with at least two values. */
    final int pairableUnits;
    /** Units with at least one value. */
    final int ratedUnits;
    /** Weighted percent agreement (Gwet's p_a); NaN when no unit is pairable. */
    final double observed;
    /** Mean share of category k per rated unit (Gwet's pi_k). */
    final double[] pi;
    /** Per coder g, number of units coded k: n_gk. */
    final long[][] coderCategory;
    /** Per coder g, number of units coded at all: n_g. */
    final long[] coderTotal;

    MultiRaterCounts(ReliabilityData data, Weights w) {
        w.requireSize(data);
        this.q = data.categoryCount();
        this.coders = data.coderCount();
        int[] codes = data.codes();
        int m = coders;
        double[] piSum = new double[q];
        coderCategory = new long[m][q];
        coderTotal = new long[m];
        int[] vals = new int[m];
        int[] counts = new int[q];
        double paSum = 0;
        int pairable = 0;
        int rated = 0;
        boolean identity = w.isIdentity();
        for (int u = 0, base = 0; u < data.rowCount(); u++, base += m) {
            int weight = data.weight(u);
            int n = 0;
            for (int g = 0; g < m; g++) {
                int c = codes[base + g];
                if (c != ReliabilityData.MISSING) {
                    vals[n++] = c;
                    coderCategory[g][c] += weight;
                    coderTotal[g] += weight;
                }
            }
            if (n == 0) {
                continue;
            }
            rated += weight;
            for (int i = 0; i < n; i++) {
                counts[vals[i]]++;
            }
            double pairs = 0;
            for (int i = 0; i < n; i++) {
                int c = vals[i];
                if (counts[c] > 0) {
                    piSum[c] += weight * (counts[c] / (double) n);
                    if (identity) {
                        pairs += (double) counts[c] * (counts[c] - 1);
                    }
                    counts[c] = 0; // each category once per unit; also resets for the next unit
                }
            }
            if (n >= 2) {
                if (!identity) {
                    // sum over ordered pairs of different coders; w_kk = 1 gives Gwet's
                    // sum_k r_ik (r*_ik - 1) exactly.
                    for (int i = 0; i < n; i++) {
                        for (int j = 0; j < n; j++) {
                            if (i != j) {
                                pairs += w.get(vals[i], vals[j]);
                            }
                        }
                    }
                }
                paSum += weight * (pairs / ((double) n * (n - 1)));
                pairable += weight;
            }
        }
        this.pairableUnits = pairable;
        this.ratedUnits = rated;
        this.observed = pairable == 0 ? Double.NaN : paSum / pairable;
        this.pi = new double[q];
        for (int k = 0; k < q; k++) {
            pi[k] = rated == 0 ? 0 : piSum[k] / rated;
        }
    }
}
