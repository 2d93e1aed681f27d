package org.sameboat.analysis.agreement;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fleiss' kappa (Fleiss 1971, "Measuring nominal scale agreement among many raters"), for any
 * number of coders, in Gwet's (2014) generalisation to missing values and weights:
 * {@code p_a} is {@link PercentAgreement} (units with at least two values), {@code pi_k} is the
 * mean share of category k over units with at least one value, and {@code p_e = sum_kl w_kl pi_k
 * pi_l}. On complete data this is exactly Fleiss (1971).
 *
 * <p>Per-category kappa is Fleiss' (1971) {@code kappa_j = 1 - sum_i n_ij (m - n_ij) / (N m (m-1)
 * p_j q_j)}, which equals Fleiss' kappa of the data dichotomised into "category j" versus "any
 * other category"; we compute it that way so that it extends to missing values in the same way as
 * the overall coefficient.
 */
public final class FleissKappa {

    private FleissKappa() {
    }

    /**
     * @param data reliability data (any number of coders, missing values allowed)
     * @return unweighted Fleiss' kappa
     */
    public static AgreementResult compute(ReliabilityData data) {
        return compute(data, Weights.identity(data));
    }

    /**
     * @param data reliability data
     * @param weights agreement weights (Gwet's weighted generalisation)
     * @return Fleiss' kappa
     */
    public static AgreementResult compute(ReliabilityData data, Weights weights) {
        String name = "Fleiss' kappa" + weights.suffix();
        MultiRaterCounts c = new MultiRaterCounts(data, weights);
        if (c.pairableUnits == 0) {
            return AgreementResult.noPairableUnits(name, AgreementResult.Basis.AGREEMENT);
        }
        double pe = 0;
        for (int k = 0; k < c.q; k++) {
            for (int l = 0; l < c.q; l++) {
                pe += weights.get(k, l) * c.pi[k] * c.pi[l];
            }
        }
        return AgreementResult.ofAgreement(name, c.observed, pe, c.pairableUnits);
    }

    /**
     * Fleiss' (1971) category-specific kappas.
     *
     * @param data reliability data
     * @return kappa per category label, in category order; a category that no pairable unit uses
     *         (or that every value uses) is undefined
     */
    public static Map<String, AgreementResult> perCategory(ReliabilityData data) {
        Map<String, AgreementResult> out = new LinkedHashMap<>();
        int q = data.categoryCount();
        int m = data.coderCount();
        int[] codes = data.codes();
        for (int k = 0; k < q; k++) {
            String name = "Fleiss' kappa for category '" + data.categories().get(k) + "'";
            double paSum = 0;
            double piSum = 0;
            int pairable = 0;
            int rated = 0;
            for (int u = 0, base = 0; u < data.rowCount(); u++, base += m) {
                int weight = data.weight(u);
                int n = 0;
                int inK = 0;
                for (int g = 0; g < m; g++) {
                    int c = codes[base + g];
                    if (c != ReliabilityData.MISSING) {
                        n++;
                        if (c == k) {
                            inK++;
                        }
                    }
                }
                if (n == 0) {
                    continue;
                }
                rated += weight;
                piSum += weight * (inK / (double) n);
                if (n >= 2) {
                    int out1 = n - inK;
                    paSum += weight * (((double) inK * (inK - 1) + (double) out1 * (out1 - 1))
                            / ((double) n * (n - 1)));
                    pairable += weight;
                }
            }
            if (pairable == 0) {
                out.put(data.categories().get(k),
                        AgreementResult.noPairableUnits(name, AgreementResult.Basis.AGREEMENT));
                continue;
            }
            double p = piSum / rated;
            double pe = p * p + (1 - p) * (1 - p);
            out.put(data.categories().get(k),
                    AgreementResult.ofAgreement(name, paSum / pairable, pe, pairable));
        }
        return out;
    }
}
