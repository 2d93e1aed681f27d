package org.sameboat.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CohenKappaTest {

    @Test
    void cohen1960ExampleHasKappa0492() {
        // Cohen (1960), p. 45: p_o = .70, p_c = .41, kappa = .492.
        AgreementResult r = CohenKappa.compute(PublishedData.cohen1960());
        assertEquals(0.70, r.observed(), 1e-12);
        assertEquals(0.41, r.expected(), 1e-12);
        assertEquals(0.492, r.value(), 5e-4);
    }

    @Test
    void abstractorsTableMatchesIrrCac() {
        // irrCAC README: kappa2.table(cont3x3abstractors) = 0.7964094.
        assertEquals(0.7964094, CohenKappa.compute(PublishedData.cont3x3abstractors()).value(),
                5e-8);
    }

    @Test
    void quadraticWeightedKappaOfAbstractorsTableMatchesIrrCac() {
        // irrCAC weighting vignette: kappa2.table(cont3x3abstractors, quadratic.weights(1:3))
        // = 0.8921569.
        assertEquals(0.8921569, CohenKappa.compute(PublishedData.cont3x3abstractors(),
                Weights.Kind.QUADRATIC).value(), 5e-8);
    }

    @Test
    void linearWeightedKappaUsesHalfCreditForAdjacentCategories() {
        // Linear weights on 3 ordered categories are 1, 0.5, 0 (irrCAC linear.weights(1:3)).
        // Table [[13,0,0],[0,20,7],[0,4,56]]: p_o = (89 + 0.5 * 11) / 100 = 0.945;
        // margins rows (13, 27, 60), cols (13, 24, 63):
        // p_e = sum_kl w_kl r_k c_l / 100^2 = 0.5727.
        AgreementResult r = CohenKappa.compute(PublishedData.cont3x3abstractors(),
                Weights.Kind.LINEAR);
        double pe = (13 * 13 + 0.5 * 13 * 24 + 0.5 * 27 * 13 + 27 * 24 + 0.5 * 27 * 63
                + 0.5 * 60 * 24 + 60 * 63) / 10000.0;
        assertEquals(0.945, r.observed(), 1e-12);
        assertEquals(pe, r.expected(), 1e-12);
        assertEquals((0.945 - pe) / (1 - pe), r.value(), 1e-12);
    }

    @Test
    void unitsWithAMissingValueAreDropped() {
        ReliabilityData data = ReliabilityData.builder(2).missingMarker("*")
                .addUnit("a", "a").addUnit("b", "b").addUnit("a", "b").addUnit("a", "*")
                .addUnit("*", "b").build();
        AgreementResult r = CohenKappa.compute(data);
        assertEquals(3, r.units());
        assertEquals(2.0 / 3, r.observed(), 1e-12);
    }

    @Test
    void kappaIsUndefinedWhenBothCodersUseOneCategory() {
        ReliabilityData data = ReliabilityData.builder(2).addUnits(5, "yes", "yes").build();
        AgreementResult r = CohenKappa.compute(data);
        assertFalse(r.defined());
        assertEquals(1.0, r.expected(), 0);
    }

    @Test
    void kappaIsUndefinedWhenNoUnitHasBothValues() {
        ReliabilityData data = ReliabilityData.builder(2).missingMarker("*")
                .addUnit("a", "*").addUnit("*", "b").build();
        assertFalse(CohenKappa.compute(data).defined());
    }

    @Test
    void kappaRejectsThreeCoders() {
        ReliabilityData data = ReliabilityData.builder(3).addUnit("a", "a", "b").build();
        assertThrows(IllegalArgumentException.class, () -> CohenKappa.compute(data));
    }
}
