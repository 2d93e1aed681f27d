package org.sameboat.views.agreement;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sameboat.analysis.agreement.BootstrapInterval;
import org.sameboat.analysis.project.AgreementReport;
import org.sameboat.analysis.project.ConfusionMatrix;
import org.sameboat.model.Code;

/**
 * What the computation found for a request: the report, the turn-level intervals by row label, and for two coders on
 * turns their confusion matrix and the turns they disagree on; {@code compared} are the live codes compared.
 */
record AgreementFigures(AgreementRequest request, AgreementReport report, Map<String, List<BootstrapInterval>> intervals,
        Optional<ConfusionMatrix> confusion, List<Adjudicable> disagreements, List<Code> compared) {
}
