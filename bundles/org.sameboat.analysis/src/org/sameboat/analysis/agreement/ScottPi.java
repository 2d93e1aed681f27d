package org.sameboat.analysis.agreement;

/**
 * Scott's pi for exactly two coders (Scott 1955): chance agreement from the pooled distribution of
 * both coders' values, {@code p_e = sum_k ((n_k. + n_.k) / 2N)^2}.
 *
 * <p>Like {@link CohenKappa}, it uses only units both coders coded; others are dropped. On such
 * data it equals {@link FleissKappa} with two coders.
 */
public final class ScottPi {

    private ScottPi() {
    }

    /**
     * @param data reliability data with exactly two coders
     * @return Scott's pi
     */
    public static AgreementResult compute(ReliabilityData data) {
        String name = "Scott's pi";
        TwoCoderTable t = TwoCoderTable.of(data, name);
        if (t.units == 0) {
            return AgreementResult.noPairableUnits(name, AgreementResult.Basis.AGREEMENT);
        }
        double n = t.units;
        double po = 0;
        double pe = 0;
        for (int k = 0; k < t.q; k++) {
            po += t.cells[k][k] / n;
            double pk = (t.rows[k] + t.cols[k]) / (2 * n);
            pe += pk * pk;
        }
        return AgreementResult.ofAgreement(name, po, pe, t.units);
    }
}
