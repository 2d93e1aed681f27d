package org.sameboat.analysis.contingency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContingencyTableTest {

    /**
     * Agresti, A. (2007). An Introduction to Categorical Data Analysis, 2nd ed., Wiley, Table 2.5
     * (section 2.4.5): party identification by gender, General Social Survey. Agresti reports
     * X² = 30.1 with df = 2 and the adjusted residuals in parentheses: females 4.50, 0.70, −5.32;
     * males −4.50, −0.70, 5.32.
     */
    private static final long[][] PARTY_BY_GENDER = { { 762, 327, 468 }, { 484, 239, 477 } };

    @Test
    void agrestisPartyIdentificationByGenderGivesHisChiSquareAndAdjustedResiduals() {
        ContingencyTable t = new ContingencyTable(PARTY_BY_GENDER);
        assertEquals(30.1, t.chiSquare(), 0.05);
        assertEquals(2, t.degreesOfFreedom());
        double[][] published = { { 4.50, 0.70, -5.32 }, { -4.50, -0.70, 5.32 } };
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(published[i][j], t.adjustedResidual(i, j), 0.005, "cell " + i + "," + j);
            }
        }
        // expected count of female Democrats: 1557 × 1246 / 2757 = 703.67 (Agresti: 703.7)
        assertEquals(703.67, t.expected(0, 0), 0.005);
    }

    @Test
    void withTwoDegreesOfFreedomThePValueIsExpOfMinusHalfTheChiSquare() {
        // for df = 2 the chi-square upper tail is exactly exp(−x/2): x = 30.070149 gives 2.9536e-7
        ContingencyTable t = new ContingencyTable(PARTY_BY_GENDER);
        assertEquals(Math.exp(-t.chiSquare() / 2), t.p(), 1e-15);
        assertEquals(2.9536e-7, t.p(), 1e-10);
    }

    @Test
    void aTwoByTwoTableWorkedByHand() {
        // [[10, 20], [30, 40]]: n = 100, rows 30 and 70, columns 40 and 60
        // expected 12, 18, 28, 42; X² = 4/12 + 4/18 + 4/28 + 4/42 = 0.793651
        // residual (1,1) = (10 − 12) / sqrt(12 × 0.7 × 0.6) = −2 / sqrt(5.04) = −0.890871, and its square is X²
        // df = 1: p = erfc(sqrt(X²/2)) = 0.372998
        ContingencyTable t = new ContingencyTable(new long[][] { { 10, 20 }, { 30, 40 } });
        assertEquals(12.0, t.expected(0, 0), 1e-12);
        assertEquals(42.0, t.expected(1, 1), 1e-12);
        assertEquals(0.7936508, t.chiSquare(), 1e-7);
        assertEquals(1, t.degreesOfFreedom());
        assertEquals(-0.8908708, t.adjustedResidual(0, 0), 1e-7);
        assertEquals(0.8908708, t.adjustedResidual(0, 1), 1e-7);
        assertEquals(0.3729985, t.p(), 1e-7);
        assertFalse(t.flagged(0, 0));
        assertFalse(t.approximationDoubtful());
    }

    @Test
    void emptyRowsAndColumnsTakeNoPartInTheTest() {
        // [[5, 0, 3], [0, 0, 0], [2, 0, 6]] tests as [[5, 3], [2, 6]]: n = 16, rows 8 and 8, columns 7 and 9;
        // expected 3.5, 4.5, 3.5, 4.5; X² = 2.25/3.5 + 2.25/4.5 + 2.25/3.5 + 2.25/4.5 = 2.285714, df 1,
        // p = erfc(sqrt(2.285714 / 2)) = 0.130570; residual (1,1) = 1.5 / sqrt(3.5 × 0.5 × 0.5625) = 1.511858
        ContingencyTable t = new ContingencyTable(new long[][] { { 5, 0, 3 }, { 0, 0, 0 }, { 2, 0, 6 } });
        assertEquals(2.2857143, t.chiSquare(), 1e-7);
        assertEquals(1, t.degreesOfFreedom());
        assertEquals(0.1305700, t.p(), 1e-7);
        assertEquals(1.5118579, t.adjustedResidual(0, 0), 1e-7);
        assertTrue(Double.isNaN(t.adjustedResidual(1, 0)));
        assertTrue(Double.isNaN(t.adjustedResidual(0, 1)));
        assertEquals(4, t.cellsInUse());
    }

    @Test
    void aTinyPValueKeepsItsPrecision() {
        // [[100, 0], [0, 100]]: expected 50 each, X² = 4 × 50²/50 = 200, df 1, p = erfc(sqrt(100)) = 2.088488e-45,
        // which 1 − CDF would round to 0
        ContingencyTable t = new ContingencyTable(new long[][] { { 100, 0 }, { 0, 100 } });
        assertEquals(200.0, t.chiSquare(), 1e-9);
        assertEquals(2.088488e-45, t.p(), 1e-51);
    }

    @Test
    void smallExpectedCountsAreReportedByCochransRule() {
        // [[3, 1], [1, 2]]: expected 16/7, 12/7, 12/7, 9/7: all four below 5, none below 1
        ContingencyTable t = new ContingencyTable(new long[][] { { 3, 1 }, { 1, 2 } });
        assertEquals(4, t.expectedBelowFive());
        assertEquals(0, t.expectedBelowOne());
        assertTrue(t.approximationDoubtful());
    }

    @Test
    void aTableWithOneRowHasNothingToTest() {
        ContingencyTable t = new ContingencyTable(new long[][] { { 3, 4, 5 } });
        assertEquals(0, t.degreesOfFreedom());
        assertTrue(Double.isNaN(t.p()));
    }

    @Test
    void aRaggedOrNegativeTableIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ContingencyTable(new long[][] { { 1, 2 }, { 3 } }));
        assertThrows(IllegalArgumentException.class, () -> new ContingencyTable(new long[][] { { 1, -2 } }));
    }
}
