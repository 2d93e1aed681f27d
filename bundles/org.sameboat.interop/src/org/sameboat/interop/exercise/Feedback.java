package org.sameboat.interop.exercise;

import java.util.List;
import java.util.Optional;

import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.project.AgreementReport;
import org.sameboat.analysis.project.CodeAgreement;
import org.sameboat.analysis.project.ConfusionMatrix;
import org.sameboat.analysis.project.Disagreement;

/**
 * A graded exercise: the agreement of the student with the expert turn by turn (the very report 'sameboat agree'
 * gives on the same coders and turns), and each turn they read differently with the codebook's guidance on both
 * codes and the expert's memo. The examples variant has no agreement; it lists the student's examples with the
 * instructor's marks.
 *
 * @param info the exercise
 * @param report the agreement report (empty for the examples variant)
 * @param confusion expert (rows) by student (columns); empty for the examples variant
 * @param misses the turns on which the two differ, in document and turn order
 * @param examples the student's examples (examples variant)
 */
public record Feedback(ExerciseInfo info, Optional<AgreementReport> report, Optional<ConfusionMatrix> confusion, List<Miss> misses,
        List<Example> examples) {

    /** Copies the lists so the record stays immutable. */
    public Feedback {
        misses = List.copyOf(misses);
        examples = List.copyOf(examples);
    }

    /**
     * One turn the student read differently from the expert.
     *
     * @param turn the turn, with the expert's label (first) and the student's (second)
     * @param expert the guidance of the expert's code; empty when the expert left the turn uncoded
     * @param student the guidance of the student's code; empty when the student left it uncoded
     * @param expertMemo what the expert noted on their codings of the turn (may be empty)
     */
    public record Miss(Disagreement turn, Optional<Guidance> expert, Optional<Guidance> student, String expertMemo) {
    }

    /**
     * One example the student wrote.
     *
     * @param memoId the memo holding it
     * @param code the guidance of the dynamic it illustrates
     * @param text the example
     * @param review the instructor's mark, once given
     */
    public record Example(String memoId, Guidance code, String text, Optional<Review> review) {
    }

    /** @return the row of the turn's dynamic, the overall figure */
    public Optional<CodeAgreement> overall() {
        return report.map(r -> r.rows().get(r.rows().size() - 1));
    }

    /** @return the rows per code, without the overall one */
    public List<CodeAgreement> perCode() {
        return report.map(r -> r.rows().subList(0, r.rows().size() - 1)).orElse(List.of());
    }

    /** @return the kappa of a row (Cohen's, as two coders are compared) */
    public static Optional<AgreementResult> kappa(CodeAgreement row) {
        return row.coefficients().stream().filter(c -> c.coefficient().toLowerCase(java.util.Locale.ROOT).contains("kappa")).findFirst();
    }
}
