package org.sameboat.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class GwetAcTest {

    @Test
    void ac1OfKrippendorff2011DataMatchesIrrCac() {
        // irrCAC README: gwet.ac1.raw(cac.raw4raters): pa 0.8181818, pe 0.1903212, AC1 0.77544.
        AgreementResult r = GwetAc.ac1(PublishedData.krippendorff2011());
        assertEquals(0.8181818, r.observed(), 5e-8);
        assertEquals(0.1903212, r.expected(), 5e-8);
        assertEquals(0.77544, r.value(), 5e-6);
    }

    @Test
    void ac2WithQuadraticWeightsMatchesIrrCac() {
        // irrCAC weighting vignette: gwet.ac1.raw(cac.raw4raters, "quadratic"): pa 0.9753788,
        // pe 0.7137044, AC2 0.914.
        ReliabilityData data = PublishedData.krippendorff2011();
        AgreementResult r = GwetAc.ac2(data, Weights.of(Weights.Kind.QUADRATIC, data));
        assertEquals(0.9753788, r.observed(), 5e-8);
        assertEquals(0.7137044, r.expected(), 5e-8);
        assertEquals(0.914, r.value(), 5e-4);
    }

    @Test
    void ac1OfAbstractorsTableMatchesIrrCac() {
        // irrCAC README: gwet.ac1.table(cont3x3abstractors) = 0.8493305.
        assertEquals(0.8493305, GwetAc.ac1(PublishedData.cont3x3abstractors()).value(), 5e-8);
    }

    @Test
    void ac2OfAbstractorsTableMatchesIrrCac() {
        // irrCAC weighting vignette: gwet.ac1.table(cont3x3abstractors, quadratic) = 0.9402369.
        ReliabilityData data = PublishedData.cont3x3abstractors();
        assertEquals(0.9402369, GwetAc.ac2(data, Weights.of(Weights.Kind.QUADRATIC, data))
                .value(), 5e-8);
    }

    @Test
    void ac1OfDistrib6RatersMatchesIrrCac() {
        // irrCAC README: gwet.ac1.dist(distrib.6raters) = 0.4448007 (pe 0.1914815).
        AgreementResult r = GwetAc.ac1(PublishedData.distrib6raters());
        assertEquals(0.4448007, r.value(), 5e-8);
        assertEquals(0.1914815, r.expected(), 5e-8);
    }

    @Test
    void ac2OfDistrib6RatersMatchesIrrCac() {
        // irrCAC weighting vignette: gwet.ac1.dist(distrib.6raters, quadratic) = 0.4837438.
        ReliabilityData data = PublishedData.distrib6raters();
        assertEquals(0.4837438, GwetAc.ac2(data, Weights.of(Weights.Kind.QUADRATIC, data))
                .value(), 5e-8);
    }

    @Test
    void ac1IsUndefinedWithOneCategory() {
        ReliabilityData data = ReliabilityData.builder(2).addUnits(4, "x", "x").build();
        assertFalse(GwetAc.ac1(data).defined());
    }
}
