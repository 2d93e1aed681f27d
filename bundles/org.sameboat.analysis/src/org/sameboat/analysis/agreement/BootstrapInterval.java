package org.sameboat.analysis.agreement;

import java.util.Objects;

/**
 * A percentile bootstrap confidence interval for an agreement coefficient.
 *
 * @param estimate the coefficient on the original data
 * @param lower lower bound (NaN when undefined)
 * @param upper upper bound (NaN when undefined)
 * @param level confidence level, e.g. 0.95
 * @param replicates number of bootstrap replicates drawn
 * @param undefinedReplicates replicates on which the coefficient was undefined (left out of the
 *        percentiles)
 * @param seed the random seed, so the interval can be reproduced
 * @param defined whether the bounds are numbers
 * @param explanation why the interval is undefined; empty when defined
 */
public record BootstrapInterval(AgreementResult estimate, double lower, double upper,
        double level, int replicates, int undefinedReplicates, long seed, boolean defined,
        String explanation) {

    /** Checks the invariants between {@code defined}, the bounds and {@code explanation}. */
    public BootstrapInterval {
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(explanation, "explanation");
        if (defined != explanation.isEmpty()) {
            throw new IllegalArgumentException("Explanation must be empty exactly when defined.");
        }
    }
}
