package org.sameboat.analysis.agreement;

import java.util.Objects;

/**
 * The outcome of one agreement coefficient.
 *
 * <p>Chance-corrected agreement coefficients (kappa, pi, AC1, S) report {@code observed} and
 * {@code expected} as <em>agreement</em> proportions and compute
 * {@code value = (observed - expected) / (1 - expected)}. Krippendorff's alphas report them as
 * <em>disagreements</em> and compute {@code value = 1 - observed / expected}. {@link #basis()} says
 * which. Percent agreement has no chance model; its {@code expected} is 0.
 *
 * <p>When the coefficient is mathematically undefined for the data (for example only one category
 * was ever used, so expected agreement is 1, or no unit has two values), {@link #defined()} is
 * false, {@link #value()} is {@link Double#NaN} and {@link #explanation()} says why in words a user
 * can act on. When defined, the explanation is empty.
 *
 * @param coefficient human-readable name, e.g. "Cohen's kappa (quadratic weights)"
 * @param value the coefficient, NaN exactly when {@code defined} is false
 * @param observed observed agreement or disagreement (see {@code basis}); NaN if not computable
 * @param expected expected agreement or disagreement (see {@code basis}); NaN if not computable
 * @param basis whether observed/expected are agreements or disagreements
 * @param units number of units (or unitizing segments) that entered the computation
 * @param defined whether {@code value} is a number
 * @param explanation why the value is undefined; empty when defined
 */
public record AgreementResult(String coefficient, double value, double observed, double expected,
        Basis basis, int units, boolean defined, String explanation) {

    /** Whether {@code observed} and {@code expected} are agreement or disagreement figures. */
    public enum Basis {
        /** Proportions of agreement; value = (Ao - Ae) / (1 - Ae). */
        AGREEMENT,
        /** Disagreements; value = 1 - Do / De. */
        DISAGREEMENT
    }

    /** Validates the invariants between {@code defined}, {@code value} and {@code explanation}. */
    public AgreementResult {
        Objects.requireNonNull(coefficient, "coefficient");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(explanation, "explanation");
        if (defined && (Double.isNaN(value) || !explanation.isEmpty())) {
            throw new IllegalArgumentException(
                    "A defined result needs a numeric value and no explanation.");
        }
        if (!defined && (!Double.isNaN(value) || explanation.isBlank())) {
            throw new IllegalArgumentException(
                    "An undefined result needs value NaN and an explanation.");
        }
    }

    static AgreementResult ofAgreement(String name, double observed, double expected, int units) {
        if (expected >= 1.0) {
            return undefined(name, observed, expected, Basis.AGREEMENT, units,
                    "Expected agreement is 1 (all values fall in one category, or only one category "
                            + "is available), so chance cannot be corrected for. Add units that "
                            + "use other categories, or report percent agreement instead.");
        }
        return new AgreementResult(name, (observed - expected) / (1.0 - expected), observed,
                expected, Basis.AGREEMENT, units, true, "");
    }

    static AgreementResult ofDisagreement(String name, double observed, double expected,
            int units) {
        if (!(expected > 0.0)) {
            return undefined(name, observed, expected, Basis.DISAGREEMENT, units,
                    "Expected disagreement is 0 (every pairable value is the same, or nothing "
                            + "varies), so alpha = 1 - 0/0 is undefined. Add units that use other "
                            + "values.");
        }
        return new AgreementResult(name, 1.0 - observed / expected, observed, expected,
                Basis.DISAGREEMENT, units, true, "");
    }

    static AgreementResult undefined(String name, double observed, double expected, Basis basis,
            int units, String why) {
        return new AgreementResult(name, Double.NaN, observed, expected, basis, units, false, why);
    }

    static AgreementResult noPairableUnits(String name, Basis basis) {
        return undefined(name, Double.NaN, Double.NaN, basis, 0,
                "No unit has values from at least two coders, so there is nothing to compare. "
                        + "Check that at least two coders coded the same units.");
    }
}
