package org.sameboat.interop.exercise;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.project.CodeAgreement;

/** Feedback as plain text, for the terminal and the workbench's feedback part. */
public final class FeedbackText {

    private FeedbackText() {
    }

    public static String of(Feedback feedback) {
        StringBuilder out = new StringBuilder();
        ExerciseInfo info = feedback.info();
        Submission s = info.submission().orElseThrow();
        out.append("exercise (").append(info.variant().word()).append(") handed in by ").append(s.coder()).append(" at ").append(s.at())
                .append('\n');
        if (!info.variant().graded()) {
            examples(feedback.examples(), out);
            return out.toString();
        }
        feedback.report().ifPresent(r -> out.append("compared with ").append(info.goldCoder()).append(" on ").append(r.units())
                .append(' ').append(info.variant().turns().get().getLiteral()).append(" turn(s) of ").append(r.documents())
                .append(" document(s)\n"));
        feedback.overall().ifPresent(row -> out.append("overall (each turn's dynamic): ").append(figures(row)).append('\n'));
        for (CodeAgreement row : feedback.perCode()) {
            out.append("  ").append(row.label()).append(": ").append(figures(row)).append('\n');
        }
        out.append('\n').append(feedback.misses().size()).append(" turn(s) read differently\n");
        for (Feedback.Miss miss : feedback.misses()) {
            var turn = miss.turn();
            out.append("\n").append(turn.document()).append(", turn ").append(turn.turn()).append(" (").append(turn.speaker())
                    .append("): ").append(turn.text().strip()).append('\n');
            out.append("  expert: ").append(turn.first()).append("; you: ").append(turn.second()).append('\n');
            guidance("expert's code", miss.expert(), out);
            guidance("your code", miss.student(), out);
            if (!miss.expertMemo().isEmpty()) {
                out.append("  the expert's memo: ").append(miss.expertMemo()).append('\n');
            }
        }
        return out.toString();
    }

    /** Percent agreement and kappa of a row, e.g. "86% agreement, kappa 0.71". */
    public static String figures(CodeAgreement row) {
        Optional<AgreementResult> kappa = Feedback.kappa(row);
        String percent = row.coefficients().stream().filter(c -> !c.coefficient().toLowerCase(Locale.ROOT).contains("kappa")
                && !c.coefficient().toLowerCase(Locale.ROOT).contains("alpha")).findFirst()
                .map(c -> c.defined() ? String.format(Locale.ROOT, "%.0f%% agreement", c.value() * 100) : "agreement undefined").orElse("");
        return percent + ", kappa " + kappa.map(k -> k.defined() ? String.format(Locale.ROOT, "%.3f", k.value()) : "undefined").orElse("-");
    }

    private static void guidance(String whose, Optional<Guidance> guidance, StringBuilder out) {
        if (guidance.isEmpty()) {
            out.append("  ").append(whose).append(": none (the turn was left uncoded)\n");
            return;
        }
        Guidance g = guidance.get();
        out.append("  ").append(whose).append(" '").append(g.path()).append("'");
        if (!g.definition().isEmpty()) {
            out.append(": ").append(g.definition());
        }
        out.append('\n');
        if (!g.indicators().isEmpty()) {
            out.append("    indicators: ").append(String.join("; ", g.indicators())).append('\n');
        }
        if (!g.inclusion().isEmpty()) {
            out.append("    include: ").append(g.inclusion()).append('\n');
        }
        if (!g.exclusion().isEmpty()) {
            out.append("    exclude: ").append(g.exclusion()).append('\n');
        }
        out.append("    applies to: ").append(g.appliesTo()).append(" turns\n");
    }

    private static void examples(List<Feedback.Example> examples, StringBuilder out) {
        out.append(examples.size()).append(" example(s)\n");
        for (Feedback.Example e : examples) {
            out.append("\n").append(e.code().path()).append(" [").append(e.review().map(Review::verdict).orElse("not marked yet"))
                    .append("] (memo ").append(e.memoId()).append(")\n  ").append(e.text()).append('\n');
            e.review().filter(r -> !r.comment().isBlank()).ifPresent(r -> out.append("  instructor: ").append(r.comment()).append('\n'));
            if (!e.code().definition().isEmpty()) {
                out.append("  the codebook: ").append(e.code().definition()).append('\n');
            }
        }
    }
}
