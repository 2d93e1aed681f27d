package org.sameboat.cli.verbs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.agreement.Bootstrap;
import org.sameboat.analysis.agreement.BootstrapInterval;
import org.sameboat.analysis.agreement.ReliabilityData;
import org.sameboat.analysis.agreement.UnitizingAlpha;
import org.sameboat.analysis.agreement.UnitizingStudy;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.project.AgreementReport;
import org.sameboat.analysis.project.CharacterAgreement;
import org.sameboat.analysis.project.Comparison;
import org.sameboat.analysis.project.TurnAgreement;
import org.sameboat.analysis.project.UnitizingAgreement;
import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Project;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.text.OneLine;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * sameboat agree: inter-coder agreement, either of the coders of a project (turn, character or
 * unitizing level) or, as a reliability calculator, of outside data in a CSV file.
 */
public final class AgreeVerb implements Verb {

    /** Fixed, so that the same data always gets the same interval. */
    private static final long BOOTSTRAP_SEED = 20_260_101L;

    private static final Set<String> PROJECT_OPTIONS = Set.of("unit", "coders", "codes", "disagreements", "stage", "role");
    private static final Set<String> DATA_OPTIONS = Set.of("data", "measure", "level", "weights", "categories", "category", "ci",
            "replicates");
    private static final Set<String> UNITIZING_OPTIONS = Set.of("unitizing", "continuum", "category");

    @Override
    public String name() {
        return "agree";
    }

    @Override
    public String synopsis() {
        return "DIR --unit turn|char|unitizing [--coders A,B] [--codes c1,c2] [--stage S] [--role R] [--disagreements] [--json]"
                + "  |  --data FILE.csv --measure M [--level L] [--weights linear|quadratic] [--categories c1,c2] [--category C]"
                + " [--ci [--replicates N]] [--json]"
                + "  |  --unitizing FILE.csv --continuum BEGIN:LENGTH [--category C] [--json]";
    }

    @Override
    public String summary() {
        return "inter-coder agreement of a project's coders (per turn, character or unitizing), or of outside data in a CSV file";
    }

    @Override
    public Set<String> options() {
        return Set.of("unit", "coders", "codes", "stage", "role", "data", "measure", "level", "weights", "categories", "category",
                "unitizing", "continuum", "json", "disagreements", "ci", "replicates");
    }

    @Override
    public Set<String> flags() {
        return Set.of("json", "disagreements", "ci");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        boolean json = arguments.flag("json");
        if (arguments.given().contains("data")) {
            only(arguments, DATA_OPTIONS, "--data");
            arguments.expectAtMost(0);
            return data(arguments, json, console);
        }
        if (arguments.given().contains("unitizing")) {
            only(arguments, UNITIZING_OPTIONS, "--unitizing");
            arguments.expectAtMost(0);
            return unitizing(arguments, json, console);
        }
        only(arguments, PROJECT_OPTIONS, "a project");
        String folder = arguments.positional(0, "the project folder DIR (or --data FILE.csv, or --unitizing FILE.csv)");
        arguments.expectAtMost(1);
        return project(folder, arguments, json, console);
    }

    /** Options of the other two forms are refused, so a mistyped command never half-works. */
    private static void only(Arguments arguments, Set<String> allowed, String form) throws CliException {
        for (String given : arguments.given()) {
            if (!allowed.contains(given) && !given.equals("json")) {
                throw CliException.usage("--" + given + " does not apply to agreement of " + form);
            }
        }
    }

