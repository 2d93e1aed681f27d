package org.sameboat.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CongerKappaTest {

    @Test
    void krippendorff2011DataMatchesIrrCac() {
        // irrCAC README: conger.kappa.raw(cac.raw4raters): pe 0.2334252, kappa 0.76282.
        AgreementResult r = CongerKappa.compute(PublishedData.krippendorff2011());
        assertEquals(0.2334252, r.expected(), 5e-8);
        assertEquals(0.76282, r.value(), 5e-6);
    }

    @Test
    void quadraticWeightsMatchIrrCac() {
        // irrCAC weighting vignette: conger.kappa.raw(cac.raw4raters, "quadratic"):
        // pe 0.8269638, kappa 0.85771.
        ReliabilityData data = PublishedData.krippendorff2011();
        AgreementResult r = CongerKappa.compute(data, Weights.of(Weights.Kind.QUADRATIC, data));
        assertEquals(0.8269638, r.expected(), 5e-8);
        assertEquals(0.85771, r.value(), 5e-6);
    }

    @Test
    void twoCoderCongerKappaEqualsCohensKappa() {
        ReliabilityData data = PublishedData.cont3x3abstractors();
        assertEquals(CohenKappa.compute(data).value(), CongerKappa.compute(data).value(), 1e-12);
    }

    @Test
    void aCoderWhoCodedNothingMakesCongersKappaUndefinedAndIsNamedCountingFromOne() {
        ReliabilityData data = ReliabilityData.builder(3).missingMarker("*")
                .addUnit("a", "a", "*").addUnit("b", "a", "*").build();
        AgreementResult r = CongerKappa.compute(data);
        assertFalse(r.defined());
        assertTrue(Double.isNaN(r.value()));
        assertTrue(r.explanation().contains("coder 3 coded no unit"), r.explanation());
    }

    @Test
    void aNamedCoderWhoCodedNothingIsNamedInTheExplanation() {
        ReliabilityData data = ReliabilityData.builder(3).missingMarker("*")
                .coderNames("ann", "bob", "cy").addUnit("a", "a", "*").addUnit("b", "a", "*")
                .build();
        assertTrue(CongerKappa.compute(data).explanation().contains("coder 'cy' coded no unit"));
    }
}
