package org.sameboat.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A row added with a weight must behave exactly like that many copies of the unit: every
 * coefficient, per-category result and bootstrap interval on weighted data equals the one on the
 * expanded data (random data, fixed seeds, missing values included).
 */
class WeightedUnitsTest {

    private static final double TOLERANCE = 1e-12;

    /** Random patterns (integer codes 1..q, about 15% missing) each with a weight 1..6. */
    private record Sample(List<double[]> patterns, List<Integer> weights) {

        static Sample random(long seed, int patterns, int coders, int q) {
            SplittableRandom random = new SplittableRandom(seed);
            List<double[]> rows = new ArrayList<>();
            List<Integer> weights = new ArrayList<>();
            for (int u = 0; u < patterns; u++) {
                int truth = 1 + random.nextInt(q);
                double[] row = new double[coders];
                for (int g = 0; g < coders; g++) {
                    row[g] = random.nextDouble() < 0.15 ? Double.NaN
                            : random.nextDouble() < 0.6 ? truth : 1 + random.nextInt(q);
                }
                rows.add(row);
                weights.add(1 + random.nextInt(6));
            }
            return new Sample(rows, weights);
        }

        ReliabilityData weighted() {
            ReliabilityData.Builder b = ReliabilityData.builder(patterns.get(0).length);
            for (int i = 0; i < patterns.size(); i++) {
                b.addNumericUnits(weights.get(i), patterns.get(i));
            }
            return b.build();
        }

        ReliabilityData expanded() {
            ReliabilityData.Builder b = ReliabilityData.builder(patterns.get(0).length);
            for (int i = 0; i < patterns.size(); i++) {
                for (int k = 0; k < weights.get(i); k++) {
                    b.addNumericUnit(patterns.get(i));
                }
            }
            return b.build();
        }
    }

    private static List<Function<ReliabilityData, AgreementResult>> anyCoderCoefficients() {
        return List.of(PercentAgreement::compute,
                d -> PercentAgreement.compute(d, Weights.of(Weights.Kind.QUADRATIC, d)),
                FleissKappa::compute,
                d -> FleissKappa.compute(d, Weights.of(Weights.Kind.LINEAR, d)),
                CongerKappa::compute,
                d -> CongerKappa.compute(d, Weights.of(Weights.Kind.QUADRATIC, d)),
                BrennanPrediger::compute,
                d -> BrennanPrediger.compute(d, Weights.of(Weights.Kind.QUADRATIC, d)),
                GwetAc::ac1,
                d -> GwetAc.ac2(d, Weights.of(Weights.Kind.QUADRATIC, d)),
                KrippendorffAlpha::nominal,
                d -> KrippendorffAlpha.compute(d, KrippendorffAlpha.Level.ORDINAL),
                d -> KrippendorffAlpha.compute(d, KrippendorffAlpha.Level.INTERVAL),
                d -> KrippendorffAlpha.compute(d, KrippendorffAlpha.Level.RATIO));
    }

    private static void assertSameResult(AgreementResult expected, AgreementResult actual) {
        String what = expected.coefficient();
        assertEquals(expected.coefficient(), actual.coefficient());
        assertEquals(expected.defined(), actual.defined(), what);
        assertEquals(expected.units(), actual.units(), what);
        assertEquals(expected.value(), actual.value(), TOLERANCE, what);
        assertEquals(expected.observed(), actual.observed(), TOLERANCE, what);
        assertEquals(expected.expected(), actual.expected(), TOLERANCE, what);
    }

    private static void assertSameResults(Map<String, AgreementResult> expected,
            Map<String, AgreementResult> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((k, v) -> assertSameResult(v, actual.get(k)));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void everyMultiCoderCoefficientOnWeightedDataEqualsItOnTheExpandedData(long seed) {
        Sample s = Sample.random(seed, 60, 2 + (int) (seed % 3), 4);
        ReliabilityData weighted = s.weighted();
        ReliabilityData expanded = s.expanded();
        assertEquals(expanded.unitCount(), weighted.unitCount());
        assertTrue(weighted.rowCount() < expanded.rowCount());
        for (Function<ReliabilityData, AgreementResult> f : anyCoderCoefficients()) {
            assertSameResult(f.apply(expanded), f.apply(weighted));
        }
        assertSameResults(FleissKappa.perCategory(expanded), FleissKappa.perCategory(weighted));
        assertSameResults(KrippendorffAlpha.perCategory(expanded),
                KrippendorffAlpha.perCategory(weighted));
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13})
    void twoCoderCoefficientsOnWeightedDataEqualThemOnTheExpandedData(long seed) {
        Sample s = Sample.random(seed, 50, 2, 5);
        ReliabilityData weighted = s.weighted();
        ReliabilityData expanded = s.expanded();
        assertSameResult(CohenKappa.compute(expanded), CohenKappa.compute(weighted));
        assertSameResult(CohenKappa.compute(expanded, Weights.Kind.LINEAR),
                CohenKappa.compute(weighted, Weights.Kind.LINEAR));
        assertSameResult(CohenKappa.compute(expanded, Weights.Kind.QUADRATIC),
                CohenKappa.compute(weighted, Weights.Kind.QUADRATIC));
        assertSameResult(ScottPi.compute(expanded), ScottPi.compute(weighted));
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22})
    void theBootstrapOnWeightedDataGivesTheIntervalOfTheExpandedData(long seed) {
        Sample s = Sample.random(seed, 40, 3, 3);
        Bootstrap bootstrap = Bootstrap.withSeed(seed).replicates(200);
        for (Function<ReliabilityData, AgreementResult> f : List.<Function<ReliabilityData,
                AgreementResult>>of(KrippendorffAlpha::nominal, FleissKappa::compute,
                        GwetAc::ac1)) {
            BootstrapInterval expanded = bootstrap.interval(s.expanded(), f);
            BootstrapInterval weighted = bootstrap.interval(s.weighted(), f);
            assertTrue(expanded.defined());
            assertEquals(expanded.lower(), weighted.lower(), TOLERANCE);
            assertEquals(expanded.upper(), weighted.upper(), TOLERANCE);
            assertEquals(expanded.undefinedReplicates(), weighted.undefinedReplicates());
        }
    }

    @Test
    void unitIndicesRunOverTheCopiesOfAWeightedRow() {
        ReliabilityData data = ReliabilityData.builder(2).missingMarker("*")
                .addUnits(3, "a", "b").addUnit("c", "*").addUnits(2, "b", "b").build();
        assertEquals(6, data.unitCount());
        assertEquals(List.of("a", "a", "a", "c", "b", "b"),
                List.of(0, 1, 2, 3, 4, 5).stream().map(u -> data.category(u, 0)).toList());
        assertFalse(data.hasValue(3, 1));
        assertEquals("b", data.coders(1).category(2, 0));
    }

    @Test
    void unitsAddedZeroTimesAddNoUnitAndNoCategory() {
        ReliabilityData data = ReliabilityData.builder(2).addUnits(0, "x", "x")
                .addUnit("a", "b").build();
        assertEquals(1, data.unitCount());
        assertEquals(List.of("a", "b"), data.categories());
    }

    @Test
    void moreUnitsThanAnIntCanCountAreRefused() {
        ReliabilityData.Builder b = ReliabilityData.builder(2).addUnits(Integer.MAX_VALUE, "a", "a");
        assertThrows(IllegalArgumentException.class, () -> b.addUnits(1, "a", "b"));
    }
}
