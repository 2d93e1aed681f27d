package org.sameboat.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.dkpro.statistics.agreement.coding.BennettSAgreement;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.coding.ScottPiAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.dkpro.statistics.agreement.distance.RatioDistanceFunction;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sameboat.analysis.agreement.KrippendorffAlpha.Level;

/**
 * Cross-checks against DKPro Statistics Agreement 2.2.1 on random data with fixed seeds: our value
 * must equal DKPro's within 1e-9 for every coefficient DKPro implements in the same way.
 *
 * <p>DKPro's Cohen, Scott, Fleiss, Bennett and percentage agreement do not handle missing values
 * (they warn and keep such units in the denominators), so those are compared on complete data;
 * Krippendorff's alpha is compared with about 20% missing values.
 */
class DkproCrossCheckTest {

    private static final double TOLERANCE = 1e-9;

    /** Random integer codes 1..q, NaN with the given probability (never for complete data). */
    private static double[][] randomCodes(long seed, int units, int coders, int q,
            double missing) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[units][coders];
        for (int u = 0; u < units; u++) {
            // correlated coders, so the coefficients are far from 0 and from 1
            int truth = 1 + random.nextInt(q);
            for (int g = 0; g < coders; g++) {
                rows[u][g] = random.nextDouble() < missing ? Double.NaN
                        : random.nextDouble() < 0.6 ? truth : 1 + random.nextInt(q);
            }
        }
        return rows;
    }

    private static ReliabilityData ours(double[][] rows) {
        ReliabilityData.Builder b = ReliabilityData.builder(rows[0].length);
        for (double[] r : rows) {
            b.addNumericUnit(r);
        }
        return b.build();
    }

    private static CodingAnnotationStudy dkpro(double[][] rows) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(rows[0].length);
        for (double[] r : rows) {
            Object[] item = new Object[r.length];
            for (int g = 0; g < r.length; g++) {
                item[g] = Double.isNaN(r[g]) ? null : Integer.valueOf((int) r[g]);
            }
            study.addItemAsArray(item);
        }
        return study;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void percentAgreementEqualsDkpro(long seed) {
        double[][] rows = randomCodes(seed, 300, 4, 5, 0);
        assertEquals(new PercentageAgreement(dkpro(rows)).calculateAgreement(),
                PercentAgreement.compute(ours(rows)).value(), TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15})
    void cohensKappaEqualsDkpro(long seed) {
        double[][] rows = randomCodes(seed, 300, 2, 4, 0);
        assertEquals(new CohenKappaAgreement(dkpro(rows)).calculateAgreement(),
                CohenKappa.compute(ours(rows)).value(), TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23, 24, 25})
    void scottsPiEqualsDkpro(long seed) {
        double[][] rows = randomCodes(seed, 300, 2, 4, 0);
        assertEquals(new ScottPiAgreement(dkpro(rows)).calculateAgreement(),
                ScottPi.compute(ours(rows)).value(), TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(longs = {31, 32, 33, 34, 35})
    void fleissKappaEqualsDkpro(long seed) {
        double[][] rows = randomCodes(seed, 300, 5, 4, 0);
        assertEquals(new FleissKappaAgreement(dkpro(rows)).calculateAgreement(),
                FleissKappa.compute(ours(rows)).value(), TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(longs = {41, 42, 43})
    void bennettsSEqualsDkpro(long seed) {
        double[][] rows = randomCodes(seed, 300, 2, 4, 0);
        assertEquals(new BennettSAgreement(dkpro(rows)).calculateAgreement(),
                BrennanPrediger.compute(ours(rows)).value(), TOLERANCE);
    }

    private static void assertAlphaEqualsDkpro(long seed, Level level, IDistanceFunction d) {
        double[][] rows = randomCodes(seed, 250, 4, 6, 0.2);
        assertEquals(new KrippendorffAlphaAgreement(dkpro(rows), d).calculateAgreement(),
                KrippendorffAlpha.compute(ours(rows), level).value(), TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(longs = {51, 52, 53, 54, 55})
    void nominalAlphaWithMissingValuesEqualsDkpro(long seed) {
        assertAlphaEqualsDkpro(seed, Level.NOMINAL, new NominalDistanceFunction());
    }

    @ParameterizedTest
    @ValueSource(longs = {61, 62, 63, 64, 65})
    void ordinalAlphaWithMissingValuesEqualsDkpro(long seed) {
        assertAlphaEqualsDkpro(seed, Level.ORDINAL, new OrdinalDistanceFunction());
    }

    @ParameterizedTest
    @ValueSource(longs = {71, 72, 73, 74, 75})
    void intervalAlphaWithMissingValuesEqualsDkpro(long seed) {
        assertAlphaEqualsDkpro(seed, Level.INTERVAL, new IntervalDistanceFunction());
    }

    @ParameterizedTest
    @ValueSource(longs = {81, 82, 83, 84, 85})
    void ratioAlphaWithMissingValuesEqualsDkpro(long seed) {
        assertAlphaEqualsDkpro(seed, Level.RATIO, new RatioDistanceFunction());
    }

    /**
     * Random unitizing study: each rater walks the continuum placing units of random category
     * and length, separated by random gaps; a rater's units never overlap at all, so a fortiori
     * not within a category.
     */
    static void randomUnitizing(long seed, int raters, int unitsPerRater, int categories,
            UnitizingStudy.Builder ours, UnitizingAnnotationStudy theirs) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int r = 0; r < raters; r++) {
            long pos = 0;
            for (int i = 0; i < unitsPerRater; i++) {
                pos += random.nextInt(0, 15);
                long len = 1 + random.nextInt(20);
                String cat = "c" + random.nextInt(categories);
                ours.unit(r, cat, pos, len);
                theirs.addUnit(pos, len, r, cat);
                pos += len;
            }
        }
    }

    static long continuumFor(int unitsPerRater) {
        return unitsPerRater * 35L + 10;
    }

    @ParameterizedTest
    @ValueSource(longs = {91, 92, 93, 94, 95})
    void unitizingAlphaEqualsDkpro(long seed) {
        int raters = 2 + (int) (seed % 2);
        int units = 300;
        long length = continuumFor(units);
        UnitizingStudy.Builder ours = UnitizingStudy.builder(0, length, raters);
        UnitizingAnnotationStudy theirs = new UnitizingAnnotationStudy(raters, 0, length);
        randomUnitizing(seed, raters, units, 3, ours, theirs);
        UnitizingStudy study = ours.build();
        KrippendorffAlphaUnitizingAgreement dk = new KrippendorffAlphaUnitizingAgreement(theirs);
        assertEquals(dk.calculateAgreement(), UnitizingAlpha.compute(study).value(), TOLERANCE);
        UnitizingAlpha.perCategory(study).forEach((category, result) -> assertEquals(
                dk.calculateCategoryAgreement(category), result.value(), TOLERANCE, category));
    }

    @ParameterizedTest
    @ValueSource(longs = {101, 102, 103})
    void unitizingAlphaWithAnOffsetContinuumEqualsDkpro(long seed) {
        // continuum not starting at 0, units leaving leading and trailing gaps
        long begin = 1000;
        UnitizingStudy.Builder ours = UnitizingStudy.builder(begin, 5000, 2);
        UnitizingAnnotationStudy theirs = new UnitizingAnnotationStudy(2, begin, 5000);
        SplittableRandom random = new SplittableRandom(seed);
        for (int r = 0; r < 2; r++) {
            long pos = begin + 50;
            while (pos < begin + 4800) {
                long len = 1 + random.nextInt(60);
                ours.unit(r, "x", pos, len);
                theirs.addUnit(pos, len, r, "x");
                pos += len + random.nextInt(0, 80);
            }
        }
        assertEquals(new KrippendorffAlphaUnitizingAgreement(theirs).calculateAgreement(),
                UnitizingAlpha.compute(ours.build()).value(), TOLERANCE);
    }
}
