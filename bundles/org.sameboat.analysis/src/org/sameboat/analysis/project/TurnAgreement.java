package org.sameboat.analysis.project;

import org.sameboat.analysis.internal.Ranges;
import java.util.ArrayList;
import java.util.List;

import org.sameboat.analysis.agreement.ReliabilityData;
import org.sameboat.model.Document;
import org.sameboat.model.Turn;
import org.sameboat.model.text.DocumentText;

/**
 * Agreement with the turn as the unit of analysis, which is how a group worker reads a session:
 * turn by turn.
 *
 * <ul>
 * <li>Per code, binary: a coder applied the code to a turn when one of that coder's codings of the
 * code covers at least one character of the turn (a coding spanning two turns applies to both).
 * Each turn is one unit with the value "yes" or "no" per coder.</li>
 * <li>The dynamic, nominal: each coder gives each turn one label, its {@link TurnDynamics dynamic}
 * (the code covering most of the turn's characters, ties by codebook order, {@value
 * TurnDynamics#NONE} when uncoded).</li>
 * </ul>
 * Units are the non-empty turns of the compared documents (those in the comparison's turn scope,
 * e.g. one speaker role's). For each row the coefficients are
 * percent agreement, Cohen's kappa (two coders) or Fleiss' kappa (more), and nominal
 * Krippendorff's alpha. With exactly two coders the confusion matrix of their dynamics and the
 * list of turns they disagree on are available too.
 */
public final class TurnAgreement {

    private static final String DYNAMIC = "dynamic";

    private final Comparison comparison;
    private final List<TurnRow> turns;

    /** One turn and each coder's view of it. */
    private record TurnRow(Document document, int index, Turn turn, int[] dynamics, boolean[][] applied) {
    }

    private TurnAgreement(Comparison comparison, List<TurnRow> turns) {
        this.comparison = comparison;
        this.turns = turns;
    }

    /**
     * Reads every compared turn once; the report, matrix and disagreements are then cheap.
     *
     * @param comparison coders, codes and documents
     * @return the turn table
     */
    public static TurnAgreement of(Comparison comparison) {
        int coders = comparison.coders().size();
        int codes = comparison.codes().size();
        List<TurnRow> rows = new ArrayList<>();
        for (DocumentCodings dc : comparison.documentCodings()) {
            List<Turn> turns = dc.document().getTurns();
            long[][] coverage = new long[coders][];
            int[][] dynamic = new int[coders][];
            for (int r = 0; r < coders; r++) {
                Ranges[] perCode = new Ranges[codes];
                for (int c = 0; c < codes; c++) {
                    perCode[c] = dc.ranges(r, c);
                }
                coverage[r] = TurnDynamics.coverage(turns, perCode);
                dynamic[r] = TurnDynamics.dominant(coverage[r], turns.size(), codes);
            }
            for (int t = 0; t < turns.size(); t++) {
                Turn turn = turns.get(t);
                if (turn.getEnd() <= turn.getStart() || !comparison.inScope(turn)) {
                    continue; // an empty turn has no character anyone could code
                }
                int[] dynamics = new int[coders];
                boolean[][] applied = new boolean[codes][coders];
                for (int r = 0; r < coders; r++) {
                    dynamics[r] = dynamic[r][t];
                    for (int c = 0; c < codes; c++) {
                        applied[c][r] = coverage[r][t * codes + c] > 0;
                    }
                }
                rows.add(new TurnRow(dc.document(), t, turn, dynamics, applied));
            }
        }
        return new TurnAgreement(comparison, List.copyOf(rows));
    }

    /** @return the number of turns compared */
    public int turnCount() {
        return turns.size();
    }

    /**
     * The reliability data behind {@link #report()}, for coefficients or intervals the report does
     * not give (e.g. a bootstrap): one matrix per report row, the codes in codebook order and then
     * the dynamic. Turns with the same pattern of values are stored as one weighted unit.
     *
     * @return one matrix per row of the report, in the report's order
     */
    public List<ReliabilityData> data() {
        int coders = comparison.coders().size();
        int codes = comparison.codes().size();
        List<String> labels = dynamicLabels();
        List<PatternCounts> perCode = new ArrayList<>();
        for (int c = 0; c < codes; c++) {
            perCode.add(new PatternCounts("no", "yes"));
        }
        PatternCounts dynamic = new PatternCounts(labels.toArray(String[]::new));
        String[] values = new String[coders];
        for (TurnRow row : turns) {
            for (int c = 0; c < codes; c++) {
                for (int r = 0; r < coders; r++) {
                    values[r] = row.applied[c][r] ? "yes" : "no";
                }
                perCode.get(c).add(values, 1);
            }
            for (int r = 0; r < coders; r++) {
                values[r] = label(row.dynamics[r], labels);
            }
            dynamic.add(values, 1);
        }
        List<ReliabilityData> out = new ArrayList<>();
        perCode.forEach(p -> out.add(p.build(coders)));
        out.add(dynamic.build(coders));
        return out;
    }

