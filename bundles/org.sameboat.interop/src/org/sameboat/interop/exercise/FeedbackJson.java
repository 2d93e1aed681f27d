package org.sameboat.interop.exercise;

import java.util.Optional;

import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.project.CodeAgreement;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** Feedback as JSON, for scripts and gradebooks. */
public final class FeedbackJson {

    private FeedbackJson() {
    }

    public static JsonObject of(Feedback feedback) {
        ExerciseInfo info = feedback.info();
        JsonObject out = new JsonObject();
        out.addProperty("variant", info.variant().word());
        out.addProperty("student", info.submission().orElseThrow().coder());
        out.addProperty("submitted", info.submission().orElseThrow().at().toString());
        if (info.variant().graded()) {
            out.addProperty("expert", info.goldCoder());
            out.addProperty("turns", info.variant().turns().get().getLiteral());
            feedback.report().ifPresent(r -> {
                out.addProperty("units", r.units());
                out.addProperty("documents", r.documents());
            });
            feedback.overall().ifPresent(row -> out.add("overall", row(row)));
            JsonArray codes = new JsonArray();
            feedback.perCode().forEach(row -> codes.add(row(row)));
            out.add("codes", codes);
            JsonArray misses = new JsonArray();
            for (Feedback.Miss miss : feedback.misses()) {
                JsonObject m = new JsonObject();
                m.addProperty("document", miss.turn().document());
                m.addProperty("turn", miss.turn().turn());
                m.addProperty("speaker", miss.turn().speaker());
                m.addProperty("text", miss.turn().text());
                m.addProperty("expertCode", miss.turn().first());
                m.addProperty("studentCode", miss.turn().second());
                m.add("expertGuidance", guidance(miss.expert()));
                m.add("studentGuidance", guidance(miss.student()));
                m.addProperty("expertMemo", miss.expertMemo());
                misses.add(m);
            }
            out.add("disagreements", misses);
        } else {
            JsonArray examples = new JsonArray();
            for (Feedback.Example e : feedback.examples()) {
                JsonObject o = new JsonObject();
                o.addProperty("memo", e.memoId());
                o.addProperty("code", e.code().path());
                o.addProperty("text", e.text());
                o.addProperty("verdict", e.review().map(Review::verdict).orElse("not marked"));
                o.addProperty("comment", e.review().map(Review::comment).orElse(""));
                examples.add(o);
            }
            out.add("examples", examples);
        }
        return out;
    }

    private static JsonObject row(CodeAgreement row) {
        JsonObject o = new JsonObject();
        o.addProperty("code", row.label());
        for (AgreementResult r : row.coefficients()) {
            String key = r.coefficient().toLowerCase(java.util.Locale.ROOT).contains("kappa") ? "kappa"
                    : r.coefficient().toLowerCase(java.util.Locale.ROOT).contains("alpha") ? "alpha" : "percent";
            o.add(key, r.defined() ? new JsonPrimitive(r.value()) : JsonNull.INSTANCE);
        }
        return o;
    }

    private static com.google.gson.JsonElement guidance(Optional<Guidance> guidance) {
        if (guidance.isEmpty()) {
            return JsonNull.INSTANCE;
        }
        Guidance g = guidance.get();
        JsonObject o = new JsonObject();
        o.addProperty("code", g.path());
        o.addProperty("definition", g.definition());
        JsonArray indicators = new JsonArray();
        g.indicators().forEach(indicators::add);
        o.add("indicators", indicators);
        o.addProperty("include", g.inclusion());
        o.addProperty("exclude", g.exclusion());
        o.addProperty("appliesTo", g.appliesTo());
        return o;
    }
}
