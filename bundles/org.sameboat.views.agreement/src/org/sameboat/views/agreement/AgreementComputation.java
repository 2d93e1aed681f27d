package org.sameboat.views.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sameboat.analysis.agreement.BootstrapInterval;
import org.sameboat.analysis.extract.ProjectExtract;
import org.sameboat.analysis.project.AgreementReport;
import org.sameboat.analysis.project.Comparison;
import org.sameboat.analysis.project.Disagreement;
import org.sameboat.analysis.project.TurnAgreement;
import org.sameboat.analysis.project.TurnDynamics;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.edit.Lookups;
import org.sameboat.ui.api.AnalysisService;

/** The agreement view's computation, run in a job: it reads a snapshot's extract only. */
final class AgreementComputation {

    private AgreementComputation() {
    }

    /** Computes the figures from the snapshot, and names the live documents, turns and codes in them. */
    static AgreementFigures of(AgreementRequest request, AnalysisService frozen) {
        ProjectExtract extract = frozen.extract();
        Comparison comparison = Comparison.of(extract, request.coders(), request.codes());
        List<Code> compared = comparison.codes().stream().map(extract::liveOf).toList();
        if (request.unit() == AgreementReport.Unit.CHARACTER) {
            return new AgreementFigures(request, frozen.characterAgreement(request.coders(), request.codes()), Map.of(), Optional.empty(),
                    List.of(), compared);
        }
        if (request.unit() == AgreementReport.Unit.UNITIZING) {
            return new AgreementFigures(request, frozen.unitizingAgreement(request.coders(), request.codes()), Map.of(), Optional.empty(),
                    List.of(), compared);
        }
        TurnAgreement turns = frozen.turnAgreement(request.coders(), request.codes());
        Map<String, List<BootstrapInterval>> intervals = TurnIntervals.of(comparison);
        if (request.coders().size() != 2) {
            return new AgreementFigures(request, turns.report(), intervals, Optional.empty(), List.of(), compared);
        }
        return new AgreementFigures(request, turns.report(), intervals, Optional.of(turns.confusion()),
                disagreements(request, extract, comparison, turns), compared);
    }

    /** The turns the two coders disagree on, each with the consensus coder's dynamic of it so far. */
    private static List<Adjudicable> disagreements(AgreementRequest request, ProjectExtract extract, Comparison comparison,
            TurnAgreement turns) {
        Optional<Coder> consensus = Lookups.coder(extract.project(), request.consensus());
        TurnDynamics dynamics = new TurnDynamics(comparison.codes());
        Map<Document, int[]> consensusDynamics = new HashMap<>();
        List<Adjudicable> open = new ArrayList<>();
        for (Disagreement d : turns.disagreements()) {
            Document document = comparison.documents().stream().filter(doc -> d.documentId().equals(doc.getId())).findFirst().orElseThrow();
            int[] ofConsensus = consensusDynamics.computeIfAbsent(document, doc -> consensus
                    .map(c -> dynamics.dominant(doc, (Coding coding) -> coding.getCoder() == c)).orElse(null));
            String label = ofConsensus == null ? TurnDynamics.NONE : dynamics.label(ofConsensus[d.turn() - 1]);
            open.add(new Adjudicable(extract.liveOf(document), extract.liveOf(document.getTurns().get(d.turn() - 1)), d, label));
        }
        return open;
    }
}
