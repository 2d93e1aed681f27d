package org.sameboat.analysis.agreement;

/**
 * Gwet's AC1 (unweighted) and AC2 (weighted) agreement coefficients (Gwet 2008, "Computing
 * inter-rater reliability and its variance in the presence of high agreement"; Gwet 2014,
 * <i>Handbook of Inter-Rater Reliability</i>, 4th ed.), for any number of coders.
 *
 * <p>{@code p_a} is {@link PercentAgreement} (weighted for AC2) over units with at least two
 * values; {@code p_e = T_w / (q (q - 1)) * sum_k pi_k (1 - pi_k)} where {@code T_w} is the sum of
 * all weights ({@code q} for AC1), {@code q} the number of categories (all categories fixed with
 * {@link ReliabilityData.Builder#categories(String...)}, else those observed) and {@code pi_k} the
 * mean share of category k over units with at least one value. This is Gwet's own treatment of
 * missing values, as in his irrCAC package. With fewer than two categories AC is undefined (irrCAC
 * substitutes p_e = 1e-15; we report it as undefined instead).
 */
public final class GwetAc {

    private GwetAc() {
    }

    /**
     * @param data reliability data
     * @return AC1
     */
    public static AgreementResult ac1(ReliabilityData data) {
        return compute(data, Weights.identity(data), "Gwet's AC1");
    }

    /**
     * @param data reliability data
     * @param weights agreement weights (e.g. {@link Weights.Kind#QUADRATIC})
     * @return AC2
     */
    public static AgreementResult ac2(ReliabilityData data, Weights weights) {
        return compute(data, weights, "Gwet's AC2" + weights.suffix());
    }

    private static AgreementResult compute(ReliabilityData data, Weights weights, String name) {
        MultiRaterCounts c = new MultiRaterCounts(data, weights);
        if (c.pairableUnits == 0) {
            return AgreementResult.noPairableUnits(name, AgreementResult.Basis.AGREEMENT);
        }
        if (c.q < 2) {
            return AgreementResult.undefined(name, c.observed, Double.NaN,
                    AgreementResult.Basis.AGREEMENT, c.pairableUnits,
                    "Only one category exists, so there is no decision to agree on. Declare the "
                            + "full category list with categories(...) if coders could have "
                            + "chosen others.");
        }
        double s = 0;
        for (double p : c.pi) {
            s += p * (1 - p);
        }
        double pe = weights.sum() * s / ((double) c.q * (c.q - 1));
        return AgreementResult.ofAgreement(name, c.observed, pe, c.pairableUnits);
    }
}
