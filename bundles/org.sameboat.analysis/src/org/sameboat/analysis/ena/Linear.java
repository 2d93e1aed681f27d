package org.sameboat.analysis.ena;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/** The linear algebra ENA needs, on Apache Commons Math's singular value decomposition. */
final class Linear {

    /** Singular values below this share of the largest are zero: numerical noise of centring and deflating. */
    static final double RANK_TOLERANCE = 1e-10;

    private Linear() {
    }

    /** The right singular vectors of a matrix with non-zero singular values, largest first, as columns, with their values. */
    record Right(double[][] vectors, double[] values) {
    }

    static Right right(double[][] matrix) {
        RealMatrix x = new Array2DRowRealMatrix(matrix, false);
        int columns = x.getColumnDimension();
        if (x.getRowDimension() > columns) {
            // many units, few connections: X = QR, and R (columns × columns) has X's singular values and right
            // singular vectors, at a fraction of the cost of decomposing X itself
            x = new QRDecomposition(x).getR().getSubMatrix(0, columns - 1, 0, columns - 1);
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(x);
        double[] values = svd.getSingularValues();
        RealMatrix v = svd.getV();
        int rank = 0;
        while (rank < values.length && values[rank] > RANK_TOLERANCE * values[0] && values[rank] > 1e-300) {
            rank++;
        }
        double[][] vectors = new double[v.getRowDimension()][rank];
        double[] kept = new double[rank];
        for (int d = 0; d < rank; d++) {
            kept[d] = values[d];
            // LAPACK's (and so rENA's) signs are arbitrary; the largest entry positive makes Sameboat's repeatable
            int largest = 0;
            for (int p = 0; p < v.getRowDimension(); p++) {
                if (Math.abs(v.getEntry(p, d)) > Math.abs(v.getEntry(largest, d))) {
                    largest = p;
                }
            }
            double sign = v.getEntry(largest, d) < 0 ? -1 : 1;
            for (int p = 0; p < v.getRowDimension(); p++) {
                vectors[p][d] = sign * v.getEntry(p, d);
            }
        }
        return new Right(vectors, kept);
    }

    /** @return the Moore–Penrose pseudo-inverse, with the rank tolerance above */
    static RealMatrix pseudoInverse(RealMatrix matrix) {
        SingularValueDecomposition svd = new SingularValueDecomposition(matrix);
        double[] values = svd.getSingularValues();
        RealMatrix u = svd.getU();
        RealMatrix v = svd.getV();
        double[][] inverse = new double[matrix.getColumnDimension()][matrix.getRowDimension()];
        for (int d = 0; d < values.length; d++) {
            if (values[d] <= RANK_TOLERANCE * values[0] || values[d] <= 1e-300) {
                continue;
            }
            for (int i = 0; i < inverse.length; i++) {
                for (int j = 0; j < inverse[i].length; j++) {
                    inverse[i][j] += v.getEntry(i, d) * u.getEntry(j, d) / values[d];
                }
            }
        }
        return new Array2DRowRealMatrix(inverse, false);
    }

    static double[][] multiply(double[][] a, double[][] b) {
        return new Array2DRowRealMatrix(a, false).multiply(new Array2DRowRealMatrix(b, false)).getData();
    }
}
