package org.sameboat.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WeightsTest {

    private static final ReliabilityData THREE = ReliabilityData.builder(1)
            .categories("a", "b", "c").addUnit("a").build();

    @Test
    void linearWeightsOnThreeCategoriesMatchIrrCac() {
        // irrCAC weighting vignette: linear.weights(1:3) = [[1, .5, 0], [.5, 1, .5], [0, .5, 1]]
        Weights w = Weights.of(Weights.Kind.LINEAR, THREE);
        assertEquals(0.5, w.get(0, 1), 0);
        assertEquals(0.0, w.get(0, 2), 0);
        assertEquals(1.0, w.get(1, 1), 0);
    }

    @Test
    void quadraticWeightsOnThreeCategoriesMatchIrrCac() {
        // irrCAC weighting vignette: quadratic.weights(1:3) = [[1, .75, 0], ...]
        Weights w = Weights.of(Weights.Kind.QUADRATIC, THREE);
        assertEquals(0.75, w.get(0, 1), 0);
        assertEquals(0.0, w.get(0, 2), 0);
    }

    @Test
    void numericCategoriesUseTheirValuesAsPositions() {
        ReliabilityData data = ReliabilityData.builder(1).addNumericUnit(0).addNumericUnit(1)
                .addNumericUnit(4).build();
        assertEquals(0.75, Weights.of(Weights.Kind.LINEAR, data).get(0, 1), 1e-15);
    }

    @Test
    void identityWeightsAreRecognisedAsUnweighted() {
        assertTrue(Weights.identity(THREE).isIdentity());
    }

    @Test
    void customWeightsMustHaveOnesOnTheDiagonal() {
        assertThrows(IllegalArgumentException.class,
                () -> Weights.custom(new double[][] {{1, 0}, {0, 0.5}}));
    }

    @Test
    void customWeightsMustBeSquare() {
        assertThrows(IllegalArgumentException.class,
                () -> Weights.custom(new double[][] {{1, 0}, {0}}));
    }

    @Test
    void weightsForOtherDataAreRejected() {
        ReliabilityData two = ReliabilityData.builder(2).addUnit("x", "y").build();
        Weights w = Weights.of(Weights.Kind.LINEAR, THREE);
        assertThrows(IllegalArgumentException.class, () -> GwetAc.ac2(two, w));
    }
}
