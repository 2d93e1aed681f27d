package org.sameboat.cli.verbs;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.agreement.BrennanPrediger;
import org.sameboat.analysis.agreement.CohenKappa;
import org.sameboat.analysis.agreement.CongerKappa;
import org.sameboat.analysis.agreement.FleissKappa;
import org.sameboat.analysis.agreement.GwetAc;
import org.sameboat.analysis.agreement.KrippendorffAlpha;
import org.sameboat.analysis.agreement.PercentAgreement;
import org.sameboat.analysis.agreement.ReliabilityData;
import org.sameboat.analysis.agreement.ScottPi;
import org.sameboat.analysis.agreement.Weights;
import org.sameboat.analysis.spi.AgreementMeasure;
import org.sameboat.analysis.spi.AgreementMeasures;
import org.sameboat.cli.CliException;

/**
 * The coefficients {@code agree --data} offers, by their command-line names, with the options each
 * takes: {@code --weights} for the coefficients that have a weighted form, {@code --level} for
 * Krippendorff's alpha, {@code --category} for those with a per-category form. An option a measure
 * cannot use is an error rather than silently ignored.
 */
final class Measures {

    /** Every name, for messages. */
    static final List<String> NAMES = List.of("percent", "cohen-kappa", "scott-pi", "fleiss-kappa", "conger-kappa",
            "brennan-prediger", "gwet-ac1", "gwet-ac2", "krippendorff-alpha", "unitizing-alpha");

    private static final List<String> WEIGHTED = List.of("percent", "cohen-kappa", "fleiss-kappa", "conger-kappa",
            "brennan-prediger", "gwet-ac2");
    private static final List<String> PER_CATEGORY = List.of("fleiss-kappa", "krippendorff-alpha");

    private final String measure;
    private final Optional<Weights.Kind> weights;
    private final Optional<KrippendorffAlpha.Level> level;
    private final Optional<String> category;
    /** A measure a plugin registered as a service, when the name is not a built-in one. */
    private final Optional<AgreementMeasure> extension;

    private Measures(String measure, Optional<Weights.Kind> weights, Optional<KrippendorffAlpha.Level> level,
            Optional<String> category, Optional<AgreementMeasure> extension) {
        this.extension = extension;
        this.measure = measure;
        this.weights = weights;
        this.level = level;
        this.category = category;
    }

    /** Checks the measure and that the options fit it. */
    static Measures of(String measure, Optional<String> weights, Optional<String> level, Optional<String> category)
            throws CliException {
        String name = measure.strip().toLowerCase(Locale.ROOT);
        if (!NAMES.contains(name)) {
            Optional<AgreementMeasure> extension = AgreementMeasures.named(name);
            if (extension.isEmpty()) {
                List<String> all = new java.util.ArrayList<>(NAMES);
                AgreementMeasures.registered().forEach(m -> all.add(m.name()));
                throw CliException.usage("unknown measure '" + measure + "'; choose one of " + String.join(", ", all));
            }
            if (weights.isPresent() || level.isPresent() || category.isPresent()) {
                throw CliException.usage("--weights, --level and --category apply to built-in measures only, not to " + name);
            }
            return new Measures(name, Optional.empty(), Optional.empty(), Optional.empty(), extension);
        }
        if (name.equals("unitizing-alpha")) {
            throw CliException.usage("unitizing-alpha reads units on a continuum: use agree --unitizing FILE.csv --continuum BEGIN:LENGTH");
        }
        if (weights.isPresent() && !WEIGHTED.contains(name)) {
            throw CliException.usage("--weights applies to " + String.join(", ", WEIGHTED) + "; not to " + name);
        }
        if (level.isPresent() && !name.equals("krippendorff-alpha")) {
            throw CliException.usage("--level applies to krippendorff-alpha only");
        }
        if (category.isPresent() && !PER_CATEGORY.contains(name)) {
            throw CliException.usage("--category applies to " + String.join(", ", PER_CATEGORY) + " and unitizing-alpha; not to " + name);
        }
        Optional<Weights.Kind> kind = Optional.empty();
        if (weights.isPresent()) {
            kind = Optional.of(switch (weights.get().strip().toLowerCase(Locale.ROOT)) {
                case "linear" -> Weights.Kind.LINEAR;
                case "quadratic" -> Weights.Kind.QUADRATIC;
                default -> throw CliException.usage("--weights must be linear or quadratic, not '" + weights.get() + "'");
            });
        }
        Optional<KrippendorffAlpha.Level> lvl = Optional.empty();
        if (level.isPresent()) {
            try {
                lvl = Optional.of(KrippendorffAlpha.Level.valueOf(level.get().strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw CliException.usage("--level must be nominal, ordinal, interval or ratio, not '" + level.get() + "'");
            }
            if (category.isPresent() && lvl.get() != KrippendorffAlpha.Level.NOMINAL) {
                throw CliException.usage("--category compares one category with all others, which is nominal; drop --level");
            }
        }
        return new Measures(name, kind, lvl, category.map(String::strip), Optional.empty());
    }

    /** @return the measure's command-line name */
    String name() {
        return measure;
    }

    /** The coefficient as a function, so the bootstrap can apply it to resampled data. */
    Function<ReliabilityData, AgreementResult> coefficient() {
        if (extension.isPresent()) {
            return extension.get()::compute;
        }
        if (category.isPresent()) {
            String c = category.get();
            return measure.equals("fleiss-kappa") ? data -> pick(FleissKappa.perCategory(data), c)
                    : data -> pick(KrippendorffAlpha.perCategory(data), c);
        }
        Weights.Kind kind = weights.orElse(measure.equals("gwet-ac2") ? Weights.Kind.QUADRATIC : Weights.Kind.IDENTITY);
        return switch (measure) {
            case "percent" -> data -> PercentAgreement.compute(data, Weights.of(kind, data));
            case "cohen-kappa" -> data -> CohenKappa.compute(data, kind);
            case "scott-pi" -> ScottPi::compute;
            case "fleiss-kappa" -> data -> FleissKappa.compute(data, Weights.of(kind, data));
            case "conger-kappa" -> data -> CongerKappa.compute(data, Weights.of(kind, data));
            case "brennan-prediger" -> data -> BrennanPrediger.compute(data, Weights.of(kind, data));
            case "gwet-ac1" -> GwetAc::ac1;
            case "gwet-ac2" -> data -> GwetAc.ac2(data, Weights.of(kind, data));
            case "krippendorff-alpha" -> data -> KrippendorffAlpha.compute(data, level.orElse(KrippendorffAlpha.Level.NOMINAL));
            default -> throw new IllegalStateException("measure checked in of(): " + measure);
        };
    }

    /** Checks, before any computing, that a --category exists in the data. */
    void requireCategory(List<String> categories, String file) throws CliException {
        if (category.isPresent() && !categories.contains(category.get())) {
            throw CliException.usage("--category '" + category.get() + "' does not occur in " + file + "; its categories are "
                    + String.join(", ", categories));
        }
    }

    private static AgreementResult pick(Map<String, AgreementResult> perCategory, String category) {
        return perCategory.get(category);
    }
}
