package org.sameboat.views.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.agreement.Bootstrap;
import org.sameboat.analysis.agreement.BootstrapInterval;
import org.sameboat.analysis.agreement.CohenKappa;
import org.sameboat.analysis.agreement.FleissKappa;
import org.sameboat.analysis.agreement.KrippendorffAlpha;
import org.sameboat.analysis.agreement.PercentAgreement;
import org.sameboat.analysis.agreement.ReliabilityData;
import org.sameboat.analysis.project.Comparison;
import org.sameboat.analysis.project.TurnDynamics;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Turn;

/**
 * 95% bootstrap intervals for the turn-level report. The report gives point estimates only, so the turns are
 * laid out again as reliability data with the definitions of docs/analysis.md (a code applied when a coding of
 * it touches the turn; the dynamic as {@link TurnDynamics} gives it) and resampled by turn, with the command
 * line's seed so the view and {@code sameboat agree} give the same intervals. Characters are not independent
 * units, and unitizing alpha has no bootstrap in the engine, so those levels get no interval.
 */
final class TurnIntervals {

    static final long SEED = 20_260_101L;
    static final String DYNAMIC = "dynamic";

    private TurnIntervals() {
    }

    /** Per row label (code path, or "dynamic"), one interval per coefficient in the report's order. */
    static Map<String, List<BootstrapInterval>> of(Comparison comparison) {
        List<Coder> coders = comparison.coders();
        List<Code> codes = comparison.codes();
        TurnDynamics dynamics = new TurnDynamics(codes);
        List<ReliabilityData.Builder> perCode = new ArrayList<>();
        for (int c = 0; c < codes.size(); c++) {
            perCode.add(ReliabilityData.builder(coders.size()).categories("no", "yes"));
        }
        List<String> labels = new ArrayList<>(comparison.codeLabels());
        labels.add(TurnDynamics.NONE);
        ReliabilityData.Builder dynamic = ReliabilityData.builder(coders.size()).categories(labels.toArray(String[]::new));
        for (Document document : comparison.documents()) {
            int[][] dominant = new int[coders.size()][];
            for (int r = 0; r < coders.size(); r++) {
                Coder coder = coders.get(r);
                dominant[r] = dynamics.dominant(document, (Coding c) -> c.getCoder() == coder);
            }
            List<Turn> turns = document.getTurns();
            for (int t = 0; t < turns.size(); t++) {
                Turn turn = turns.get(t);
                if (turn.getEnd() <= turn.getStart()) {
                    continue;
                }
                String[] values = new String[coders.size()];
                for (int c = 0; c < codes.size(); c++) {
                    for (int r = 0; r < coders.size(); r++) {
                        values[r] = touches(document, turn, coders.get(r), codes.get(c)) ? "yes" : "no";
                    }
                    perCode.get(c).addUnit(values);
                }
                for (int r = 0; r < coders.size(); r++) {
                    values[r] = dynamics.label(dominant[r][t]);
                }
                dynamic.addUnit(values);
            }
        }
        Map<String, List<BootstrapInterval>> out = new HashMap<>();
        for (int c = 0; c < codes.size(); c++) {
            out.put(comparison.codeLabels().get(c), intervals(perCode.get(c).build()));
        }
        out.put(DYNAMIC, intervals(dynamic.build()));
        return out;
    }

    private static boolean touches(Document document, Turn turn, Coder coder, Code code) {
        for (Coding coding : document.getCodings()) {
            if (coding.getCoder() == coder && coding.getCode() == code
                    && Math.min(coding.getEnd(), turn.getEnd()) > Math.max(coding.getStart(), turn.getStart())) {
                return true;
            }
        }
        return false;
    }

    /** The report's coefficients: percent agreement, Cohen's (two coders) or Fleiss' kappa, nominal alpha. */
    private static List<BootstrapInterval> intervals(ReliabilityData data) {
        Function<ReliabilityData, AgreementResult> kappa = data.coderCount() == 2 ? CohenKappa::compute : FleissKappa::compute;
        Bootstrap bootstrap = Bootstrap.withSeed(SEED);
        return List.of(bootstrap.interval(data, PercentAgreement::compute), bootstrap.interval(data, kappa),
                bootstrap.interval(data, KrippendorffAlpha::nominal));
    }
}
