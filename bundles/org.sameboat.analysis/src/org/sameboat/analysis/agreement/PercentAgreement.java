package org.sameboat.analysis.agreement;

/**
 * Percent agreement: the mean, over units with at least two values, of the share of agreeing
 * pairs of values within the unit (each unit weighs the same whatever its number of values).
 *
 * <p>This is Gwet's (2014) {@code p_a} and the "pairwise average" agreement; with weights, a pair
 * counts with its agreement weight instead of 0/1. Units with fewer than two values are skipped.
 * There is no chance correction, so {@code expected} is reported as 0. Note that DKPro's
 * {@code PercentageAgreement} weights each unit by its number of values; on data without missing
 * values both agree.
 */
public final class PercentAgreement {

    private PercentAgreement() {
    }

    /**
     * @param data the reliability data (any number of coders, missing values allowed)
     * @return the unweighted percent agreement
     */
    public static AgreementResult compute(ReliabilityData data) {
        return compute(data, Weights.identity(data));
    }

    /**
     * @param data the reliability data
     * @param weights agreement weights for the data's categories
     * @return the (weighted) percent agreement
     */
    public static AgreementResult compute(ReliabilityData data, Weights weights) {
        String name = "Percent agreement" + weights.suffix();
        MultiRaterCounts c = new MultiRaterCounts(data, weights);
        if (c.pairableUnits == 0) {
            return AgreementResult.noPairableUnits(name, AgreementResult.Basis.AGREEMENT);
        }
        return new AgreementResult(name, c.observed, c.observed, 0.0,
                AgreementResult.Basis.AGREEMENT, c.pairableUnits, true, "");
    }
}
