package org.sameboat.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class PercentAgreementTest {

    @Test
    void krippendorff2011DataMatchesIrrCac() {
        // irrCAC README: pa.coeff.raw(cac.raw4raters) = 0.8181818 (9 of 11 pairable units).
        AgreementResult r = PercentAgreement.compute(PublishedData.krippendorff2011());
        assertEquals(0.8181818, r.value(), 5e-8);
        assertEquals(11, r.units());
        assertEquals(0.0, r.expected(), 0);
    }

    @Test
    void quadraticWeightsMatchIrrCac() {
        // irrCAC weighting vignette: pa.coeff.raw(cac.raw4raters, "quadratic") = 0.9753788.
        ReliabilityData data = PublishedData.krippendorff2011();
        assertEquals(0.9753788, PercentAgreement.compute(data,
                Weights.of(Weights.Kind.QUADRATIC, data)).value(), 5e-8);
    }

    @Test
    void abstractorsTableMatchesIrrCac() {
        // irrCAC README / weighting vignette: pa2.table(cont3x3abstractors) = 0.89, quadratic
        // 0.9725.
        ReliabilityData data = PublishedData.cont3x3abstractors();
        assertEquals(0.89, PercentAgreement.compute(data).value(), 1e-12);
        assertEquals(0.9725, PercentAgreement.compute(data,
                Weights.of(Weights.Kind.QUADRATIC, data)).value(), 1e-12);
    }

    @Test
    void eachPairableUnitWeighsTheSameWhateverItsNumberOfValues() {
        // unit 1: 3 values, 1 of 3 pairs agree; unit 2: 2 values that agree -> (1/3 + 1) / 2
        ReliabilityData data = ReliabilityData.builder(3).missingMarker("*")
                .addUnit("a", "a", "b").addUnit("c", "c", "*").build();
        assertEquals((1.0 / 3 + 1.0) / 2, PercentAgreement.compute(data).value(), 1e-15);
    }

    @Test
    void percentAgreementIsUndefinedWithoutPairableUnits() {
        ReliabilityData data = ReliabilityData.builder(2).missingMarker("*").addUnit("a", "*")
                .build();
        assertFalse(PercentAgreement.compute(data).defined());
    }
}
