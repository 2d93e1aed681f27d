package org.sameboat.cli.verbs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sameboat.analysis.cooccurrence.Cooccurrence;
import org.sameboat.analysis.cooccurrence.CooccurrenceTable;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.cooccurrence.Measure;
import org.sameboat.analysis.cooccurrence.Mode;
import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.model.Project;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** sameboat cooccur DIR: which codes are applied together, as a code × code table. */
public final class CooccurVerb implements Verb {

    @Override
    public String name() {
        return "cooccur";
    }

    @Override
    public String synopsis() {
        return "DIR [--mode overlap|turn|window:N] [--measure count|c|jaccard] [--coder K] [--doc D] [--session N]"
                + " [--stage S] [--role R] [--codes c1,c2] [--csv|--json]";
    }

    @Override
    public String summary() {
        return "code co-occurrence table (overlapping codings by default; count, ATLAS.ti's c-coefficient or Jaccard)";
    }

    @Override
    public Set<String> options() {
        return Set.of("mode", "measure", "coder", "doc", "session", "stage", "role", "codes", "csv", "json");
    }

    @Override
    public Set<String> flags() {
        return Set.of("csv", "json");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        AnalysisScope.oneFormat(arguments);
        Mode mode;
        Measure measure;
        try {
            mode = Mode.parse(arguments.option("mode").orElse("overlap"));
            measure = Measure.parse(arguments.option("measure").orElse("count"));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        Project project = new Projects().read(folder).project();
        Filter filter = AnalysisScope.filter(project, folder, arguments);
        boolean chosen = arguments.option("codes").isPresent();
        CooccurrenceTable table = Cooccurrence.compute(project, AnalysisScope.codes(project, folder, arguments), mode, filter);
        // without --codes, codes that never occur in scope would only add empty rows
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < table.labels().size(); i++) {
            if (chosen || table.frequency(i) > 0) {
                shown.add(i);
            }
        }
        List<String> labels = shown.stream().map(table.labels()::get).toList();
        if (arguments.flag("json")) {
            JsonObject json = new JsonObject();
            json.addProperty("mode", mode.toString());
            json.addProperty("measure", measure.toString());
            json.addProperty("units", table.units());
            JsonArray codes = new JsonArray();
            labels.forEach(codes::add);
            json.add("codes", codes);
            JsonArray frequency = new JsonArray();
            shown.forEach(i -> frequency.add(table.frequency(i)));
            json.add("frequency", frequency);
            JsonArray matrix = new JsonArray();
            for (int i : shown) {
                JsonArray row = new JsonArray();
                for (int j : shown) {
                    row.add(measure == Measure.COUNT ? new JsonPrimitive(table.count(i, j))
                            : AgreementPrinter.json(table.value(i, j, measure)));
                }
                matrix.add(row);
            }
            json.add("matrix", matrix);
            console.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json));
        } else if (arguments.flag("csv")) {
            List<String> header = new ArrayList<>(List.of("code"));
            header.addAll(labels);
            try {
                CSVPrinter printer = new CSVPrinter(console.out(), CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
                for (int i : shown) {
                    List<String> row = new ArrayList<>(List.of(table.labels().get(i)));
                    for (int j : shown) {
                        row.add(cell(table, i, j, measure, ""));
                    }
                    printer.printRecord(row);
                }
                printer.flush();
            } catch (IOException e) {
                throw CliException.failure("cannot write the table: " + e.getMessage());
            }
        } else {
            String unit = switch (mode.kind()) {
                case OVERLAP -> "coding(s)";
                case TURN -> "turn(s)";
                case WINDOW -> "window(s) of " + mode.window() + " turn(s)";
            };
            console.out().printf("co-occurrence (%s, %s) over %,d %s, %s%n", mode, measure, table.units(), unit,
                    filter.coder().map(c -> "coder " + c.getName()).orElse("all coders pooled"));
            if (shown.isEmpty()) {
                console.out().println("no codings in scope");
            } else {
                MatrixText.print(console.out(), labels, (i, j) -> cell(table, shown.get(i), shown.get(j), measure, "-")
                        + (measure == Measure.C && table.outOfRange(shown.get(i), shown.get(j)) ? "*" : ""));
                if (measure == Measure.C && shown.stream().anyMatch(i -> shown.stream().anyMatch(j -> table.outOfRange(i, j)))) {
                    console.out().println("*: outside [0, 1] because overlapping codings are counted per pair (as ATLAS.ti"
                            + " warns); see --measure jaccard for the share of coded text");
                }
            }
        }
        console.out().flush();
        return 0;
    }

    private static String cell(CooccurrenceTable table, int i, int j, Measure measure, String undefined) {
        if (measure == Measure.COUNT) {
            return Long.toString(table.count(i, j));
        }
        double value = table.value(i, j, measure);
        return Double.isNaN(value) ? undefined : String.format(Locale.ROOT, "%.3f", value);
    }
}
