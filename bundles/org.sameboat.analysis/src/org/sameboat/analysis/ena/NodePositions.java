package org.sameboat.analysis.ena;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Node positions fitted as rENA's lws.positions.sq / lws_lsq_positions fits them.
 *
 * <p>Each unit's network is reduced to a weight per node: half the weight of every edge at the node (an
 * edge's midpoint lies halfway between its two nodes), the row scaled to sum to 1 in absolute value
 * (rENA floors the sum at 1e-4, so an empty network keeps zero weights). With W the units × codes matrix
 * of these weights and T the units × dimensions points, the node positions X (codes × dimensions) solve
 * the least squares problem min ‖W X − T‖², column by column, that is the normal equations
 * WᵀW X = WᵀT: each unit's point is as close as possible to the centroid W X of its network. Where WᵀW is
 * singular (fewer units than codes, a code in no network) the minimum-norm solution W⁺T is taken, which
 * is what Armadillo's solve, used by rENA, falls back to.
 */
final class NodePositions {

    private NodePositions() {
    }

    /** @return codes × units node weights of the normalised networks */
    static double[][] weights(double[][] normalized, int codes) {
        double[][] w = new double[normalized.length][codes];
        for (int u = 0; u < normalized.length; u++) {
            int p = 0;
            for (int j = 1; j < codes; j++) {
                for (int i = 0; i < j; i++, p++) {
                    w[u][i] += 0.5 * normalized[u][p];
                    w[u][j] += 0.5 * normalized[u][p];
                }
            }
            double length = 0;
            for (double value : w[u]) {
                length += Math.abs(value);
            }
            length = Math.max(length, 1e-4);
            for (int c = 0; c < codes; c++) {
                w[u][c] /= length;
            }
        }
        return w;
    }

    /** @return codes × dimensions, the least squares node positions W⁺ T */
    static double[][] fit(double[][] weights, double[][] points) {
        RealMatrix w = new Array2DRowRealMatrix(weights, false);
        return Linear.pseudoInverse(w).multiply(new Array2DRowRealMatrix(points, false)).getData();
    }
}
