package org.sameboat.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sameboat.analysis.agreement.KrippendorffAlpha.Level;

class KrippendorffAlphaTest {

    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability": alpha = .743 (nominal),
    // .815 (ordinal), .849 (interval), .797 (ratio) for the 4 x 12 example; the same figures are
    // asserted by the Python krippendorff package's tests (ordinal .815, ratio .797). Gwet's irrCAC
    // README gives 0.74342 (nominal) and its weighting vignette 0.84911 (quadratic = interval).

    @Test
    void nominalAlphaOfKrippendorff2011ExampleIs0743() {
        AgreementResult r = KrippendorffAlpha.nominal(PublishedData.krippendorff2011());
        assertEquals(0.74342, r.value(), 5e-6);
    }

    @Test
    void ordinalAlphaOfKrippendorff2011ExampleIs0815() {
        assertEquals(0.815, KrippendorffAlpha.compute(PublishedData.krippendorff2011(),
                Level.ORDINAL).value(), 5e-4);
    }

    @Test
    void intervalAlphaOfKrippendorff2011ExampleIs0849() {
        assertEquals(0.84911, KrippendorffAlpha.compute(PublishedData.krippendorff2011(),
                Level.INTERVAL).value(), 5e-6);
    }

    @Test
    void ratioAlphaOfKrippendorff2011ExampleIs0797() {
        assertEquals(0.797, KrippendorffAlpha.compute(PublishedData.krippendorff2011(),
                Level.RATIO).value(), 5e-4);
    }

    @Test
    void krippendorff2011ExampleUsesTheElevenPairableUnitsOnly() {
        // Unit 12 has a single value and is not pairable (Krippendorff 2011: n = 40 values).
        assertEquals(11, KrippendorffAlpha.nominal(PublishedData.krippendorff2011()).units());
    }

    @Test
    void nominalAlphaReportsDisagreementsOfKrippendorff2011() {
        // Krippendorff (2011), nominal case: n = 40 pairable values, n_c = 9, 13, 10, 5, 3, and
        // sum of off-diagonal coincidences 8, so alpha = 1 - (n-1) 8 / (n^2 - sum n_c^2).
        AgreementResult r = KrippendorffAlpha.nominal(PublishedData.krippendorff2011());
        assertEquals(AgreementResult.Basis.DISAGREEMENT, r.basis());
        assertEquals(8.0 / 40, r.observed(), 1e-12);
        assertEquals((1600.0 - (81 + 169 + 100 + 25 + 9)) / (40.0 * 39), r.expected(), 1e-12);
    }

    @Test
    void nominalAlphaOfWikipediaExampleIs0691() {
        // Wikipedia "Krippendorff's alpha", computational example: 1 - (1+2)/9.72 = 0.691358
        // (the Python krippendorff package asserts 0.691358).
        assertEquals(0.691358, KrippendorffAlpha.nominal(PublishedData.wikipediaKrippendorff())
                .value(), 5e-7);
    }

    @Test
    void intervalAlphaOfWikipediaExampleIs0811() {
        // Python krippendorff package test_interval_metric: 0.810845 on the Wikipedia data.
        assertEquals(0.810845, KrippendorffAlpha.compute(PublishedData.wikipediaKrippendorff(),
                Level.INTERVAL).value(), 5e-7);
    }

    @Test
    void ordinalAlphaOfHayesKrippendorff2007ExampleIs07598() {
        // Hayes & Krippendorff (2007), p. 85 (KALPHA output): ordinal alpha = .7598.
        assertEquals(0.7598, KrippendorffAlpha.compute(PublishedData.hayesKrippendorff2007(),
                Level.ORDINAL).value(), 5e-5);
    }

    @Test
    void nominalAlphaOfDistrib6RatersMatchesIrrCac() {
        // irrCAC README: krippen.alpha.dist(distrib.6raters) = 0.4204384.
        assertEquals(0.4204384, KrippendorffAlpha.nominal(PublishedData.distrib6raters()).value(),
                5e-8);
    }

    @Test
    void quadraticallyWeightedDistrib6RatersMatchesIntervalAlphaOnRanks() {
        // irrCAC weighting vignette: krippen.alpha.dist(distrib.6raters, quadratic) = 0.259511;
        // quadratic weights on ranks 1..5 are the interval metric on the ranks.
        ReliabilityData ranks = relabelAsRanks(PublishedData.distrib6raters());
        assertEquals(0.259511, KrippendorffAlpha.compute(ranks, Level.INTERVAL).value(), 5e-7);
    }

