package org.sameboat.analysis.ena;

import java.util.Optional;

/**
 * Two groups' points on dimension 1 (the means rotation's axis) compared.
 *
 * <p>Welch's two-sample t-test is the primary test: ENA studies report it on the means-rotated
 * dimension, it does not assume equal variances, and Cohen's d goes with it. The Mann–Whitney U test is
 * reported beside it as the check that assumes no normality, which matters with the few units a group
 * has; when the two disagree, the text output says so. Both are Apache Commons Math's (the U test's p
 * is its normal approximation, without continuity or tie correction).
 *
 * @param pair the groups
 * @param n1 units in the first group
 * @param n2 units in the second group
 * @param mean1 the first group's mean on dimension 1
 * @param mean2 the second group's mean on dimension 1
 * @param sd1 the first group's standard deviation (n − 1), NaN for one unit
 * @param sd2 the second group's standard deviation
 * @param t Welch's t, NaN when undefined
 * @param df Welch–Satterthwaite degrees of freedom
 * @param tP two-sided p of the t-test
 * @param u the Mann–Whitney U of the first group (pairs in which its unit lies higher, ties half)
 * @param uP two-sided p of the U test
 * @param cohensD (mean1 − mean2) / pooled standard deviation
 * @param undefined why the tests could not be computed, when they could not
 */
public record Comparison(GroupPair pair, int n1, int n2, double mean1, double mean2, double sd1, double sd2, double t,
        double df, double tP, double u, double uP, double cohensD, Optional<String> undefined) {

    /** @return the name of the primary test */
    public static String primary() {
        return "welch-t";
    }
}
