package org.sameboat.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ScottPiTest {

    @Test
    void abstractorsTableMatchesIrrCac() {
        // irrCAC README: scott2.table(cont3x3abstractors) = 0.7962397.
        assertEquals(0.7962397, ScottPi.compute(PublishedData.cont3x3abstractors()).value(), 5e-8);
    }

    @Test
    void piEqualsFleissKappaForTwoCodersWithoutMissingValues() {
        ReliabilityData data = PublishedData.cohen1960();
        assertEquals(FleissKappa.compute(data).value(), ScottPi.compute(data).value(), 1e-12);
    }

    @Test
    void piRejectsOneCoder() {
        ReliabilityData data = ReliabilityData.builder(1).addUnit("a").build();
        assertThrows(IllegalArgumentException.class, () -> ScottPi.compute(data));
    }
}
