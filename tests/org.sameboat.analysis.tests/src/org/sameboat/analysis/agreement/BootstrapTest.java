package org.sameboat.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static final ReliabilityData HAYES = PublishedData.hayesKrippendorff2007();

    @Test
    void theSameSeedGivesTheSameInterval() {
        BootstrapInterval a = Bootstrap.withSeed(42).replicates(200)
                .interval(HAYES, KrippendorffAlpha::nominal);
        BootstrapInterval b = Bootstrap.withSeed(42).replicates(200)
                .interval(HAYES, KrippendorffAlpha::nominal);
        assertEquals(a, b);
    }

    @Test
    void anotherSeedGivesAnotherInterval() {
        BootstrapInterval a = Bootstrap.withSeed(1).replicates(200)
                .interval(HAYES, KrippendorffAlpha::nominal);
        BootstrapInterval b = Bootstrap.withSeed(2).replicates(200)
                .interval(HAYES, KrippendorffAlpha::nominal);
        assertNotEquals(a.lower(), b.lower());
    }

    @Test
    void theIntervalBracketsTheEstimate() {
        BootstrapInterval ci = Bootstrap.withSeed(7).interval(HAYES,
                d -> KrippendorffAlpha.compute(d, KrippendorffAlpha.Level.ORDINAL));
        assertTrue(ci.defined());
        assertTrue(ci.lower() < ci.estimate().value() && ci.estimate().value() < ci.upper(),
                ci.toString());
    }

    @Test
    void theDefaultIs1000ReplicatesAt95Percent() {
        BootstrapInterval ci = Bootstrap.withSeed(3).interval(PublishedData.cohen1960(),
                CohenKappa::compute);
        assertEquals(1000, ci.replicates());
        assertEquals(0.95, ci.level(), 0);
        assertEquals(3, ci.seed());
    }

    @Test
    void aHigherLevelGivesAWiderInterval() {
        Bootstrap b = Bootstrap.withSeed(5).replicates(500);
        BootstrapInterval ci90 = b.level(0.90).interval(PublishedData.cohen1960(),
                CohenKappa::compute);
        BootstrapInterval ci99 = b.level(0.99).interval(PublishedData.cohen1960(),
                CohenKappa::compute);
        assertTrue(ci99.upper() - ci99.lower() > ci90.upper() - ci90.lower());
    }

    @Test
    void undefinedReplicatesAreCountedAndLeftOut() {
        // 19 units agree on "a", one on "b": many resamples contain only "a" (kappa undefined).
        ReliabilityData data = ReliabilityData.builder(2).addUnits(19, "a", "a")
                .addUnit("b", "b").build();
        BootstrapInterval ci = Bootstrap.withSeed(11).replicates(300).interval(data,
                CohenKappa::compute);
        assertTrue(ci.undefinedReplicates() > 0);
        assertTrue(ci.undefinedReplicates() < 300);
    }

    @Test
    void anUndefinedEstimateGivesAnUndefinedInterval() {
        ReliabilityData data = ReliabilityData.builder(2).addUnits(5, "a", "a").build();
        BootstrapInterval ci = Bootstrap.withSeed(1).interval(data, CohenKappa::compute);
        assertFalse(ci.defined());
        assertFalse(ci.explanation().isEmpty());
    }

    @Test
    void fewerThanTwoReplicatesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.withSeed(1).replicates(1));
    }

    @Test
    void aLevelOutsideZeroAndOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Bootstrap.withSeed(1).level(1.0));
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        // R: quantile(c(1, 2, 3, 4), 0.25, type = 7) = 1.75
        assertEquals(1.75, Bootstrap.quantile(new double[] {1, 2, 3, 4}, 0.25), 1e-15);
    }
}
