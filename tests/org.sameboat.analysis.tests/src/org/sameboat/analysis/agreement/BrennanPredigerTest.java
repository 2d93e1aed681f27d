package org.sameboat.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BrennanPredigerTest {

    @Test
    void krippendorff2011DataMatchesIrrCac() {
        // irrCAC README: bp.coeff.raw(cac.raw4raters): pe 0.2, coefficient 0.77273.
        AgreementResult r = BrennanPrediger.compute(PublishedData.krippendorff2011());
        assertEquals(0.2, r.expected(), 1e-15);
        assertEquals(0.77273, r.value(), 5e-6);
    }

    @Test
    void quadraticWeightsMatchIrrCac() {
        // irrCAC weighting vignette: bp.coeff.raw(cac.raw4raters, "quadratic"): pe 0.75,
        // coefficient 0.90152.
        ReliabilityData data = PublishedData.krippendorff2011();
        AgreementResult r = BrennanPrediger.compute(data,
                Weights.of(Weights.Kind.QUADRATIC, data));
        assertEquals(0.75, r.expected(), 1e-12);
        assertEquals(0.90152, r.value(), 5e-6);
    }

    @Test
    void abstractorsTableMatchesIrrCac() {
        // irrCAC README / weighting vignette: bp2.table(cont3x3abstractors) = 0.835, quadratic
        // 0.9175.
        ReliabilityData data = PublishedData.cont3x3abstractors();
        assertEquals(0.835, BrennanPrediger.compute(data).value(), 1e-12);
        assertEquals(0.9175, BrennanPrediger.compute(data,
                Weights.of(Weights.Kind.QUADRATIC, data)).value(), 1e-12);
    }

    @Test
    void declaredButUnusedCategoriesLowerChanceAgreement() {
        ReliabilityData observedOnly = ReliabilityData.builder(2).addUnit("a", "a")
                .addUnit("b", "b").addUnit("a", "b").build();
        ReliabilityData declared = ReliabilityData.builder(2).categories("a", "b", "c", "d")
                .addUnit("a", "a").addUnit("b", "b").addUnit("a", "b").build();
        assertEquals(0.5, BrennanPrediger.compute(observedOnly).expected(), 1e-15);
        assertEquals(0.25, BrennanPrediger.compute(declared).expected(), 1e-15);
    }
}
