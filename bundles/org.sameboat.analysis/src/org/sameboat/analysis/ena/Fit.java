package org.sameboat.analysis.ena;

/**
 * How well the node positions let one read a unit's point off its network, on one dimension: rENA's
 * ena.correlations, the Pearson and Spearman correlations between the differences of every two units'
 * points and the differences of their networks' centroids. NaN where undefined (fewer than three units,
 * or no spread on the dimension).
 *
 * @param dimension from 1
 */
public record Fit(int dimension, double pearson, double spearman) {
}
