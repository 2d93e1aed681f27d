package org.sameboat.analysis.ena;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * Epistemic network analysis of accumulated networks, following rENA's ena.make.set: sphere
 * normalisation (fun_sphere_norm), centring (center_data_c, the column means of all units, zero networks
 * included), a rotation (ena.svd, or ena.rotate.by.mean when two groups are compared), points = centred
 * rows × rotation, node positions by least squares (lws.positions.sq, see {@link NodePositions}), goodness
 * of fit (ena.correlations) and, for two groups, a test on dimension 1 ({@link Comparison}).
 */
public final class EnaModel {

    private EnaModel() {
    }

    /**
     * @param groups two groups of units to rotate by and compare, or empty for an SVD
     * @return the model
     * @throws IllegalArgumentException with a one-line message: fewer than two codes, fewer than two units,
     *         a group without units, two groups with the same mean network, or all networks alike
     */
    public static EnaSet fit(Accumulation accumulation, Optional<GroupPair> groups) {
        int m = accumulation.units().size();
        int p = accumulation.pairs().size();
        if (accumulation.codes().size() < 2) {
            throw new IllegalArgumentException("ENA needs at least two codes in scope, found " + accumulation.codes().size());
        }
        if (m < 2) {
            throw new IllegalArgumentException("ENA needs at least two units, found " + m);
        }
        double[][] normalized = new double[m][];
        List<String> zero = new ArrayList<>();
        for (int u = 0; u < m; u++) {
            normalized[u] = sphere(accumulation.counts()[u]);
            if (isZero(normalized[u])) {
                zero.add(accumulation.units().get(u));
            }
        }
        double[][] centered = center(normalized);
        double[][] rotation;
        Optional<Comparison> comparison = Optional.empty();
        if (groups.isPresent()) {
            List<Integer> first = members(accumulation, groups.get().first(), groups.get());
            List<Integer> second = members(accumulation, groups.get().second(), groups.get());
            rotation = meansRotation(centered, first, second, groups.get());
            double[][] points = Linear.multiply(centered, rotation);
            comparison = Optional.of(compare(groups.get(), column(points, first), column(points, second)));
        } else {
            rotation = Linear.right(centered).vectors();
        }
        if (rotation[0].length == 0) {
            throw new IllegalArgumentException("every unit has the same network, so there is no dimension to show");
        }
        double[][] points = Linear.multiply(centered, rotation);
        double total = 0;
        for (double[] row : centered) {
            for (double value : row) {
                total += value * value;
            }
        }
        int dims = rotation[0].length;
        double[] variance = new double[dims];
        for (int d = 0; d < dims; d++) {
            for (int u = 0; u < m; u++) {
                variance[d] += points[u][d] * points[u][d] / total;
            }
        }
        double[][] weights = NodePositions.weights(normalized, accumulation.codes().size());
        double[][] nodes = NodePositions.fit(weights, points);
        double[][] centroids = Linear.multiply(weights, nodes);
        List<Fit> fit = new ArrayList<>();
        for (int d = 0; d < Math.min(2, dims); d++) {
            fit.add(fit(d, points, centroids));
        }
        return new EnaSet(accumulation, normalized, List.copyOf(zero), centered, groups.isPresent(), rotation, points,
                variance, nodes, centroids, List.copyOf(fit), comparison);
    }

    /** @return the row divided by its Euclidean length; a zero row stays zero (rENA's fun_sphere_norm) */
    static double[] sphere(double[] row) {
        double length = 0;
        for (double value : row) {
            length += value * value;
        }
        length = Math.sqrt(length);
        double[] out = new double[row.length];
        for (int i = 0; i < row.length && length > 0; i++) {
            out[i] = row[i] / length;
        }
        return out;
    }

    private static boolean isZero(double[] row) {
        for (double value : row) {
            if (value != 0) {
                return false;
            }
        }
        return true;
    }

    private static double[][] center(double[][] rows) {
        int p = rows[0].length;
        double[] mean = new double[p];
        for (double[] row : rows) {
            for (int i = 0; i < p; i++) {
                mean[i] += row[i] / rows.length;
            }
        }
        double[][] out = new double[rows.length][p];
        for (int u = 0; u < rows.length; u++) {
            for (int i = 0; i < p; i++) {
                out[u][i] = rows[u][i] - mean[i];
            }
        }
        return out;
    }

    private static List<Integer> members(Accumulation accumulation, String value, GroupPair pair) {
        List<Integer> out = new ArrayList<>();
        for (int u = 0; u < accumulation.units().size(); u++) {
            if (accumulation.groupValues().get(u).map(value::equals).orElse(false)) {
                out.add(u);
            }
        }
        if (out.isEmpty()) {
            List<String> values = accumulation.groupValues().stream().flatMap(Optional::stream).distinct().toList();
            throw new IllegalArgumentException("no unit has " + pair.field() + " '" + value + "'; the units' values: "
                    + String.join(", ", values));
        }
        return out;
    }

