package org.sameboat.analysis.agreement;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Krippendorff's alpha for coded units (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability"; Krippendorff 2004, <i>Content Analysis</i>, ch. 11), for any number of
 * coders and missing values, at the nominal, ordinal, interval and ratio levels, via the
 * coincidence matrix:
 * {@code o_ck = sum_u (number of c-k pairs of values from different coders in u) / (m_u - 1)},
 * {@code n_c = sum_k o_ck}, {@code D_o = sum_ck o_ck delta_ck / n},
 * {@code D_e = sum_ck n_c n_k delta_ck / (n (n - 1))}, {@code alpha = 1 - D_o / D_e}.
 *
 * <p>Only <em>pairable</em> values count: units with a single value contribute nothing, to
 * observed or expected disagreement alike. The result reports disagreements
 * ({@link AgreementResult.Basis#DISAGREEMENT}) and {@code units} = number of pairable units. When
 * every pairable value is the same, {@code D_e = 0} and alpha is undefined (Krippendorff: "alpha
 * = 1 - 0/0"); we say so rather than returning 1 or 0.
 *
 * <p>Conventions where tools differ: R irr's {@code kripp.alpha} mis-weights pairs on complete
 * data with three or more coders; we follow Krippendorff's (2011) coincidence definition (as do
 * DKPro, Hayes' KALPHA macro and Gwet's irrCAC) and do not copy it. The ordinal metric uses the
 * category order of the data (numeric order for numbers, the explicit or first-seen order for
 * labels), with the pairable marginals {@code n_g}: {@code delta_ck = (sum_{g=c..k} n_g - (n_c +
 * n_k)/2)^2}. Interval and ratio need numeric categories; ratio additionally needs non-negative
 * values ({@code delta = ((c-k)/(c+k))^2}, 0 when c = k = 0).
 */
public final class KrippendorffAlpha {

    /** Level of measurement, selecting the difference function delta. */
    public enum Level {
        /** delta = 0 if equal, else 1. */
        NOMINAL,
        /** Rank-based, using the pairable frequencies between the two categories. */
        ORDINAL,
        /** delta = (c - k)^2 on numeric values. */
        INTERVAL,
        /** delta = ((c - k) / (c + k))^2 on non-negative numeric values. */
        RATIO
    }

    private KrippendorffAlpha() {
    }

    /**
     * @param data reliability data
     * @return nominal alpha
     */
    public static AgreementResult nominal(ReliabilityData data) {
        return compute(data, Level.NOMINAL);
    }

    /**
     * @param data reliability data (any number of coders, missing values allowed)
     * @param level level of measurement
     * @return alpha at that level
     * @throws IllegalArgumentException if the level needs numbers the data does not have
     */
    public static AgreementResult compute(ReliabilityData data, Level level) {
        String name = "Krippendorff's alpha (" + level.name().toLowerCase(java.util.Locale.ROOT)
                + ")";
        double[] x = values(data, level);
        Pairable p = Pairable.of(data);
        if (p.units == 0) {
            return AgreementResult.noPairableUnits(name, AgreementResult.Basis.DISAGREEMENT);
        }
        double n = p.values;
        Delta delta = delta(level, x, p.marginals);
        double expected = expectedSum(level, x, p.marginals, delta) / (n * (n - 1));
        if (level == Level.NOMINAL) {
            // Nominal D_o is the off-diagonal share of the coincidences: no second pass needed.
            double diagonal = 0;
            for (double d : p.diagonal) {
                diagonal += d;
            }
            return AgreementResult.ofDisagreement(name, (n - diagonal) / n, expected, p.units);
        }
        int m = data.coderCount();
        int[] codes = data.codes();
        int[] vals = new int[m];
        double observed = 0;
        double comp = 0; // Neumaier compensation: many small terms over large data
        for (int u = 0, base = 0; u < data.rowCount(); u++, base += m) {
            int k = 0;
            for (int g = 0; g < m; g++) {
                int c = codes[base + g];
                if (c != ReliabilityData.MISSING) {
                    vals[k++] = c;
                }
            }
            if (k < 2) {
                continue;
            }
            double s = 0;
            for (int i = 0; i < k; i++) {
                for (int j = i + 1; j < k; j++) {
                    if (vals[i] != vals[j]) {
                        s += delta.of(vals[i], vals[j]);
                    }
                }
            }
            double term = data.weight(u) * (2 * s / (k - 1));
            double t = observed + term;
            comp += Math.abs(observed) >= Math.abs(term) ? (observed - t) + term
                    : (term - t) + observed;
            observed = t;
        }
        observed += comp;
        return AgreementResult.ofDisagreement(name, observed / n, expected, p.units);
    }

    /**
     * Nominal alpha per category, each category against all others pooled (Krippendorff 2004:
     * binary alpha of "c" versus "not c").
     *
     * @param data reliability data
     * @return alpha per category label in category order; undefined for a category no pairable
     *         value uses, or that every pairable value uses
     */
    public static Map<String, AgreementResult> perCategory(ReliabilityData data) {
        Pairable p = Pairable.of(data);
        Map<String, AgreementResult> out = new LinkedHashMap<>();
        for (int c = 0; c < data.categoryCount(); c++) {
            String label = data.categories().get(c);
            String name = "Krippendorff's alpha for category '" + label + "'";
            if (p.units == 0) {
                out.put(label, AgreementResult.noPairableUnits(name,
                        AgreementResult.Basis.DISAGREEMENT));
                continue;
            }
            double n = p.values;
            double nc = p.marginals[c];
            double offDiagonal = nc - p.diagonal[c]; // o(c, not c)
            double observed = 2 * offDiagonal / n;
            double expected = 2 * nc * (n - nc) / (n * (n - 1));
            out.put(label, AgreementResult.ofDisagreement(name, observed, expected, p.units));
        }
        return out;
    }

    private static double[] values(ReliabilityData data, Level level) {
        if (level != Level.INTERVAL && level != Level.RATIO) {
            return new double[0];
        }
        if (!data.hasNumericCategories()) {
            throw new IllegalArgumentException("The " + level.name().toLowerCase(
                    java.util.Locale.ROOT) + " level needs numeric values, but some categories "
                    + "are not numbers: " + data.categories() + ". Build the matrix with "
                    + "addNumericUnit(...) or use the nominal/ordinal level.");
        }
        double[] x = new double[data.categoryCount()];
        for (int c = 0; c < x.length; c++) {
            x[c] = data.numericValue(c);
            if (level == Level.RATIO && x[c] < 0) {
                throw new IllegalArgumentException("The ratio level needs non-negative values, "
                        + "found " + x[c] + ". Use the interval level for data with negatives.");
            }
        }
        return x;
    }

    @FunctionalInterface
    private interface Delta {
        double of(int c, int k);
    }

    private static Delta delta(Level level, double[] x, double[] marginals) {
        return switch (level) {
            case NOMINAL -> (c, k) -> c == k ? 0 : 1;
            case INTERVAL -> (c, k) -> (x[c] - x[k]) * (x[c] - x[k]);
            case RATIO -> (c, k) -> {
                double s = x[c] + x[k];
                double d = s == 0 ? 0 : (x[c] - x[k]) / s;
                return d * d;
            };
            case ORDINAL -> {
                double[] cum = new double[marginals.length + 1];
                for (int i = 0; i < marginals.length; i++) {
                    cum[i + 1] = cum[i] + marginals[i];
                }
                yield (c, k) -> {
                    int lo = Math.min(c, k);
                    int hi = Math.max(c, k);
                    double d = cum[hi + 1] - cum[lo] - (marginals[c] + marginals[k]) / 2;
                    return d * d;
                };
            }
        };
    }

    /** sum_ck n_c n_k delta_ck, in O(q) where a closed form exists. */
    private static double expectedSum(Level level, double[] x, double[] nc, Delta delta) {
        int q = nc.length;
        if (level == Level.NOMINAL) {
            double n = 0;
            double sq = 0;
            for (double v : nc) {
                n += v;
                sq += v * v;
            }
            return n * n - sq;
        }
        if (level == Level.INTERVAL) {
            // sum_ck n_c n_k (x_c - x_k)^2 = 2 (n sum n x^2 - (sum n x)^2), centred for accuracy
            double n = 0;
            double mean = 0;
            for (int c = 0; c < q; c++) {
                n += nc[c];
                mean += nc[c] * x[c];
            }
            mean /= n;
            double ss = 0;
            for (int c = 0; c < q; c++) {
                ss += nc[c] * (x[c] - mean) * (x[c] - mean);
            }
            return 2 * n * ss;
        }
        double s = 0;
        for (int c = 0; c < q; c++) {
            if (nc[c] == 0) {
                continue;
            }
            for (int k = c + 1; k < q; k++) {
                if (nc[k] != 0) {
                    s += nc[c] * nc[k] * delta.of(c, k);
                }
            }
        }
        return 2 * s;
    }

    /** Pairable marginals n_c, diagonal o_cc and counts. */
    private static final class Pairable {
        final int units;
        final double values;
        final double[] marginals;
        final double[] diagonal;

        private Pairable(int units, double values, double[] marginals, double[] diagonal) {
            this.units = units;
            this.values = values;
            this.marginals = marginals;
            this.diagonal = diagonal;
        }

        static Pairable of(ReliabilityData data) {
            int q = data.categoryCount();
            int m = data.coderCount();
            int[] codes = data.codes();
            double[] marg = new double[q];
            double[] diag = new double[q];
            int[] counts = new int[q];
            int[] vals = new int[m];
            int units = 0;
            long values = 0;
            for (int u = 0, base = 0; u < data.rowCount(); u++, base += m) {
                int weight = data.weight(u);
                int n = 0;
                for (int g = 0; g < m; g++) {
                    int c = codes[base + g];
                    if (c != ReliabilityData.MISSING) {
                        vals[n++] = c;
                    }
                }
                if (n < 2) {
                    continue;
                }
                units += weight;
                values += (long) weight * n;
                for (int i = 0; i < n; i++) {
                    marg[vals[i]] += weight;
                    counts[vals[i]]++;
                }
                for (int i = 0; i < n; i++) {
                    int c = vals[i];
                    if (counts[c] > 0) {
                        diag[c] += weight * ((double) counts[c] * (counts[c] - 1) / (n - 1));
                        counts[c] = 0;
                    }
                }
            }
            return new Pairable(units, values, marg, diag);
        }
    }
}