    private int project(String folder, Arguments arguments, boolean json, Console console) throws CliException {
        String unit = arguments.required("unit").strip().toLowerCase(Locale.ROOT);
        if (!List.of("turn", "char", "unitizing").contains(unit)) {
            throw CliException.usage("--unit must be turn, char or unitizing, not '" + unit + "'");
        }
        boolean disagreements = arguments.flag("disagreements");
        if (disagreements && !unit.equals("turn")) {
            throw CliException.usage("--disagreements lists turns; use it with --unit turn");
        }
        if (arguments.option("role").isPresent() && !unit.equals("turn")) {
            throw CliException.usage("--role selects turns; use it with --unit turn");
        }
        Project project = new Projects().read(folder).project();
        // --stage selects documents, --role turns, as in cooccur and transitions
        Filter scope = AnalysisScope.filter(project, folder, arguments);
        List<Coder> coders = new ArrayList<>();
        for (String name : list(arguments.option("coders"))) {
            coders.add(Lookups.coder(project, name).orElseThrow(() -> CliException.usage("no coder '" + name + "' in " + folder
                    + "; its coders: " + String.join(", ", project.getCoders().stream().map(Coder::getName).toList()))));
        }
        List<Code> codes = AnalysisScope.codes(project, folder, arguments);
        Comparison comparison;
        try {
            comparison = Comparison.of(project, coders, codes, scope::accepts, scope::accepts);
        } catch (IllegalArgumentException e) {
            throw CliException.usage(e.getMessage());
        }
        // serializeNulls: an undefined coefficient is "value": null, not a missing key
        GsonBuilder gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls();
        if (!json && !disagreements && (scope.stage().isPresent() || scope.role().isPresent())) {
            console.out().println("scope: " + String.join(", ", Stream.of(
                    scope.stage().map(st -> "documents of stage " + st), scope.role().map(r -> "turns of " + r + "s"))
                    .flatMap(Optional::stream).toList()));
        }
        if (unit.equals("turn")) {
            TurnAgreement turns = TurnAgreement.of(comparison);
            boolean two = comparison.coders().size() == 2;
            if (disagreements) {
                if (!two) {
                    throw CliException.usage("the disagreement list compares two coders; select them with --coders A,B");
                }
                if (json) {
                    console.out().println(gson.create().toJson(AgreementPrinter.json(turns.disagreements())));
                } else {
                    AgreementPrinter.printCsv(turns.disagreements(), comparison.coderNames(), console.out());
                }
            } else if (json) {
                JsonObject out = AgreementPrinter.json(turns.report());
                if (two) {
                    out.add("confusion", AgreementPrinter.json(turns.confusion()));
                }
                console.out().println(gson.create().toJson(out));
            } else {
                AgreementPrinter.printText(turns.report(), console.out());
                if (two) {
                    console.out().println();
                    AgreementPrinter.printText(turns.confusion(), console.out());
                } else {
                    console.out().println("the confusion matrix and --disagreements compare two coders; select them with --coders A,B");
                }
            }
        } else {
            AgreementReport report = unit.equals("char") ? CharacterAgreement.compute(comparison)
                    : UnitizingAgreement.compute(comparison);
            if (json) {
                console.out().println(gson.create().toJson(AgreementPrinter.json(report)));
            } else {
                AgreementPrinter.printText(report, console.out());
            }
        }
        console.out().flush();
        return 0;
    }

    private int data(Arguments arguments, boolean json, Console console) throws CliException {
        String file = arguments.required("data");
        Measures measure = Measures.of(arguments.required("measure"), arguments.option("weights"), arguments.option("level"),
                arguments.option("category"));
        Optional<Bootstrap> bootstrap = bootstrap(arguments);
        Optional<List<String>> categories = arguments.option("categories").map(AgreeVerb::list);
        ReliabilityData data = new ReliabilityCsv(Path.of(file)).read(categories);
        measure.requireCategory(data.categories(), file);
        Function<ReliabilityData, AgreementResult> coefficient = measure.coefficient();
        AgreementResult estimate;
        Optional<BootstrapInterval> interval;
        try {
            // the interval recomputes the estimate on the same data, so take it from there when asked
            interval = bootstrap.map(b -> b.interval(data, coefficient));
            estimate = interval.isPresent() ? interval.get().estimate() : coefficient.apply(data);
        } catch (IllegalArgumentException e) {
            // the coefficient cannot take this data at all, e.g. Cohen's kappa with three coders
            throw CliException.failure(file + ": " + OneLine.of(e));
        }
        print(measure.name(), estimate, interval, json, console);
        return 0;
    }

    /**
     * An interval costs {@code replicates} resamples of all units (seconds on 200,000 units, against milliseconds for the
     * estimate: docs/benchmarks.md), so it is computed only when asked for with --ci.
     */
    private static Optional<Bootstrap> bootstrap(Arguments arguments) throws CliException {
        Optional<String> replicates = arguments.option("replicates");
        if (!arguments.flag("ci")) {
            if (replicates.isPresent()) {
                throw CliException.usage("--replicates sets the bootstrap of --ci; add --ci");
            }
            return Optional.empty();
        }
        Bootstrap bootstrap = Bootstrap.withSeed(BOOTSTRAP_SEED);
        if (replicates.isPresent()) {
            int count;
            try {
                count = Integer.parseInt(replicates.get().strip());
            } catch (NumberFormatException e) {
                count = 0;
            }
            if (count < 2) {
                throw CliException.usage("--replicates must be a whole number of at least 2 (1000 is usual), not '"
                        + replicates.get() + "'");
            }
            bootstrap = bootstrap.replicates(count);
        }
        return Optional.of(bootstrap);
    }