    @Test
    void perCategoryAlphaEqualsAlphaOfTheDichotomisedData() {
        ReliabilityData data = PublishedData.krippendorff2011();
        Map<String, AgreementResult> per = KrippendorffAlpha.perCategory(data);
        for (String category : data.categories()) {
            ReliabilityData binary = dichotomise(data, category);
            assertEquals(KrippendorffAlpha.nominal(binary).value(), per.get(category).value(),
                    1e-12, category);
        }
    }

    @Test
    void perCategoryAlphaIsUndefinedForACategoryNoPairableValueUses() {
        ReliabilityData data = ReliabilityData.builder(2).categories("a", "b", "c")
                .addUnit("a", "a").addUnit("b", "a").addUnit("b", "b").build();
        AgreementResult c = KrippendorffAlpha.perCategory(data).get("c");
        assertFalse(c.defined());
        assertTrue(Double.isNaN(c.value()));
    }

    @Test
    void alphaIsUndefinedWhenEveryPairableValueIsTheSame() {
        ReliabilityData data = ReliabilityData.builder(3).missingMarker("*")
                .addUnit("x", "x", "x").addUnit("x", "*", "x").addUnit("y", "*", "*").build();
        AgreementResult r = KrippendorffAlpha.nominal(data);
        assertFalse(r.defined());
        assertTrue(r.explanation().contains("Expected disagreement is 0"));
    }

    @Test
    void alphaIsUndefinedWithASingleCoder() {
        ReliabilityData data = ReliabilityData.builder(1).addUnit("a").addUnit("b").build();
        AgreementResult r = KrippendorffAlpha.nominal(data);
        assertFalse(r.defined());
        assertEquals(0, r.units());
    }

    @Test
    void intervalAlphaRejectsLabelsThatAreNotNumbers() {
        ReliabilityData data = ReliabilityData.builder(2).addUnit("low", "high").build();
        assertThrows(IllegalArgumentException.class,
                () -> KrippendorffAlpha.compute(data, Level.INTERVAL));
    }

    @Test
    void ratioAlphaRejectsNegativeValues() {
        ReliabilityData data = ReliabilityData.builder(2).addNumericUnit(-1, 2)
                .addNumericUnit(3, 3).build();
        assertThrows(IllegalArgumentException.class,
                () -> KrippendorffAlpha.compute(data, Level.RATIO));
    }

    @Test
    void intervalAlphaUsesNumericLabels() {
        ReliabilityData numeric = PublishedData.krippendorff2011();
        ReliabilityData.Builder b = ReliabilityData.builder(4).missingMarker("*");
        for (int u = 0; u < numeric.unitCount(); u++) {
            String[] row = new String[4];
            for (int g = 0; g < 4; g++) {
                row[g] = numeric.hasValue(u, g) ? numeric.category(u, g) : "*";
            }
            b.addUnit(row);
        }
        assertEquals(0.84911, KrippendorffAlpha.compute(b.build(), Level.INTERVAL).value(), 5e-6);
    }

    @Test
    void perfectAgreementGivesAlphaOne() {
        ReliabilityData data = ReliabilityData.builder(3).addNumericUnit(1, 1, 1)
                .addNumericUnit(2, 2, 2).addNumericUnit(3, 3, 3).build();
        for (Level level : Level.values()) {
            assertEquals(1.0, KrippendorffAlpha.compute(data, level).value(), 1e-15,
                    level.name());
        }
    }

    static ReliabilityData dichotomise(ReliabilityData data, String category) {
        ReliabilityData.Builder b = ReliabilityData.builder(data.coderCount()).missingMarker("*");
        for (int u = 0; u < data.unitCount(); u++) {
            String[] row = new String[data.coderCount()];
            for (int g = 0; g < row.length; g++) {
                row[g] = !data.hasValue(u, g) ? "*"
                        : data.category(u, g).equals(category) ? "yes" : "no";
            }
            b.addUnit(row);
        }
        return b.build();
    }

    static ReliabilityData relabelAsRanks(ReliabilityData data) {
        ReliabilityData.Builder b = ReliabilityData.builder(data.coderCount());
        for (int u = 0; u < data.unitCount(); u++) {
            double[] row = new double[data.coderCount()];
            for (int g = 0; g < row.length; g++) {
                row[g] = data.hasValue(u, g) ? data.categories().indexOf(data.category(u, g)) + 1
                        : Double.NaN;
            }
            b.addNumericUnit(row);
        }
        return b.build();
    }
}
