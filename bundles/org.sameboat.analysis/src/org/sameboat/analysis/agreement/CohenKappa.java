package org.sameboat.analysis.agreement;

/**
 * Cohen's kappa for exactly two coders (Cohen 1960), unweighted or weighted (Cohen 1968) with
 * linear or quadratic agreement weights as defined in {@link Weights}.
 *
 * <p>Missing values: Cohen's kappa is defined on the 2 × 2 (q × q) contingency table of units
 * both coders coded, so a unit with a missing value is dropped and {@code units} reports how many
 * remained. (DKPro's {@code CohenKappaAgreement} instead keeps such units in the denominator and
 * only warns; irrCAC drops them as we do.) {@code p_o = sum_kl w_kl p_kl},
 * {@code p_e = sum_kl w_kl p_k. p_.l}.
 *
 * <p>Weighted kappa depends on the category order: fix it with
 * {@link ReliabilityData.Builder#categories(String...)} or use numeric data.
 */
public final class CohenKappa {

    private CohenKappa() {
    }

    /**
     * @param data reliability data with exactly two coders
     * @return unweighted Cohen's kappa
     */
    public static AgreementResult compute(ReliabilityData data) {
        return compute(data, Weights.identity(data));
    }

    /**
     * @param data reliability data with exactly two coders
     * @param kind weighting scheme
     * @return Cohen's (weighted) kappa
     */
    public static AgreementResult compute(ReliabilityData data, Weights.Kind kind) {
        return compute(data, Weights.of(kind, data));
    }

    /**
     * @param data reliability data with exactly two coders
     * @param weights agreement weights
     * @return Cohen's (weighted) kappa
     */
    public static AgreementResult compute(ReliabilityData data, Weights weights) {
        String name = "Cohen's kappa" + weights.suffix();
        TwoCoderTable t = TwoCoderTable.of(data, name);
        weights.requireSize(data);
        if (t.units == 0) {
            return AgreementResult.noPairableUnits(name, AgreementResult.Basis.AGREEMENT);
        }
        double po = 0;
        double pe = 0;
        double n = t.units;
        for (int k = 0; k < t.q; k++) {
            for (int l = 0; l < t.q; l++) {
                double w = weights.get(k, l);
                po += w * t.cells[k][l] / n;
                pe += w * (t.rows[k] / n) * (t.cols[l] / n);
            }
        }
        return AgreementResult.ofAgreement(name, po, pe, t.units);
    }
}
