package org.sameboat.cli.verbs;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.sequence.EventKind;
import org.sameboat.analysis.sequence.LagSequential;
import org.sameboat.analysis.sequence.LagTable;
import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.model.Project;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** sameboat sequence DIR: lag-sequential analysis of turns (Bakeman and Quera), given × target at lag N. */
public final class SequenceVerb implements Verb {

    @Override
    public String name() {
        return "sequence";
    }

    @Override
    public String synopsis() {
        return "DIR [--events dynamic|skill|role|role+code] [--lag N] [--coder K] [--codes c1,c2] [--doc D] [--session N]"
                + " [--stage S] [--json|--csv]";
    }

    @Override
    public String summary() {
        return "lag-sequential analysis of turns: counts, expected, transitional probabilities, adjusted residuals, Yule's Q";
    }

    @Override
    public Set<String> options() {
        return Set.of("events", "lag", "coder", "codes", "doc", "session", "stage", "json", "csv");
    }

    @Override
    public Set<String> flags() {
        return Set.of("json", "csv");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        AnalysisScope.oneFormat(arguments);
        EventKind kind;
        try {
            kind = EventKind.parse(arguments.option("events").orElse("dynamic"));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        int lag = arguments.option("lag").isPresent() ? arguments.requiredInt("lag") : 1;
        if (lag < 1) {
            throw CliException.usage("--lag must be 1 or more, not " + lag);
        }
        Project project = new Projects().read(folder).project();
        Filter filter = AnalysisScope.filter(project, folder, arguments);
        LagTable table;
        try {
            table = LagSequential.compute(project, AnalysisScope.codes(project, folder, arguments), kind, lag, filter);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        if (arguments.flag("json")) {
            JsonObject json = new JsonObject();
            json.addProperty("lag", lag);
            json.addProperty("eventKind", kind.toString());
            JsonArray events = new JsonArray();
            table.events().forEach(events::add);
            json.add("events", events);
            json.addProperty("n", table.n());
            json.add("counts", matrix(table, (g, t) -> new JsonPrimitive(table.count(g, t))));
            json.add("expected", matrix(table, (g, t) -> AgreementPrinter.json(table.expected(g, t))));
            json.add("probability", matrix(table, (g, t) -> AgreementPrinter.json(table.probability(g, t))));
            json.add("adjustedResidual", matrix(table, (g, t) -> AgreementPrinter.json(table.adjustedResidual(g, t))));
            json.add("yulesQ", matrix(table, (g, t) -> AgreementPrinter.json(table.yulesQ(g, t))));
            console.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(json));
        } else if (arguments.flag("csv")) {
            try {
                CSVPrinter printer = new CSVPrinter(console.out(), CSVFormat.RFC4180.builder().setHeader("given", "target",
                        "count", "expected", "probability", "adjustedResidual", "yulesQ").get());
                for (int g = 0; g < table.events().size(); g++) {
                    for (int t = 0; t < table.events().size(); t++) {
                        printer.printRecord(table.events().get(g), table.events().get(t), table.count(g, t),
                                number(table.expected(g, t)), number(table.probability(g, t)),
                                number(table.adjustedResidual(g, t)), number(table.yulesQ(g, t)));
                    }
                }
                printer.flush();
            } catch (IOException e) {
                throw CliException.failure("cannot write the table: " + e.getMessage());
            }
        } else {
            text(table, kind, filter, console.out());
        }
        console.out().flush();
        return 0;
    }

    private static void text(LagTable table, EventKind kind, Filter filter, PrintStream out) {
        out.printf(Locale.ROOT, "lag-sequential table: events %s, lag %d, %,d given-target pairs, %s; rows: given, columns: target%n",
                kind, table.lag(), table.n(), filter.coder().map(c -> "coder " + c.getName()).orElse("all coders' codings pooled"));
        if (table.n() == 0) {
            out.println("no pairs in scope");
            return;
        }
        out.println();
        out.println("counts");
        MatrixText.print(out, table.events(), (g, t) -> Long.toString(table.count(g, t)));
        out.println();
        out.println("expected counts (row total × column total / n)");
        MatrixText.print(out, table.events(), (g, t) -> format(table.expected(g, t), "%.2f"));
        out.println();
        out.println("transitional probabilities P(target | given)");
        MatrixText.print(out, table.events(), (g, t) -> format(table.probability(g, t), "%.3f"));
        out.println();
        out.println("adjusted residuals (*: |z| > 1.96)");
        MatrixText.print(out, table.events(), (g, t) -> format(table.adjustedResidual(g, t), "%+.2f")
                + (Math.abs(table.adjustedResidual(g, t)) > 1.96 ? "*" : ""));
        out.println();
        out.println("Yule's Q");
        MatrixText.print(out, table.events(), (g, t) -> format(table.yulesQ(g, t), "%+.3f"));
        var test = table.contingency();
        if (test.degreesOfFreedom() > 0) {
            out.printf(Locale.ROOT, "%nwhole table: chi-square %.2f, df %d, p %s%n", test.chiSquare(), test.degreesOfFreedom(),
                    ProfileVerb.p(test.p()));
            if (test.approximationDoubtful()) {
                out.printf("warning: %d of %d cells have expected counts below 5 (%d below 1); residuals of such cells are"
                        + " unreliable (Bakeman and Quera advise at least 5 expected, or pooling events)%n",
                        test.expectedBelowFive(), test.cellsInUse(), test.expectedBelowOne());
            }
        }
    }

    private static JsonArray matrix(LagTable table, BiFunction<Integer, Integer, JsonElement> cell) {
        JsonArray rows = new JsonArray();
        for (int g = 0; g < table.events().size(); g++) {
            JsonArray row = new JsonArray();
            for (int t = 0; t < table.events().size(); t++) {
                row.add(cell.apply(g, t));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String format(double value, String format) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, format, value);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6f", value);
    }
}
