package org.sameboat.analysis.agreement;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Percentile bootstrap confidence intervals for coefficients on a {@link ReliabilityData} matrix,
 * resampling <em>units</em> with replacement, so that the dependence between the values within a
 * unit is kept. A weighted row is as many units as its weight, and each of them is drawn on its
 * own, so weighted data give the interval of the expanded data.
 *
 * <p>Reproducible: the same seed, replicate count and data give the same interval (the random
 * stream is a {@link SplittableRandom} seeded once per call; no shared state). The bounds are the
 * {@code (1 - level)/2} and {@code (1 + level)/2} quantiles of the defined replicate values, with
 * linear interpolation between order statistics (R's type 7). Replicates on which the coefficient
 * is undefined (e.g. a resample that happens to use one category only, or leaves a coder without
 * units) are counted and left out.
 *
 * <p>A replicate is built from the data's distinct value rows ({@link Patterns}) weighted by how
 * often the draws hit them, not by copying the drawn rows: its cost is the {@code unitCount()}
 * draws plus the coefficient on at most as many rows as there are patterns.
 *
 * <p>Note that Krippendorff's own bootstrap for alpha (Hayes and Krippendorff 2007) resamples
 * pairable values from the coincidence matrix rather than units; our unit bootstrap is the same for
 * every coefficient and makes fewer assumptions, but gives somewhat different intervals.
 */
public final class Bootstrap {

    /** Default number of replicates. */
    public static final int DEFAULT_REPLICATES = 1000;
    /** Default confidence level. */
    public static final double DEFAULT_LEVEL = 0.95;

    private final int replicates;
    private final long seed;
    private final double level;

    private Bootstrap(int replicates, long seed, double level) {
        this.replicates = replicates;
        this.seed = seed;
        this.level = level;
    }

    /**
     * @param seed random seed
     * @return a bootstrap with 1000 replicates and level 0.95
     */
    public static Bootstrap withSeed(long seed) {
        return new Bootstrap(DEFAULT_REPLICATES, seed, DEFAULT_LEVEL);
    }

    /**
     * @param count number of replicates, at least 2
     * @return a copy with that many replicates
     */
    public Bootstrap replicates(int count) {
        if (count < 2) {
            throw new IllegalArgumentException("A bootstrap needs at least 2 replicates, got "
                    + count + "; 1000 or more is usual for 95% intervals.");
        }
        return new Bootstrap(count, seed, level);
    }

    /**
     * @param confidence confidence level in (0, 1)
     * @return a copy with that level
     */
    public Bootstrap level(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException(
                    "Confidence level must be strictly between 0 and 1, got " + confidence);
        }
        return new Bootstrap(replicates, seed, confidence);
    }

    /**
     * @param data the reliability data
     * @param coefficient the coefficient, e.g. {@code KrippendorffAlpha::nominal} or
     *        {@code d -> CohenKappa.compute(d, Weights.Kind.QUADRATIC)}
     * @return the percentile interval
     */
    public BootstrapInterval interval(ReliabilityData data,
            Function<ReliabilityData, AgreementResult> coefficient) {
        AgreementResult estimate = coefficient.apply(data);
        if (!estimate.defined()) {
            return new BootstrapInterval(estimate, Double.NaN, Double.NaN, level, 0, 0, seed,
                    false, "The coefficient is undefined on the data itself: "
                            + estimate.explanation());
        }
        Patterns patterns = Patterns.of(data);
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[replicates];
        int defined = 0;
        int[] drawn = new int[patterns.count()];
        for (int b = 0; b < replicates; b++) {
            // Draw units, not rows: a row of weight w is w units and so w times as likely. The
            // same draws on the expanded matrix pick units of the same patterns, so a weighted
            // matrix gives the expanded matrix's interval.
            patterns.draw(random, drawn);
            AgreementResult r = coefficient.apply(patterns.replicate(drawn));
            if (r.defined()) {
                values[defined++] = r.value();
            }
        }
        int undefined = replicates - defined;
        if (defined < 2) {
            return new BootstrapInterval(estimate, Double.NaN, Double.NaN, level, replicates,
                    undefined, seed, false, "Fewer than two bootstrap replicates gave a defined "
                            + "value; the data are too small or too uniform for an interval.");
        }
        double[] sorted = Arrays.copyOf(values, defined);
        Arrays.sort(sorted);
        double alpha = (1 - level) / 2;
        return new BootstrapInterval(estimate, quantile(sorted, alpha),
                quantile(sorted, 1 - alpha), level, replicates, undefined, seed, true, "");
    }

    /** R type 7 quantile of ascending data. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
