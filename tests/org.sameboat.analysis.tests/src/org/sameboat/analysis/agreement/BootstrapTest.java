package org.sameboat.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void aReplicateThatLeavesACoderWithoutUnitsIsLeftOutForCongersKappa() {
        // issue 11: coder 3 coded unit 1 only; every replicate drawing unit 2 twice leaves them
        // without units, which made Conger's kappa throw and the whole interval fail
        ReliabilityData data = ReliabilityData.builder(3).missingMarker("")
                .addUnit("1", "1", "2").addUnit("2", "2", "").build();
        BootstrapInterval ci = Bootstrap.withSeed(20_260_101L).interval(data,
                CongerKappa::compute);
        assertTrue(ci.estimate().defined());
        assertTrue(ci.undefinedReplicates() > 0, ci.toString());
        assertTrue(ci.defined(), ci.toString());
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33})
    void resamplingPatternsGivesTheIntervalOfCopyingTheDrawnRows(long seed) {
        ReliabilityData data = randomData(seed, 400, 3, 4);
        for (Function<ReliabilityData, AgreementResult> f : List.<Function<ReliabilityData,
                AgreementResult>>of(KrippendorffAlpha::nominal, d -> KrippendorffAlpha.compute(d,
                        KrippendorffAlpha.Level.INTERVAL), CongerKappa::compute,
                        GwetAc::ac1, PercentAgreement::compute)) {
            BootstrapInterval ours = Bootstrap.withSeed(seed).replicates(200).interval(data, f);
            double[] rows = rowCopyingBootstrap(data, f, seed, 200);
            assertEquals(rows[0], ours.lower(), 1e-12);
            assertEquals(rows[1], ours.upper(), 1e-12);
            assertEquals((int) rows[2], ours.undefinedReplicates());
        }
    }

    @Test
    void unitsWithTheSameValuesAreOnePattern() {
        ReliabilityData data = ReliabilityData.builder(2).missingMarker("*").addUnit("a", "b")
                .addUnits(3, "a", "a").addUnit("a", "b").addUnit("a", "*").addUnit("a", "*")
                .build();
        Patterns patterns = Patterns.of(data);
        assertEquals(3, patterns.count());
        int[] all = {2, 3, 2}; // a-b twice, a-a three times, a-* twice
        ReliabilityData replicate = patterns.replicate(all);
        assertEquals(7, replicate.unitCount());
        assertEquals(KrippendorffAlpha.nominal(data).value(),
                KrippendorffAlpha.nominal(replicate).value(), 1e-15);
    }

    /**
     * The bootstrap as it was before patterns: draw units, copy the drawn rows with their counts.
     * Returns lower, upper and the number of undefined replicates.
     */
    private static double[] rowCopyingBootstrap(ReliabilityData data,
            Function<ReliabilityData, AgreementResult> f, long seed, int replicates) {
        int n = data.unitCount();
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[replicates];
        int defined = 0;
        int[] drawn = new int[data.rowCount()];
        for (int b = 0; b < replicates; b++) {
            Arrays.fill(drawn, 0);
            for (int i = 0; i < n; i++) {
                drawn[data.row(random.nextInt(n))]++;
            }
            AgreementResult r = f.apply(data.reweight(drawn));
            if (r.defined()) {
                values[defined++] = r.value();
            }
        }
        double[] sorted = Arrays.copyOf(values, defined);
        Arrays.sort(sorted);
        return new double[] {Bootstrap.quantile(sorted, 0.025), Bootstrap.quantile(sorted, 0.975),
                replicates - defined};
    }

    /** Integer codes 1..q, about 10% missing, agreeing with a hidden truth 60% of the time. */
    private static ReliabilityData randomData(long seed, int units, int coders, int q) {
        SplittableRandom random = new SplittableRandom(seed);
        ReliabilityData.Builder b = ReliabilityData.builder(coders);
        for (int u = 0; u < units; u++) {
            int truth = 1 + random.nextInt(q);
            double[] row = new double[coders];
            for (int g = 0; g < coders; g++) {
                row[g] = random.nextDouble() < 0.1 ? Double.NaN
                        : random.nextDouble() < 0.6 ? truth : 1 + random.nextInt(q);
            }
            b.addNumericUnit(row);
        }
        return b.build();
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
