package org.sameboat.analysis.project;

import java.util.List;

import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.agreement.CohenKappa;
import org.sameboat.analysis.agreement.FleissKappa;
import org.sameboat.analysis.agreement.KrippendorffAlpha;
import org.sameboat.analysis.agreement.PercentAgreement;
import org.sameboat.analysis.agreement.ReliabilityData;

/**
 * The coefficients reported for coded units: percent agreement (what coders read first), a kappa
 * (Cohen's for two coders, as NVivo reports; Fleiss' for more, since Cohen's is defined for two
 * only) and nominal Krippendorff's alpha (which copes with any number of coders).
 */
final class Coefficients {

    private Coefficients() {
    }

    static List<AgreementResult> standard(ReliabilityData data) {
        AgreementResult kappa = data.coderCount() == 2 ? CohenKappa.compute(data) : FleissKappa.compute(data);
        return List.of(PercentAgreement.compute(data), kappa, KrippendorffAlpha.nominal(data));
    }
}
