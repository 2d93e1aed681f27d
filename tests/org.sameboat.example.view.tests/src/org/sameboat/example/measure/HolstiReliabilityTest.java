package org.sameboat.example.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.agreement.PercentAgreement;
import org.sameboat.analysis.agreement.ReliabilityData;

class HolstiReliabilityTest {

    private final HolstiReliability holsti = new HolstiReliability();

    @Test
    void aUnitOnlyOneCoderCodedCountsAgainstAgreement() {
        // A decided 5 units, B 4; they agree on 3: C.R. = 2 * 3 / (5 + 4)
        ReliabilityData data = ReliabilityData.builder(2).missingMarker("").addUnit("a", "a").addUnit("a", "b")
                .addUnit("b", "b").addUnit("b", "").addUnit("c", "c").build();
        AgreementResult result = holsti.compute(data);
        assertTrue(result.defined());
        assertEquals(6.0 / 9.0, result.value(), 1e-12);
        assertEquals(5, result.units());
    }

    @Test
    void withoutMissingValuesItIsPercentAgreement() {
        ReliabilityData data = ReliabilityData.builder(2).addUnit("a", "a").addUnit("a", "b").addUnit("b", "b")
                .addUnit("c", "b").build();
        assertEquals(PercentAgreement.compute(data).value(), holsti.compute(data).value(), 1e-12);
    }

    @Test
    void moreThanTwoCodersAverageTheirPairs() {
        // pairs: (A,B) agree on 1 of 2 -> 0.5; (A,C) on 2 of 2 -> 1; (B,C) on 1 of 2 -> 0.5
        ReliabilityData data = ReliabilityData.builder(3).addUnit("a", "a", "a").addUnit("b", "a", "b").build();
        assertEquals(2.0 / 3.0, holsti.compute(data).value(), 1e-12);
    }

    @Test
    void aSingleCoderGivesAnUndefinedResultThatSaysWhy() {
        AgreementResult result = holsti.compute(ReliabilityData.builder(1).addUnit("a").build());
        assertFalse(result.defined());
        assertTrue(result.explanation().contains("two coders"));
    }

    @Test
    void itsNameFitsTheCommandLine() {
        assertTrue(holsti.name().matches("[a-z]+(-[a-z]+)*"));
    }
}
