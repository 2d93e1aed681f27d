package org.sameboat.analysis.ena;

import java.util.List;
import java.util.Optional;

/**
 * An epistemic network model of a project's units (see {@link EnaModel}).
 *
 * @param accumulation codes, pairs, units and accumulated counts
 * @param normalized units × pairs, each row of unit length (a zero row stays zero)
 * @param zeroUnits the units whose network is empty (no connection in any of their stanzas)
 * @param centered units × pairs, the normalised rows minus the column means
 * @param means whether dimension 1 is a means rotation (else all dimensions are SVD's)
 * @param rotation pairs × dimensions, orthonormal columns
 * @param points units × dimensions, centred rows × rotation
 * @param variance per dimension, its share of the total variance of the centred rows (they sum to 1)
 * @param nodes codes × dimensions, the fitted node positions
 * @param centroids units × dimensions, each unit's network centroid with those node positions
 * @param fit goodness of fit on dimensions 1 and 2
 * @param comparison the two groups on dimension 1, when groups were given
 */
public record EnaSet(Accumulation accumulation, double[][] normalized, List<String> zeroUnits, double[][] centered,
        boolean means, double[][] rotation, double[][] points, double[] variance, double[][] nodes, double[][] centroids,
        List<Fit> fit, Optional<Comparison> comparison) {

    /** @return the number of dimensions */
    public int dimensions() {
        return variance.length;
    }

    /**
     * @param units indices of units
     * @return the mean of their normalised networks, per pair (what rENA plots as a group's mean network)
     */
    public double[] meanNetwork(List<Integer> units) {
        double[] mean = new double[accumulation.pairs().size()];
        for (int u : units) {
            for (int p = 0; p < mean.length; p++) {
                mean[p] += normalized[u][p] / units.size();
            }
        }
        return mean;
    }

    /** @return the indices of the units whose group value is the given one */
    public List<Integer> unitsOf(String groupValue) {
        return java.util.stream.IntStream.range(0, accumulation.units().size())
                .filter(u -> accumulation.groupValues().get(u).map(groupValue::equals).orElse(false)).boxed().toList();
    }
}