    private int unitizing(Arguments arguments, boolean json, Console console) throws CliException {
        String file = arguments.required("unitizing");
        String continuum = arguments.required("continuum");
        String[] parts = continuum.split(":");
        long begin;
        long length;
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            begin = Long.parseLong(parts[0].strip());
            length = Long.parseLong(parts[1].strip());
        } catch (NumberFormatException e) {
            throw CliException.usage("--continuum must be BEGIN:LENGTH in whole numbers, e.g. 0:1000, not '" + continuum + "'");
        }
        UnitizingStudy study = new UnitizingCsv(Path.of(file)).read(begin, length);
        AgreementResult result;
        Optional<String> category = arguments.option("category").map(String::strip);
        if (category.isPresent()) {
            Map<String, AgreementResult> perCategory = UnitizingAlpha.perCategory(study);
            result = perCategory.get(category.get());
            if (result == null) {
                throw CliException.usage("--category '" + category.get() + "' does not occur in " + file
                        + "; its categories are " + String.join(", ", study.categories()));
            }
        } else {
            result = UnitizingAlpha.compute(study);
        }
        print("unitizing-alpha", result, Optional.empty(), json, console);
        return 0;
    }

    /**
     * The one result of the calculator forms. JSON always has the same keys: an undefined figure is null, "reason" is
     * null exactly when "defined" is true, and "ci95" and "bootstrap" are null unless --ci asked for an interval.
     */
    private static void print(String measure, AgreementResult result, Optional<BootstrapInterval> interval, boolean json,
            Console console) {
        boolean hasInterval = interval.isPresent() && interval.get().defined();
        if (json) {
            JsonObject out = new JsonObject();
            out.addProperty("measure", measure);
            AgreementPrinter.addResult(out, result);
            if (hasInterval) {
                JsonArray ci = new JsonArray();
                ci.add(interval.get().lower());
                ci.add(interval.get().upper());
                out.add("ci95", ci);
            } else {
                out.add("ci95", JsonNull.INSTANCE);
            }
            out.add("bootstrap", interval.<JsonElement>map(AgreeVerb::json).orElse(JsonNull.INSTANCE));
            console.out().println(new GsonBuilder().disableHtmlEscaping().serializeNulls().create().toJson(out));
        } else {
            String basis = result.basis() == AgreementResult.Basis.AGREEMENT ? "agreement" : "disagreement";
            console.out().printf("%s = %s%n", result.coefficient(), AgreementPrinter.number(result.value()));
            console.out().printf("observed %s %s, expected %s, %d unit(s)%n", basis, AgreementPrinter.number(result.observed()),
                    AgreementPrinter.number(result.expected()), result.units());
            if (hasInterval) {
                BootstrapInterval ci = interval.get();
                console.out().printf("95%% interval [%s, %s] (percentile bootstrap over units, %d replicates%s, seed %d)%n",
                        AgreementPrinter.number(ci.lower()), AgreementPrinter.number(ci.upper()), ci.replicates(),
                        ci.undefinedReplicates() == 0 ? "" : ", " + ci.undefinedReplicates() + " left out as undefined", ci.seed());
            } else if (interval.isPresent()) {
                console.out().println("95% interval: n/a (" + interval.get().explanation() + ")");
            } else if (measure.equals("unitizing-alpha")) {
                console.out().println("95% interval: n/a (no bootstrap for unitizing alpha)");
            } else {
                console.out().println("95% interval: add --ci for a bootstrap interval");
            }
        }
        if (!result.defined()) {
            console.err().println("sameboat agree: " + measure + " is undefined: " + result.explanation());
        }
        console.out().flush();
    }

    private static JsonObject json(BootstrapInterval interval) {
        JsonObject out = new JsonObject();
        out.addProperty("method", "percentile bootstrap over units");
        out.addProperty("replicates", interval.replicates());
        out.addProperty("leftOut", interval.undefinedReplicates());
        out.addProperty("seed", interval.seed());
        out.addProperty("level", interval.level());
        out.addProperty("defined", interval.defined());
        out.add("reason", interval.defined() ? JsonNull.INSTANCE : new JsonPrimitive(interval.explanation()));
        return out;
    }

    private static List<String> list(Optional<String> option) {
        return option.map(AgreeVerb::list).orElse(List.of());
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
