package org.sameboat.analysis.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class UnitizingAlphaTest {

    /**
     * Krippendorff (2004), <i>Content Analysis</i>, 2nd ed., p. 254: continuum [150, 450), two
     * observers, categories c and k (as transcribed in DKPro's unitizing Krippendorff2004Test).
     */
    static UnitizingStudy krippendorff2004() {
        return UnitizingStudy.builder(150, 300, 2)
                .unit(0, "c", 225, 70).unit(0, "c", 370, 30)
                .unit(1, "c", 220, 80).unit(1, "c", 355, 20).unit(1, "c", 400, 20)
                .unit(0, "k", 180, 60).unit(0, "k", 300, 50)
                .unit(1, "k", 180, 60).unit(1, "k", 300, 50)
                .build();
    }

    /**
     * Krippendorff (1995), "On the reliability of unitizing continuous data", Sociological
     * Methodology 25, p. 57: four two-observer examples A-D on a continuum of 24 positions,
     * stretched by a factor (as transcribed in DKPro's unitizing Krippendorff1995Test).
     */
    static UnitizingStudy krippendorff1995(int stretch) {
        int s = stretch;
        return UnitizingStudy.builder(0, 24L * s, 2)
                .unit(0, "A", 2 * s, 8 * s).unit(0, "A", 14 * s, 6 * s)
                .unit(1, "A", 4 * s, 4 * s).unit(1, "A", 15 * s, 2 * s)
                .unit(0, "B", 0, 18 * s).unit(1, "B", 0, 2 * s).unit(1, "B", 2 * s, s)
                .unit(1, "B", 3 * s, s).unit(1, "B", 4 * s, s).unit(1, "B", 5 * s, s)
                .unit(1, "B", 6 * s, 3 * s).unit(1, "B", 9 * s, s)
                .unit(0, "C", 2 * s, 6 * s).unit(0, "C", 10 * s, 2 * s)
                .unit(0, "C", 14 * s, 4 * s).unit(0, "C", 20 * s, 2 * s)
                .unit(1, "C", 0, 2 * s).unit(1, "C", 4 * s, 4 * s).unit(1, "C", 10 * s, 4 * s)
                .unit(1, "C", 16 * s, 2 * s).unit(1, "C", 20 * s, 2 * s)
                .unit(0, "D", 0, 2 * s).unit(0, "D", 2 * s, 8 * s).unit(0, "D", 10 * s, 4 * s)
                .unit(0, "D", 14 * s, 6 * s).unit(0, "D", 20 * s, 4 * s)
                .unit(1, "D", 0, 4 * s).unit(1, "D", 4 * s, 4 * s).unit(1, "D", 8 * s, 7 * s)
                .unit(1, "D", 15 * s, 2 * s).unit(1, "D", 17 * s, 7 * s)
                .build();
    }

    @Test
    void krippendorff2004ExampleHasOverallAlpha0859() {
        // Krippendorff (2004), p. 256; DKPro Krippendorff2004Test: 0.8591.
        assertEquals(0.8591, UnitizingAlpha.compute(krippendorff2004()).value(), 5e-4);
    }

    @Test
    void krippendorff2004CategoryCMatchesThePublishedDisagreements() {
        // Krippendorff (2004): observed .0144, expected .0532, alpha .7286 for category c.
        AgreementResult c = UnitizingAlpha.perCategory(krippendorff2004()).get("c");
        assertEquals(0.0144, c.observed(), 5e-5);
        assertEquals(0.0532, c.expected(), 5e-5);
        assertEquals(0.7286, c.value(), 5e-5);
    }

    @Test
    void krippendorff2004CategoryKAgreesPerfectly() {
        // Krippendorff (2004): observed 0, expected .0490, alpha 1 for category k.
        AgreementResult k = UnitizingAlpha.perCategory(krippendorff2004()).get("k");
        assertEquals(0.0, k.observed(), 0);
        assertEquals(0.0490, k.expected(), 5e-5);
        assertEquals(1.0, k.value(), 0);
    }

    @Test
    void segmentDistancesMatchKrippendorff2004() {
        // Krippendorff (2004) distance examples (DKPro testDistanceMetric1/2).
        assertEquals(26.0, UnitizingAlpha.distance(5, 6, true, 4, 2, true));
        assertEquals(16.0, UnitizingAlpha.distance(5, 6, true, 5, 2, true));
        assertEquals(10.0, UnitizingAlpha.distance(5, 6, true, 6, 2, true));
        assertEquals(8.0, UnitizingAlpha.distance(5, 6, true, 7, 2, true));
        assertEquals(2.0, UnitizingAlpha.distance(5, 6, true, 6, 4, true));
        assertEquals(0.0, UnitizingAlpha.distance(5, 6, true, 5, 6, true));
        assertEquals(50.0, UnitizingAlpha.distance(225, 70, true, 220, 80, true));
        assertEquals(850.0, UnitizingAlpha.distance(370, 30, true, 355, 20, true));
        assertEquals(400.0, UnitizingAlpha.distance(400, 50, false, 400, 20, true));
        assertEquals(40.0, UnitizingAlpha.distance(2, 3, false, 2, 2, true)
                + UnitizingAlpha.distance(5, 6, true, 4, 7, false));
    }

    @Test
    void krippendorff1995ObservedDisagreementsMatchThePaper() {
        // Krippendorff (1995), p. 57-59: D_o = .03125 (A), 2.26736 (B), .02777 (C), .38715 (D).
        Map<String, AgreementResult> per = UnitizingAlpha.perCategory(krippendorff1995(1));
        assertEquals(0.03125, per.get("A").observed(), 1e-5);
        assertEquals(2.26736, per.get("B").observed(), 1e-5);
        assertEquals(0.02777, per.get("C").observed(), 1e-5);
        assertEquals(0.38715, per.get("D").observed(), 1e-5);
    }

    @Test
    void krippendorff1995ExpectedDisagreementsApproachThePaperOnAFineContinuum() {
        // Krippendorff (1995) gives expected disagreements .06990, 1.17731, .08642, .41445 for
        // a continuous scale; the discrete formula approaches them as the continuum is stretched
        // (DKPro asserts them within 0.005 at a stretch of 50000).
        Map<String, AgreementResult> per = UnitizingAlpha.perCategory(krippendorff1995(50000));
        assertEquals(0.06990, per.get("A").expected(), 5e-3);
        assertEquals(1.17731, per.get("B").expected(), 5e-3);
        assertEquals(0.08642, per.get("C").expected(), 5e-3);
        assertEquals(0.41445, per.get("D").expected(), 5e-3);
    }

    @Test
    void krippendorff1995CategoryAlphasMatchThePaper() {
        // Krippendorff (1995): alpha = .553 (A), -.926 (B), .679 (C), .066 (D).
        Map<String, AgreementResult> per = UnitizingAlpha.perCategory(krippendorff1995(50000));
        assertEquals(0.553, per.get("A").value(), 0.02);
        assertEquals(-0.926, per.get("B").value(), 0.02);
        assertEquals(0.679, per.get("C").value(), 0.02);
        assertEquals(0.066, per.get("D").value(), 0.02);
    }

    @Test
    void overallAlphaAveragesDisagreementsOverCategories() {
        UnitizingStudy study = krippendorff2004();
        Map<String, AgreementResult> per = UnitizingAlpha.perCategory(study);
        double observed = (per.get("c").observed() + per.get("k").observed()) / 2;
        double expected = (per.get("c").expected() + per.get("k").expected()) / 2;
        AgreementResult overall = UnitizingAlpha.compute(study);
        assertEquals(observed, overall.observed(), 1e-15);
        assertEquals(expected, overall.expected(), 1e-15);
        assertEquals(9, overall.units());
    }

    @Test
    void overlappingUnitsOfOneRaterAndCategoryAreRejected() {
        UnitizingStudy.Builder b = UnitizingStudy.builder(0, 100, 2).unit(0, "x", 10, 20)
                .unit(0, "x", 25, 5);
        assertThrows(IllegalArgumentException.class, b::build);
    }

    @Test
    void messagesNameARaterByNameOrCountingFromOne() {
        UnitizingStudy.Builder numbered = UnitizingStudy.builder(0, 100, 2).unit(1, "x", 10, 20)
                .unit(1, "x", 25, 5);
        assertTrue(assertThrows(IllegalArgumentException.class, numbered::build).getMessage()
                .startsWith("Two units of rater 2 in category 'x' overlap"));
        UnitizingStudy.Builder named = UnitizingStudy.builder(0, 100, 2).raterNames("ann", "bob");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> named.unit(0, "x", 95, 10))
                .getMessage().contains("of rater 'ann' lies outside the continuum"));
    }

    @Test
    void overlappingUnitsOfDifferentCategoriesAreAllowed() {
        UnitizingStudy study = UnitizingStudy.builder(0, 100, 2).unit(0, "x", 10, 20)
                .unit(0, "y", 25, 5).unit(1, "x", 10, 20).unit(1, "y", 25, 5).build();
        assertEquals(1.0, UnitizingAlpha.compute(study).value(), 0);
    }

    @Test
    void unitsOutsideTheContinuumAreRejected() {
        UnitizingStudy.Builder b = UnitizingStudy.builder(0, 100, 2);
        assertThrows(IllegalArgumentException.class, () -> b.unit(0, "x", 90, 20));
    }

    @Test
    void emptyUnitsAreRejected() {
        UnitizingStudy.Builder b = UnitizingStudy.builder(0, 100, 2);
        assertThrows(IllegalArgumentException.class, () -> b.unit(0, "x", 10, 0));
    }

    @Test
    void aSingleRaterGivesAnUndefinedResult() {
        UnitizingStudy study = UnitizingStudy.builder(0, 100, 1).unit(0, "x", 10, 20).build();
        AgreementResult r = UnitizingAlpha.compute(study);
        assertFalse(r.defined());
    }

    @Test
    void aStudyWithoutUnitsGivesAnUndefinedResult() {
        assertFalse(UnitizingAlpha.compute(UnitizingStudy.builder(0, 100, 2).build()).defined());
    }

    @Test
    void aCategoryWithNothingToDisagreeOnIsUndefined() {
        // A one-position continuum fully marked by both raters: no gaps and unit length 1 make
        // every term of the expected disagreement 0.
        UnitizingStudy study = UnitizingStudy.builder(0, 1, 2).unit(0, "x", 0, 1)
                .unit(1, "x", 0, 1).build();
        assertFalse(UnitizingAlpha.perCategory(study).get("x").defined());
    }
}
