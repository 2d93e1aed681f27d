package org.sameboat.interop.exercise;

import java.util.Optional;

import org.sameboat.analysis.project.CodeAgreement;
import org.sameboat.model.text.XmlChars;

/**
 * Feedback as one self-contained HTML page a student can read on its own: no script, no outside style or image,
 * every text from the project escaped.
 */
public final class FeedbackHtml {

    private static final String STYLE = "body{font-family:sans-serif;max-width:56em;margin:2em auto;line-height:1.4}"
            + "table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.2em .5em;text-align:left}"
            + ".turn{background:#f4f4f4;padding:.5em;border-left:4px solid #888}.pair{display:flex;gap:1em}"
            + ".pair>div{flex:1;border:1px solid #ccc;padding:.5em}.memo{font-style:italic}";

    private FeedbackHtml() {
    }

    public static String of(Feedback feedback) {
        ExerciseInfo info = feedback.info();
        Submission s = info.submission().orElseThrow();
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Feedback for ").append(esc(s.coder()))
                .append("</title><style>").append(STYLE).append("</style></head><body>\n");
        out.append("<h1>Feedback for ").append(esc(s.coder())).append("</h1>\n<p>Exercise: ").append(esc(info.variant().word()))
                .append(", from ").append(esc(info.source())).append("; handed in ").append(esc(s.at().toString())).append(".</p>\n");
        if (!info.instructions().isBlank()) {
            out.append("<h2>The instructions</h2>\n<p>").append(esc(info.instructions())).append("</p>\n");
        }
        if (!info.variant().graded()) {
            examples(feedback, out);
        } else {
            agreement(feedback, out);
            misses(feedback, out);
        }
        return out.append("</body></html>\n").toString();
    }

    private static void agreement(Feedback feedback, StringBuilder out) {
        ExerciseInfo info = feedback.info();
        out.append("<h2>Agreement with ").append(esc(info.goldCoder())).append("</h2>\n");
        feedback.report().ifPresent(r -> out.append("<p>").append(r.units()).append(' ').append(esc(info.variant().turns().get().getLiteral()))
                .append(" turn(s) of ").append(r.documents()).append(" document(s), each turn as one unit. Kappa is Cohen's: 1 is full")
                .append(" agreement, 0 what chance would give.</p>\n"));
        out.append("<table><tr><th>code</th><th>agreement</th></tr>\n");
        feedback.overall().ifPresent(row -> out.append("<tr><th>overall (each turn's dynamic)</th><td>").append(esc(FeedbackText.figures(row)))
                .append("</td></tr>\n"));
        for (CodeAgreement row : feedback.perCode()) {
            out.append("<tr><td>").append(esc(row.label())).append("</td><td>").append(esc(FeedbackText.figures(row))).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static void misses(Feedback feedback, StringBuilder out) {
        out.append("<h2>Turns you read differently (").append(feedback.misses().size()).append(")</h2>\n");
        for (Feedback.Miss miss : feedback.misses()) {
            var turn = miss.turn();
            out.append("<h3>").append(esc(turn.document())).append(", turn ").append(turn.turn()).append("</h3>\n<p class=\"turn\"><b>")
                    .append(esc(turn.speaker())).append(":</b> ").append(esc(turn.text().strip())).append("</p>\n<div class=\"pair\">");
            guidance("The expert: " + turn.first(), miss.expert(), out);
            guidance("You: " + turn.second(), miss.student(), out);
            out.append("</div>\n");
            if (!miss.expertMemo().isEmpty()) {
                out.append("<p class=\"memo\">The expert's memo: ").append(esc(miss.expertMemo())).append("</p>\n");
            }
        }
    }

    private static void guidance(String heading, Optional<Guidance> guidance, StringBuilder out) {
        out.append("<div><h4>").append(esc(heading)).append("</h4>");
        if (guidance.isEmpty()) {
            out.append("<p>No code: the turn was left uncoded.</p>");
        } else {
            Guidance g = guidance.get();
            if (!g.definition().isEmpty()) {
                out.append("<p>").append(esc(g.definition())).append("</p>");
            }
            if (!g.indicators().isEmpty()) {
                out.append("<p>Indicators:</p><ul>");
                g.indicators().forEach(i -> out.append("<li>").append(esc(i)).append("</li>"));
                out.append("</ul>");
            }
            if (!g.inclusion().isEmpty()) {
                out.append("<p><b>Include:</b> ").append(esc(g.inclusion())).append("</p>");
            }
            if (!g.exclusion().isEmpty()) {
                out.append("<p><b>Exclude:</b> ").append(esc(g.exclusion())).append("</p>");
            }
            out.append("<p>Applies to ").append(esc(g.appliesTo())).append(" turns.</p>");
        }
        out.append("</div>");
    }

    private static void examples(Feedback feedback, StringBuilder out) {
        out.append("<h2>Your examples (").append(feedback.examples().size()).append(")</h2>\n");
        for (Feedback.Example e : feedback.examples()) {
            out.append("<h3>").append(esc(e.code().path())).append(" — ").append(esc(e.review().map(Review::verdict).orElse("not marked yet")))
                    .append("</h3>\n<p class=\"turn\">").append(esc(e.text())).append("</p>\n");
            e.review().filter(r -> !r.comment().isBlank()).ifPresent(r -> out.append("<p class=\"memo\">The instructor: ")
                    .append(esc(r.comment())).append("</p>\n"));
            if (!e.code().definition().isEmpty()) {
                out.append("<p>The codebook: ").append(esc(e.code().definition())).append("</p>\n");
            }
        }
    }

    static String esc(String text) {
        return XmlChars.escape(text);
    }
}