    /**
     * @return per code (binary) and then the dynamic (nominal, labelled {@value #DYNAMIC}):
     *         percent agreement, a kappa and nominal alpha
     */
    public AgreementReport report() {
        int codes = comparison.codes().size();
        List<ReliabilityData> data = data();
        List<CodeAgreement> out = new ArrayList<>();
        for (int c = 0; c < codes; c++) {
            out.add(new CodeAgreement(comparison.codeLabels().get(c), Coefficients.standard(data.get(c))));
        }
        out.add(new CodeAgreement(DYNAMIC, Coefficients.standard(data.get(codes))));
        List<String> notes = List.of(
                "unit: each non-empty turn of the " + comparison.documents().size()
                        + " document(s) every selected coder coded",
                "per code: applied to a turn when a coding of it covers at least one character of the turn",
                "dynamic: per turn and coder the code covering most of the turn's characters (overlapping codings"
                        + " of one code merged), ties by codebook order, '" + TurnDynamics.NONE + "' when uncoded");
        return new AgreementReport(AgreementReport.Unit.TURN, comparison.coderNames(), comparison.documents().size(),
                turns.size(), out, notes);
    }

    /**
     * @return how the first two coders' dynamics cross, over the labels either used
     * @throws IllegalStateException unless exactly two coders are compared
     */
    public ConfusionMatrix confusion() {
        requireTwoCoders();
        List<String> all = dynamicLabels();
        boolean[] used = new boolean[all.size()];
        for (TurnRow row : turns) {
            used[slot(row.dynamics[0], all)] = true;
            used[slot(row.dynamics[1], all)] = true;
        }
        int[] position = new int[all.size()];
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            position[i] = used[i] ? labels.size() : -1;
            if (used[i]) {
                labels.add(all.get(i));
            }
        }
        long[][] counts = new long[labels.size()][labels.size()];
        for (TurnRow row : turns) {
            counts[position[slot(row.dynamics[0], all)]][position[slot(row.dynamics[1], all)]]++;
        }
        List<String> names = comparison.coderNames();
        return new ConfusionMatrix(names.get(0), names.get(1), labels, counts);
    }

    /**
     * @return the turns on which the two coders' dynamics differ, in document and turn order, with
     *         their text for adjudication
     * @throws IllegalStateException unless exactly two coders are compared
     */
    public List<Disagreement> disagreements() {
        requireTwoCoders();
        List<String> labels = dynamicLabels();
        List<Disagreement> out = new ArrayList<>();
        Document textOf = null;
        DocumentText text = null;
        for (TurnRow row : turns) {
            if (row.dynamics[0] == row.dynamics[1]) {
                continue;
            }
            if (row.document != textOf) {
                textOf = row.document;
                text = row.document.getText() == null ? null : DocumentText.of(row.document.getText());
            }
            Turn turn = row.turn;
            String turnText = text != null && text.contains(turn.getStart(), turn.getEnd())
                    ? text.slice(turn.getStart(), turn.getEnd()) : "";
            String speaker = turn.getSpeaker() == null || turn.getSpeaker().getPseudonym() == null ? ""
                    : turn.getSpeaker().getPseudonym();
            out.add(new Disagreement(row.document.getId(), row.document.getName(), row.index + 1, speaker, label(row.dynamics[0], labels),
                    label(row.dynamics[1], labels), turnText));
        }
        return out;
    }

    private void requireTwoCoders() {
        if (comparison.coders().size() != 2) {
            throw new IllegalStateException("a confusion matrix and disagreement list compare two coders; "
                    + comparison.coders().size() + " are selected");
        }
    }

    /** Code paths in codebook order, then {@value TurnDynamics#NONE}. */
    private List<String> dynamicLabels() {
        List<String> labels = new ArrayList<>(comparison.codeLabels());
        labels.add(TurnDynamics.NONE);
        return labels;
    }

    private static String label(int dynamic, List<String> labels) {
        return labels.get(slot(dynamic, labels));
    }

    private static int slot(int dynamic, List<String> labels) {
        return dynamic < 0 ? labels.size() - 1 : dynamic;
    }
}