    /**
     * rENA's ena.rotate.by.mean: dimension 1 is the difference of the two groups' mean (centred) networks,
     * normalised; the data are deflated by projecting that direction out, and the further dimensions are
     * the SVD of what is left (orthogonal to dimension 1 by construction).
     */
    private static double[][] meansRotation(double[][] centered, List<Integer> first, List<Integer> second, GroupPair pair) {
        int p = centered[0].length;
        double[] axis = new double[p];
        for (int u : first) {
            for (int i = 0; i < p; i++) {
                axis[i] += centered[u][i] / first.size();
            }
        }
        for (int u : second) {
            for (int i = 0; i < p; i++) {
                axis[i] -= centered[u][i] / second.size();
            }
        }
        double length = Math.sqrt(dot(axis, axis));
        if (length < 1e-12) {
            throw new IllegalArgumentException("the " + pair.field() + " groups '" + pair.first() + "' and '" + pair.second()
                    + "' have the same mean network, so there is no difference to rotate by");
        }
        for (int i = 0; i < p; i++) {
            axis[i] /= length;
        }
        double[][] deflated = new double[centered.length][p];
        for (int u = 0; u < centered.length; u++) {
            double along = dot(centered[u], axis);
            for (int i = 0; i < p; i++) {
                deflated[u][i] = centered[u][i] - along * axis[i];
            }
        }
        double[][] rest = Linear.right(deflated).vectors();
        int dims = 1 + rest[0].length;
        double[][] rotation = new double[p][dims];
        for (int i = 0; i < p; i++) {
            rotation[i][0] = axis[i];
            System.arraycopy(rest[i], 0, rotation[i], 1, dims - 1);
        }
        return rotation;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double[] column(double[][] points, List<Integer> units) {
        return units.stream().mapToDouble(u -> points[u][0]).toArray();
    }

    /** rENA's ena.correlations: over every two units a < b, the point differences against the centroid differences. */
    private static Fit fit(int d, double[][] points, double[][] centroids) {
        int m = points.length;
        int pairs = m * (m - 1) / 2;
        if (pairs < 2) {
            return new Fit(d + 1, Double.NaN, Double.NaN);
        }
        double[] pointDiff = new double[pairs];
        double[] centroidDiff = new double[pairs];
        int k = 0;
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++, k++) {
                pointDiff[k] = points[a][d] - points[b][d];
                centroidDiff[k] = centroids[a][d] - centroids[b][d];
            }
        }
        PearsonsCorrelation pearson = new PearsonsCorrelation();
        return new Fit(d + 1, pearson.correlation(pointDiff, centroidDiff),
                pearson.correlation(averageRanks(pointDiff), averageRanks(centroidDiff)));
    }

    /**
     * Spearman's correlation is Pearson's of the ranks, ties sharing their average rank (as R's cor and Commons Math's
     * SpearmansCorrelation rank them; that class boxes every value, which took seconds on the 125,000 differences of 500
     * units, so the ranks are taken here on primitives).
     */
    static double[] averageRanks(double[] values) {
        int n = values.length;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] ranks = new double[n];
        for (int i = 0; i < n; i++) {
            // the first and last position of the value among the sorted ones give the average of the ranks it ties for
            int first = lowerBound(sorted, values[i]);
            int last = lowerBound(sorted, Math.nextUp(values[i])) - 1;
            ranks[i] = (first + last) / 2.0 + 1;
        }
        return ranks;
    }

    private static int lowerBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    static Comparison compare(GroupPair pair, double[] a, double[] b) {
        double mean1 = mean(a);
        double mean2 = mean(b);
        double v1 = variance(a, mean1);
        double v2 = variance(b, mean2);
        double u = 0;
        for (double x : a) {
            for (double y : b) {
                u += x > y ? 1 : x == y ? 0.5 : 0;
            }
        }
        double uP = new MannWhitneyUTest().mannWhitneyUTest(a, b);
        if (a.length < 2 || b.length < 2) {
            return new Comparison(pair, a.length, b.length, mean1, mean2, Math.sqrt(v1), Math.sqrt(v2), Double.NaN,
                    Double.NaN, Double.NaN, u, uP, Double.NaN,
                    Optional.of("the t-test and Cohen's d need at least two units in each group"));
        }
        double se = v1 / a.length + v2 / b.length;
        double pooled = Math.sqrt(((a.length - 1) * v1 + (b.length - 1) * v2) / (a.length + b.length - 2));
        if (se == 0) {
            return new Comparison(pair, a.length, b.length, mean1, mean2, 0, 0, Double.NaN, Double.NaN, Double.NaN, u, uP,
                    Double.NaN, Optional.of("the points do not vary within either group"));
        }
        double df = se * se / (Math.pow(v1 / a.length, 2) / (a.length - 1) + Math.pow(v2 / b.length, 2) / (b.length - 1));
        TTest test = new TTest();
        return new Comparison(pair, a.length, b.length, mean1, mean2, Math.sqrt(v1), Math.sqrt(v2), test.t(a, b), df,
                test.tTest(a, b), u, uP, (mean1 - mean2) / pooled, Optional.empty());
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double variance(double[] values, double mean) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return sum / (values.length - 1);
    }
}
