package org.sameboat.cli.verbs;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.project.AgreementReport;
import org.sameboat.analysis.project.CodeAgreement;
import org.sameboat.analysis.project.ConfusionMatrix;
import org.sameboat.analysis.project.Disagreement;
import org.sameboat.cli.CliException;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** Text, JSON and CSV forms of project agreement results. */
final class AgreementPrinter {

    private AgreementPrinter() {
    }

    /** A number, or "n/a" for an undefined result (the reason is listed under the table). */
    static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** JSON has no NaN: an undefined figure is null. */
    static JsonElement json(double value) {
        return Double.isNaN(value) ? JsonNull.INSTANCE : new JsonPrimitive(value);
    }

    static void printText(AgreementReport report, PrintStream out) {
        String unit = switch (report.unit()) {
            case TURN -> "turn(s)";
            case CHARACTER -> "character(s)";
            case UNITIZING -> "characters of continuum";
        };
        out.printf("%s agreement of %s: %d document(s), %,d %s%n", report.unit().name().toLowerCase(Locale.ROOT),
                String.join(", ", report.coders()), report.documents(), report.units(), unit);
        if (report.documents() == 0) {
            out.println("no document was coded by every one of " + String.join(", ", report.coders())
                    + ", so there is nothing to compare; agreement needs the coders to code the same documents");
        }
        if (report.rows().isEmpty()) {
            out.println("no codes to compare");
        } else {
            List<String> names = report.rows().get(0).coefficients().stream().map(AgreementResult::coefficient).toList();
            List<String> heads = report.unit() == AgreementReport.Unit.UNITIZING ? List.of("u-alpha")
                    : List.of("percent", "kappa", "alpha");
            int width = Math.min(40, Math.max(12, report.rows().stream().mapToInt(r -> r.label().length()).max().orElse(0)));
            StringBuilder head = new StringBuilder(String.format("%-" + width + "s", "code"));
            heads.forEach(h -> head.append(String.format("%10s", h)));
            out.println(head);
            Map<String, String> undefined = new LinkedHashMap<>();
            for (CodeAgreement row : report.rows()) {
                String label = row.label().length() > width ? row.label().substring(0, width - 1) + "…" : row.label();
                StringBuilder line = new StringBuilder(String.format("%-" + width + "s", label));
                for (AgreementResult result : row.coefficients()) {
                    line.append(String.format("%10s", number(result.value())));
                    if (!result.defined()) {
                        undefined.putIfAbsent(row.label(), result.explanation());
                    }
                }
                out.println(line);
            }
            if (report.unit() != AgreementReport.Unit.UNITIZING) {
                out.println("kappa: " + names.get(1).replaceAll(" for category.*", "") + "; alpha: " + names.get(2));
            }
            undefined.forEach((label, why) -> out.println("n/a for " + label + ": " + why));
        }
        report.notes().forEach(note -> out.println("note: " + note));
    }

    static JsonObject json(AgreementReport report) {
        JsonObject json = new JsonObject();
        json.addProperty("unit", report.unit().name().toLowerCase(Locale.ROOT));
        JsonArray coders = new JsonArray();
        report.coders().forEach(coders::add);
        json.add("coders", coders);
        json.addProperty("documents", report.documents());
        json.addProperty("units", report.units());
        JsonArray rows = new JsonArray();
        for (CodeAgreement row : report.rows()) {
            JsonObject r = new JsonObject();
            r.addProperty("code", row.label());
            JsonArray coefficients = new JsonArray();
            for (AgreementResult result : row.coefficients()) {
                coefficients.add(json(result));
            }
            r.add("coefficients", coefficients);
            rows.add(r);
        }
        json.add("rows", rows);
        JsonArray notes = new JsonArray();
        report.notes().forEach(notes::add);
        json.add("notes", notes);
        return json;
    }

    static JsonObject json(AgreementResult result) {
        JsonObject c = new JsonObject();
        c.addProperty("measure", result.coefficient());
        addResult(c, result);
        return c;
    }

    /**
     * The figures of a result, with the same keys whether or not it is defined: value, observed, expected (null where
     * not a number), units, defined, and reason (why it is undefined; null when defined). The writer must serialize
     * nulls, or Gson drops those keys.
     */
    static void addResult(JsonObject json, AgreementResult result) {
        json.add("value", json(result.value()));
        json.add("observed", json(result.observed()));
        json.add("expected", json(result.expected()));
        json.addProperty("units", result.units());
        json.addProperty("defined", result.defined());
        json.add("reason", result.defined() ? JsonNull.INSTANCE : new JsonPrimitive(result.explanation()));
    }

    static void printText(ConfusionMatrix matrix, PrintStream out) {
        out.printf("confusion of turn dynamics: rows %s, columns %s%n", matrix.first(), matrix.second());
        MatrixText.print(out, matrix.labels(), (i, j) -> Long.toString(matrix.count(i, j)));
    }

    static JsonObject json(ConfusionMatrix matrix) {
        JsonObject json = new JsonObject();
        json.addProperty("rows", matrix.first());
        json.addProperty("columns", matrix.second());
        JsonArray labels = new JsonArray();
        matrix.labels().forEach(labels::add);
        json.add("labels", labels);
        JsonArray counts = new JsonArray();
        for (int i = 0; i < matrix.labels().size(); i++) {
            JsonArray row = new JsonArray();
            for (int j = 0; j < matrix.labels().size(); j++) {
                row.add(matrix.count(i, j));
            }
            counts.add(row);
        }
        json.add("counts", counts);
        return json;
    }

    /** CSV, for adjudication in a spreadsheet: document, turn, speaker, each coder's label, the turn's text. */
    static void printCsv(List<Disagreement> disagreements, List<String> coders, PrintStream out) throws CliException {
        List<String> header = new ArrayList<>(List.of("document", "turn", "speaker"));
        header.addAll(coders);
        header.add("text");
        try {
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
            for (Disagreement d : disagreements) {
                printer.printRecord(d.document(), d.turn(), d.speaker(), d.first(), d.second(), d.text());
            }
            printer.flush();
        } catch (IOException e) {
            throw CliException.failure("cannot write the disagreements: " + e.getMessage());
        }
    }

    /** One object per turn; "labels" holds the coders' labels in the order of the coders. */
    static JsonArray json(List<Disagreement> disagreements) {
        JsonArray array = new JsonArray();
        for (Disagreement d : disagreements) {
            JsonObject json = new JsonObject();
            json.addProperty("document", d.document());
            json.addProperty("turn", d.turn());
            json.addProperty("speaker", d.speaker());
            JsonArray labels = new JsonArray();
            labels.add(d.first());
            labels.add(d.second());
            json.add("labels", labels);
            json.addProperty("text", d.text());
            array.add(json);
        }
        return array;
    }
}
