package org.sameboat.analysis.agreement;

/**
 * Brennan and Prediger's (1981) coefficient, identical to Bennett, Alpert and Goldstein's (1954) S
 * for two coders, for any number of coders: chance agreement is uniform over the {@code q}
 * categories, {@code p_e = T_w / q^2} ({@code 1/q} unweighted), with {@code p_a} as in
 * {@link PercentAgreement}.
 *
 * <p>The value depends on {@code q}: declare every category coders could have chosen with
 * {@link ReliabilityData.Builder#categories(String...)}, otherwise only the observed categories
 * count (as in DKPro's {@code BennettSAgreement} and irrCAC without {@code categ.labels}).
 */
public final class BrennanPrediger {

    private BrennanPrediger() {
    }

    /**
     * @param data reliability data
     * @return the unweighted coefficient
     */
    public static AgreementResult compute(ReliabilityData data) {
        return compute(data, Weights.identity(data));
    }

    /**
     * @param data reliability data
     * @param weights agreement weights
     * @return the (weighted) coefficient
     */
    public static AgreementResult compute(ReliabilityData data, Weights weights) {
        String name = "Brennan-Prediger" + weights.suffix();
        MultiRaterCounts c = new MultiRaterCounts(data, weights);
        if (c.pairableUnits == 0) {
            return AgreementResult.noPairableUnits(name, AgreementResult.Basis.AGREEMENT);
        }
        double pe = weights.sum() / ((double) c.q * c.q);
        return AgreementResult.ofAgreement(name, c.observed, pe, c.pairableUnits);
    }
}
