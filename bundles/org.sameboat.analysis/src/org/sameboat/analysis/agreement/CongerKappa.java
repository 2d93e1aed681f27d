package org.sameboat.analysis.agreement;

/**
 * Conger's (1980) kappa, the multi-rater generalisation of Cohen's kappa that keeps each coder's
 * own marginal distribution, in Gwet's (2014) formulation for missing values and weights.
 *
 * <p>With {@code p_gk} = share of coder g's coded units that are in category k (over the units
 * that coder coded), {@code pbar_k} the mean of {@code p_gk} over coders and {@code s2_kl} the
 * (r-1)-denominator covariance of {@code p_gk, p_gl} across the r coders,
 * {@code p_e = sum_kl w_kl (pbar_k pbar_l - s2_kl / r)}; {@code p_a} is {@link PercentAgreement}.
 * For two coders and complete data this equals {@link CohenKappa}. With a coder who coded nothing
 * the coefficient is undefined (their marginal distribution is 0/0), and the explanation names
 * the coder.
 */
public final class CongerKappa {

    private CongerKappa() {
    }

    /**
     * @param data reliability data, at least two coders
     * @return unweighted Conger's kappa
     */
    public static AgreementResult compute(ReliabilityData data) {
        return compute(data, Weights.identity(data));
    }

    /**
     * @param data reliability data, at least two coders
     * @param weights agreement weights
     * @return Conger's kappa
     */
    public static AgreementResult compute(ReliabilityData data, Weights weights) {
        String name = "Conger's kappa" + weights.suffix();
        MultiRaterCounts c = new MultiRaterCounts(data, weights);
        if (c.pairableUnits == 0) {
            return AgreementResult.noPairableUnits(name, AgreementResult.Basis.AGREEMENT);
        }
        int r = c.coders;
        int q = c.q;
        double[][] p = new double[r][q];
        for (int g = 0; g < r; g++) {
            if (c.coderTotal[g] == 0) {
                // The coder's distribution p_gk is 0/0. Undefined rather than an error, because it
                // depends on the data alone: a bootstrap replicate can miss a sparse coder's units.
                return AgreementResult.undefined(name, c.observed, Double.NaN,
                        AgreementResult.Basis.AGREEMENT, c.pairableUnits, "Conger's kappa needs "
                                + "every coder's category distribution, but "
                                + data.describeCoder(g) + " coded no unit. Leave that coder out, "
                                + "or use Fleiss' kappa or Krippendorff's alpha, which pool the "
                                + "coders.");
            }
            for (int k = 0; k < q; k++) {
                p[g][k] = c.coderCategory[g][k] / (double) c.coderTotal[g];
            }
        }
        double[] mean = new double[q];
        for (int k = 0; k < q; k++) {
            for (int g = 0; g < r; g++) {
                mean[k] += p[g][k];
            }
            mean[k] /= r;
        }
        double pe = 0;
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                double w = weights.get(k, l);
                if (w == 0) {
                    continue;
                }
                double cross = 0;
                for (int g = 0; g < r; g++) {
                    cross += p[g][k] * p[g][l];
                }
                double s2 = (cross - r * mean[k] * mean[l]) / (r - 1);
                pe += w * (mean[k] * mean[l] - s2 / r);
            }
        }
        return AgreementResult.ofAgreement(name, c.observed, pe, c.pairableUnits);
    }
}
