package org.sameboat.cli.verbs;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sameboat.analysis.contingency.ContingencyTable;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.profile.Level;
import org.sameboat.analysis.profile.Profile;
import org.sameboat.analysis.profile.ProfileTable;
import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.model.Project;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** sameboat profile DIR --by LEVEL: codes × stages (sessions, groups, roles, speakers), with a chi-square test. */
public final class ProfileVerb implements Verb {

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public String synopsis() {
        return "DIR --by stage|session|group|role|speaker [--coder K] [--codes c1,c2] [--doc D] [--session N] [--stage S]"
                + " [--role R] [--json|--csv]";
    }

    @Override
    public String summary() {
        return "codes by stage, session, group, role or speaker: coded turns, rate per 100 turns, chi-square test, adjusted residuals";
    }

    @Override
    public Set<String> options() {
        return Set.of("by", "coder", "codes", "doc", "session", "stage", "role", "json", "csv");
    }

    @Override
    public Set<String> flags() {
        return Set.of("json", "csv");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        AnalysisScope.oneFormat(arguments);
        Level by;
        try {
            by = Level.parse(arguments.required("by"));
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        Project project = new Projects().read(folder).project();
        Filter filter = AnalysisScope.filter(project, folder, arguments);
        boolean chosen = arguments.option("codes").isPresent();
        ProfileTable profile = Profile.compute(project, AnalysisScope.codes(project, folder, arguments), by, filter);
        ContingencyTable test = profile.test();
        // without --codes, codes no turn in scope carries would only add empty rows (they take no part in the test)
        List<Integer> shown = new ArrayList<>();
        for (int c = 0; c < profile.codes().size(); c++) {
            if (chosen || test.rowTotal(c) > 0) {
                shown.add(c);
            }
        }
        int levels = profile.levels().size();
        if (arguments.flag("json")) {
            JsonObject json = new JsonObject();
            json.addProperty("by", by.toString());
            json.add("levels", strings(profile.levels()));
            json.add("codes", strings(shown.stream().map(profile.codes()::get).toList()));
            JsonArray counts = new JsonArray();
            JsonArray rates = new JsonArray();
            JsonArray expected = new JsonArray();
            JsonArray residuals = new JsonArray();
            for (int c : shown) {
                JsonArray countRow = new JsonArray();
                JsonArray rateRow = new JsonArray();
                JsonArray expectedRow = new JsonArray();
                JsonArray residualRow = new JsonArray();
                for (int l = 0; l < levels; l++) {
                    countRow.add(profile.count(c, l));
                    rateRow.add(AgreementPrinter.json(profile.rate(c, l)));
                    expectedRow.add(test.expected(c, l));
                    residualRow.add(AgreementPrinter.json(test.adjustedResidual(c, l)));
                }
                counts.add(countRow);
                rates.add(rateRow);
                expected.add(expectedRow);
                residuals.add(residualRow);
            }
            json.add("counts", counts);
            JsonArray turns = new JsonArray();
            for (int l = 0; l < levels; l++) {
                turns.add(profile.turns(l));
            }
            json.add("turns", turns);
            json.add("rates", rates);
            json.add("expected", expected);
            json.add("residuals", residuals);
            json.add("chiSquare", AgreementPrinter.json(test.degreesOfFreedom() == 0 ? Double.NaN : test.chiSquare()));
            json.addProperty("df", test.degreesOfFreedom());
            json.add("p", AgreementPrinter.json(test.p()));
            json.addProperty("cells", test.cellsInUse());
            json.addProperty("expectedBelow5", test.expectedBelowFive());
            json.addProperty("expectedBelow1", test.expectedBelowOne());
            console.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(json));
        } else if (arguments.flag("csv")) {
            try {
                CSVPrinter printer = new CSVPrinter(console.out(), CSVFormat.RFC4180.builder()
                        .setHeader("code", by.toString(), "count", "turns", "rate", "expected", "residual", "flagged").get());
                for (int c : shown) {
                    for (int l = 0; l < levels; l++) {
                        double residual = test.adjustedResidual(c, l);
                        printer.printRecord(profile.codes().get(c), profile.levels().get(l), profile.count(c, l),
                                profile.turns(l), number(profile.rate(c, l), "%.2f"), number(test.expected(c, l), "%.4f"),
                                number(residual, "%.4f"), test.flagged(c, l));
                    }
                }
                printer.flush();
            } catch (IOException e) {
                throw CliException.failure("cannot write the profile: " + e.getMessage());
            }
        } else {
            text(profile, shown, filter, console.out());
        }
        console.out().flush();
        return 0;
    }

    private static void text(ProfileTable profile, List<Integer> shown, Filter filter, PrintStream out) {
        ContingencyTable test = profile.test();
        out.printf("profile of codes by %s: turns each code touches, per 100 turns, adjusted residual; %s%n", profile.by(),
                filter.coder().map(c -> "coder " + c.getName()).orElse("all coders' codings pooled"));
        if (profile.levels().isEmpty()) {
            out.println("no turns in scope");
            return;
        }
        int labelWidth = Math.max(5, Math.min(40, shown.stream().mapToInt(c -> profile.codes().get(c).length()).max().orElse(0)));
        int width = Math.max(22, profile.levels().stream().mapToInt(String::length).max().orElse(0) + 2);
        StringBuilder head = new StringBuilder(String.format("%-" + labelWidth + "s", ""));
        StringBuilder turns = new StringBuilder(String.format("%-" + labelWidth + "s", "turns"));
        for (int l = 0; l < profile.levels().size(); l++) {
            head.append(String.format("%" + width + "s", profile.levels().get(l)));
            turns.append(String.format("%" + width + "s", String.format(Locale.ROOT, "%,d", profile.turns(l))));
        }
        out.println(head);
        out.println(turns);
        for (int c : shown) {
            String label = profile.codes().get(c);
            if (label.length() > labelWidth) {
                label = label.substring(0, labelWidth - 1) + "…";
            }
            StringBuilder row = new StringBuilder(String.format("%-" + labelWidth + "s", label));
            for (int l = 0; l < profile.levels().size(); l++) {
                double residual = test.adjustedResidual(c, l);
                String cell = String.format(Locale.ROOT, "%d %5.1f %s", profile.count(c, l), profile.rate(c, l),
                        Double.isNaN(residual) ? "    -" : String.format(Locale.ROOT, "%+5.2f", residual))
                        + (test.flagged(c, l) ? "*" : " ");
                row.append(String.format("%" + width + "s", cell));
            }
            out.println(row);
        }
        if (test.degreesOfFreedom() == 0) {
            out.println("no test: it needs at least two codes and two levels with coded turns");
            return;
        }
        out.printf(Locale.ROOT, "chi-square %.2f, df %d, p %s; *: |adjusted residual| > 1.96%n", test.chiSquare(),
                test.degreesOfFreedom(), p(test.p()));
        if (test.approximationDoubtful()) {
            out.printf("warning: %d of %d cells have expected counts below 5 (%d below 1), so the chi-square approximation"
                    + " is doubtful; read p and the residuals with care, or pool levels or codes%n", test.expectedBelowFive(),
                    test.cellsInUse(), test.expectedBelowOne());
        }
    }

    static String p(double p) {
        return p < 0.001 ? String.format(Locale.ROOT, "%.2e", p) : String.format(Locale.ROOT, "%.4f", p);
    }

    private static String number(double value, String format) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, format, value);
    }

    private static JsonArray strings(List<String> values) {
        JsonArray out = new JsonArray();
        values.forEach(out::add);
        return out;
    }
}
