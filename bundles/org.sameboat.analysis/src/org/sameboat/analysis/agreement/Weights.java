package org.sameboat.analysis.agreement;

import java.util.Arrays;
import java.util.Objects;

/**
 * A q × q matrix of <em>agreement</em> weights between categories (1 on the diagonal, 0 for total
 * disagreement), as used by Cohen (1968) for weighted kappa and by Gwet (2014, ch. 3) for AC2 and
 * the weighted versions of the other coefficients.
 *
 * <p>Linear and quadratic weights follow Gwet's irrCAC definitions: with category positions
 * {@code x}, {@code w = 1 - |x_k - x_l| / (x_max - x_min)} (linear) and
 * {@code w = 1 - (x_k - x_l)^2 / (x_max - x_min)^2} (quadratic). The positions are the categories'
 * numeric values when every category has one, otherwise their ranks 1..q in the matrix's category
 * order (see {@link ReliabilityData}). Because of that, fix the category order explicitly with
 * {@link ReliabilityData.Builder#categories(String...)} whenever labels are not numbers.
 */
public final class Weights {

    /** The predefined weighting schemes. */
    public enum Kind {
        /** Identity weights: the unweighted coefficient. */
        IDENTITY,
        /** Linear (absolute difference) weights. */
        LINEAR,
        /** Quadratic (squared difference) weights. */
        QUADRATIC
    }

    private final String name;
    private final double[][] matrix;
    private final boolean identity;

    private Weights(String name, double[][] matrix) {
        this.name = name;
        this.matrix = matrix;
        boolean id = true;
        for (int k = 0; k < matrix.length; k++) {
            for (int l = 0; l < matrix.length; l++) {
                id &= matrix[k][l] == (k == l ? 1.0 : 0.0);
            }
        }
        this.identity = id;
    }

    /**
     * @param kind the scheme
     * @param data the data whose categories (and their order/values) define the positions
     * @return the weights for that data
     */
    public static Weights of(Kind kind, ReliabilityData data) {
        Objects.requireNonNull(kind, "kind");
        double[] x = data.positions();
        int q = x.length;
        double[][] w = new double[q][q];
        double min = Arrays.stream(x).min().orElse(0);
        double range = Arrays.stream(x).max().orElse(0) - min;
        for (int k = 0; k < q; k++) {
            for (int l = 0; l < q; l++) {
                if (k == l || kind == Kind.IDENTITY || range == 0) {
                    // One-category data has no range to scale by; identity is the only sensible
                    // weighting there (and the coefficient will be reported undefined anyway).
                    w[k][l] = k == l ? 1.0 : 0.0;
                } else if (kind == Kind.LINEAR) {
                    w[k][l] = 1.0 - Math.abs(x[k] - x[l]) / range;
                } else {
                    double d = (x[k] - x[l]) / range;
                    w[k][l] = 1.0 - d * d;
                }
            }
        }
        return new Weights(kind.name().toLowerCase(java.util.Locale.ROOT), w);
    }

    /**
     * @param data the data
     * @return identity weights for the data's categories (the unweighted case)
     */
    public static Weights identity(ReliabilityData data) {
        return of(Kind.IDENTITY, data);
    }

    /**
     * Custom weights, e.g. from a codebook that says which categories are "close".
     *
     * @param matrix square, entries in [0, 1], 1 on the diagonal; indexed in category order
     * @return the weights
     */
    public static Weights custom(double[][] matrix) {
        int q = matrix.length;
        double[][] copy = new double[q][];
        for (int k = 0; k < q; k++) {
            if (matrix[k].length != q) {
                throw new IllegalArgumentException("Weights must be a square matrix; row " + k
                        + " has " + matrix[k].length + " entries, expected " + q + ".");
            }
            copy[k] = matrix[k].clone();
            for (int l = 0; l < q; l++) {
                double v = copy[k][l];
                if (!(v >= 0.0 && v <= 1.0)) {
                    throw new IllegalArgumentException(
                            "Weight [" + k + "][" + l + "] = " + v + " is outside [0, 1].");
                }
            }
            if (copy[k][k] != 1.0) {
                throw new IllegalArgumentException("Weight [" + k + "][" + k
                        + "] must be 1: a category fully agrees with itself.");
            }
        }
        return new Weights("custom", copy);
    }

    /** @return number of categories the weights cover */
    public int size() {
        return matrix.length;
    }

    /**
     * @param k category index
     * @param l category index
     * @return the agreement weight between them
     */
    public double get(int k, int l) {
        return matrix[k][l];
    }

    /** @return whether these are identity weights (the unweighted case) */
    public boolean isIdentity() {
        return identity;
    }

    /** @return the scheme name used in coefficient names */
    public String name() {
        return name;
    }

    /** Sum of all weights, Gwet's T_w. */
    double sum() {
        double s = 0;
        for (double[] row : matrix) {
            for (double v : row) {
                s += v;
            }
        }
        return s;
    }

    void requireSize(ReliabilityData data) {
        if (matrix.length != data.categoryCount()) {
            throw new IllegalArgumentException("Weights cover " + matrix.length
                    + " categories but the data has " + data.categoryCount()
                    + "; build the weights from the same data.");
        }
    }

    /** Name suffix for coefficient names: empty when unweighted. */
    String suffix() {
        return identity ? "" : " (" + name + " weights)";
    }
}
