package org.sameboat.cli.verbs;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.ena.Accumulation;
import org.sameboat.analysis.ena.Comparison;
import org.sameboat.analysis.ena.EnaModel;
import org.sameboat.analysis.ena.EnaSet;
import org.sameboat.analysis.ena.Fit;
import org.sameboat.analysis.ena.GroupPair;
import org.sameboat.analysis.profile.Level;
import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.model.Project;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** sameboat ena DIR --unit U --window N: epistemic network analysis of the codes (rENA's method). */
public final class EnaVerb implements Verb {

    private static final int SHOWN_CONNECTIONS = 5;

    @Override
    public String name() {
        return "ena";
    }

    @Override
    public String synopsis() {
        return "DIR --unit speaker|session|group|stage --window N [--codes c1,c2] [--coder K] [--groups FIELD:A,B]"
                + " [--doc D] [--session N] [--stage S] [--role R] [--json]";
    }

    @Override
    public String summary() {
        return "epistemic network analysis: moving stanza window, normalised networks, SVD or means rotation, node positions,"
                + " fit, and a test of two groups on dimension 1";
    }

    @Override
    public Set<String> options() {
        return Set.of("unit", "window", "codes", "coder", "groups", "doc", "session", "stage", "role", "json");
    }

    @Override
    public Set<String> flags() {
        return Set.of("json");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        Level unit = unit(arguments.required("unit"));
        int window = arguments.requiredInt("window");
        Optional<GroupPair> groups;
        try {
            groups = arguments.option("groups").map(GroupPair::parse);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        Project project = new Projects().read(folder).project();
        Filter filter = AnalysisScope.filter(project, folder, arguments);
        EnaSet set;
        try {
            Accumulation accumulation = Accumulation.of(project, AnalysisScope.codes(project, folder, arguments), unit,
                    groups.map(GroupPair::field), window, filter);
            set = EnaModel.fit(accumulation, groups);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        if (arguments.flag("json")) {
            console.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create()
                    .toJson(json(set, unit, window)));
        } else {
            text(set, unit, window, filter, console.out());
        }
        console.out().flush();
        return 0;
    }

    private static Level unit(String text) throws CliException {
        String value = text.strip().toLowerCase(Locale.ROOT);
        for (Level level : List.of(Level.SPEAKER, Level.SESSION, Level.GROUP, Level.STAGE)) {
            if (level.toString().equals(value)) {
                return level;
            }
        }
        throw CliException.usage("--unit must be speaker, session, group or stage, not '" + text + "'");
    }

    private static JsonObject json(EnaSet set, Level unit, int window) {
        Accumulation a = set.accumulation();
        JsonObject json = new JsonObject();
        json.addProperty("unit", unit.toString());
        json.addProperty("window", window);
        json.addProperty("rotation", set.means() ? "means" : "svd");
        json.add("codes", strings(a.codes()));
        json.add("pairs", strings(a.pairs()));
        JsonArray units = new JsonArray();
        for (int u = 0; u < a.units().size(); u++) {
            JsonObject item = new JsonObject();
            item.addProperty("name", a.units().get(u));
            a.groupValues().get(u).ifPresent(g -> item.addProperty("group", g));
            item.add("accumulated", numbers(a.counts()[u]));
            item.add("normalized", numbers(set.normalized()[u]));
            item.add("point", numbers(set.points()[u]));
            item.add("centroid", numbers(set.centroids()[u]));
            item.addProperty("zeroNetwork", set.zeroUnits().contains(a.units().get(u)));
            units.add(item);
        }
        json.add("units", units);
        json.add("variance", numbers(set.variance()));
        JsonArray nodes = new JsonArray();
        for (int c = 0; c < a.codes().size(); c++) {
            JsonObject node = new JsonObject();
            node.addProperty("code", a.codes().get(c));
            node.add("position", numbers(set.nodes()[c]));
            nodes.add(node);
        }
        json.add("nodes", nodes);
        JsonArray fit = new JsonArray();
        for (Fit f : set.fit()) {
            JsonObject item = new JsonObject();
            item.addProperty("dimension", f.dimension());
            item.add("pearson", AgreementPrinter.json(f.pearson()));
            item.add("spearman", AgreementPrinter.json(f.spearman()));
            fit.add(item);
        }
        json.add("fit", fit);
        set.comparison().ifPresent(c -> json.add("comparison", comparison(set, c)));
        return json;
    }

    private static JsonObject comparison(EnaSet set, Comparison c) {
        JsonObject json = new JsonObject();
        json.addProperty("field", c.pair().field().toString());
        json.addProperty("dimension", 1);
        json.addProperty("primary", Comparison.primary());
        JsonArray groups = new JsonArray();
        groups.add(group(c.pair().first(), c.n1(), c.mean1(), c.sd1(), set.meanNetwork(set.unitsOf(c.pair().first()))));
        groups.add(group(c.pair().second(), c.n2(), c.mean2(), c.sd2(), set.meanNetwork(set.unitsOf(c.pair().second()))));
        json.add("groups", groups);
        JsonObject welch = new JsonObject();
        welch.add("t", AgreementPrinter.json(c.t()));
        welch.add("df", AgreementPrinter.json(c.df()));
        welch.add("p", AgreementPrinter.json(c.tP()));
        json.add("welchT", welch);
        JsonObject mw = new JsonObject();
        mw.add("u", AgreementPrinter.json(c.u()));
        mw.add("p", AgreementPrinter.json(c.uP()));
        json.add("mannWhitney", mw);
        json.add("cohensD", AgreementPrinter.json(c.cohensD()));
        json.addProperty("reason", c.undefined().orElse(null));
        return json;
    }

    private static JsonObject group(String name, int n, double mean, double sd, double[] network) {
        JsonObject json = new JsonObject();
        json.addProperty("name", name);
        json.addProperty("n", n);
        json.add("mean", AgreementPrinter.json(mean));
        json.add("sd", AgreementPrinter.json(sd));
        json.add("meanNetwork", numbers(network));
        return json;
    }

    private static void text(EnaSet set, Level unit, int window, Filter filter, PrintStream out) {
        Accumulation a = set.accumulation();
        out.printf(Locale.ROOT, "epistemic network of %d codes (%d connections) by %s: %d units; window %d turn(s)"
                + " (each coded turn with %s); %s%n", a.codes().size(), a.pairs().size(), unit, a.units().size(), window,
                window == 1 ? "its own codes" : "its own codes and those of the " + (window - 1) + " turn(s) before it",
                filter.coder().map(c -> "coder " + c.getName()).orElse("all coders' codings pooled"));
        set.comparison().ifPresentOrElse(c -> out.printf("means rotation: dimension 1 runs from %s %s (left) to %s (right)%n",
                c.pair().field(), c.pair().second(), c.pair().first()), () -> out.println("rotation: SVD"));
        StringBuilder variance = new StringBuilder("variance explained:");
        for (int d = 0; d < Math.min(2, set.dimensions()); d++) {
            variance.append(String.format(Locale.ROOT, " dimension %d %.1f%%", d + 1, 100 * set.variance()[d]));
        }
        out.println(variance);
        StringBuilder fit = new StringBuilder("fit of points and network centroids:");
        for (Fit f : set.fit()) {
            fit.append(String.format(Locale.ROOT, " dimension %d Pearson %s Spearman %s;", f.dimension(), number(f.pearson()),
                    number(f.spearman())));
        }
        out.println(fit);
        int width = Math.max(10, Math.min(40, a.units().stream().mapToInt(String::length).max().orElse(0) + 2));
        out.println("units (points on dimensions 1 and 2):");
        for (int u = 0; u < a.units().size(); u++) {
            out.println("  " + pad(a.units().get(u), width) + coordinates(set.points()[u])
                    + (set.zeroUnits().contains(a.units().get(u)) ? "  (no connections: a zero network)" : ""));
        }
        int codeWidth = Math.max(10, Math.min(40, a.codes().stream().mapToInt(String::length).max().orElse(0) + 2));
        out.println("nodes (codes on dimensions 1 and 2):");
        for (int c = 0; c < a.codes().size(); c++) {
            out.println("  " + pad(a.codes().get(c), codeWidth) + coordinates(set.nodes()[c]));
        }
        List<Integer> all = new ArrayList<>();
        for (int u = 0; u < a.units().size(); u++) {
            all.add(u);
        }
        out.println("strongest connections (mean network of all units):");
        strongest(a.pairs(), set.meanNetwork(all), out);
        set.comparison().ifPresent(c -> comparisonText(set, c, out));
    }

    private static void comparisonText(EnaSet set, Comparison c, PrintStream out) {
        out.printf(Locale.ROOT, "%s %s: %d units, mean %+.3f; %s %s: %d units, mean %+.3f (dimension 1)%n", c.pair().field(),
                c.pair().first(), c.n1(), c.mean1(), c.pair().field(), c.pair().second(), c.n2(), c.mean2());
        if (c.undefined().isPresent()) {
            out.println("no t-test: " + c.undefined().get());
        } else {
            out.printf(Locale.ROOT, "Welch's t-test (primary): t %.3f, df %.1f, p %s; Cohen's d %.2f%n", c.t(), c.df(),
                    ProfileVerb.p(c.tP()), c.cohensD());
        }
        out.printf(Locale.ROOT, "Mann-Whitney U test: U %.1f, p %s%n", c.u(), ProfileVerb.p(c.uP()));
        if (c.undefined().isEmpty() && (c.tP() < 0.05) != (c.uP() < 0.05)) {
            out.println("note: the two tests disagree at 0.05; with few units read the difference as tentative");
        }
        double[] first = set.meanNetwork(set.unitsOf(c.pair().first()));
        double[] second = set.meanNetwork(set.unitsOf(c.pair().second()));
        double[] difference = new double[first.length];
        double[] reverse = new double[first.length];
        for (int p = 0; p < first.length; p++) {
            difference[p] = first[p] - second[p];
            reverse[p] = -difference[p];
        }
        out.println("connections stronger in " + c.pair().first() + " (difference of mean networks):");
        strongest(set.accumulation().pairs(), difference, out);
        out.println("connections stronger in " + c.pair().second() + ":");
        strongest(set.accumulation().pairs(), reverse, out);
    }

    private static void strongest(List<String> pairs, double[] weights, PrintStream out) {
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < weights.length; p++) {
            if (weights[p] > 1e-12) {
                order.add(p);
            }
        }
        order.sort(Comparator.comparingDouble((Integer p) -> -weights[p]).thenComparing(p -> p));
        if (order.isEmpty()) {
            out.println("  none");
        }
        for (int p : order.subList(0, Math.min(SHOWN_CONNECTIONS, order.size()))) {
            out.printf(Locale.ROOT, "  %.3f  %s%n", weights[p], pairs.get(p));
        }
    }

    private static String coordinates(double[] point) {
        return String.format(Locale.ROOT, "%+8.3f %s", point[0], point.length > 1 ? String.format(Locale.ROOT, "%+8.3f", point[1]) : "");
    }

    private static String pad(String text, int width) {
        String shown = text.length() > width - 1 ? text.substring(0, width - 2) + "…" : text;
        return String.format("%-" + width + "s", shown);
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static JsonArray strings(List<String> values) {
        JsonArray out = new JsonArray();
        values.forEach(out::add);
        return out;
    }

    private static JsonArray numbers(double[] values) {
        JsonArray out = new JsonArray();
        for (double value : values) {
            out.add(AgreementPrinter.json(value));
        }
        return out;
    }
}
