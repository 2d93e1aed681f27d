package org.sameboat.analysis.ena;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.profile.Level;
import org.sameboat.analysis.tests.TestProject;
import org.sameboat.model.Document;
import org.sameboat.model.Stage;

class EnaModelTest {

    private static final double EPS = 1e-9;

    /**
     * rENA's J/Z example (see {@link AccumulationTest#renasSimpleAccumulationIsReproduced}) carried through the model
     * by hand. Normalised: J = (2, 2, 1)/3, Z = (1, 0, 0). Column means (5/6, 1/3, 1/6); centred J = (−1/6, 1/3, 1/6),
     * Z = −J. One dimension, v = (−1, 2, 1)/√6 (largest entry positive); points J = 1/√6 = 0.408248, Z = −0.408248;
     * it explains all the variance. Node weights (half of each edge to each end, rows summing to 1): J (0.4, 0.3, 0.3),
     * Z (0.5, 0.5, 0). Two units, three nodes: the minimum-norm solution x = Wᵀ(WWᵀ)⁻¹t with WWᵀ = [[0.34, 0.35],
     * [0.35, 0.5]] (det 0.0475) and t = s(1, −1), s = 1/√6: (WWᵀ)⁻¹t = s/0.0475 (0.85, −0.69), x = s/0.0475 (−0.005,
     * −0.09, 0.255) = (−0.042974, −0.773523, 2.191649); the centroids equal the points.
     */
    @Test
    void renasTwoUnitExampleWorkedByHand() {
        EnaSet set = EnaModel.fit(Accumulation.of(AccumulationTest.renaDays().project(), List.of(), Level.SPEAKER,
                Optional.empty(), 1, Filter.none()), Optional.empty());
        assertEquals(1, set.dimensions());
        double s = 1 / Math.sqrt(6);
        assertArray(new double[] { 2 / 3.0, 2 / 3.0, 1 / 3.0 }, set.normalized()[0]);
        assertArray(new double[] { 1, 0, 0 }, set.normalized()[1]);
        assertArray(new double[] { -1 / 6.0, 1 / 3.0, 1 / 6.0 }, set.centered()[0]);
        assertArray(new double[] { -s, 2 * s, s }, column(set.rotation(), 0));
        assertEquals(s, set.points()[0][0], EPS);
        assertEquals(-s, set.points()[1][0], EPS);
        assertEquals(1.0, set.variance()[0], EPS);
        assertEquals(-0.042974, set.nodes()[0][0], 1e-6);
        assertEquals(-0.773523, set.nodes()[1][0], 1e-6);
        assertEquals(2.191649, set.nodes()[2][0], 1e-6);
        assertEquals(s, set.centroids()[0][0], EPS);
        assertEquals(-s, set.centroids()[1][0], EPS);
        // one pair of units: the fit correlations are undefined
        assertTrue(Double.isNaN(set.fit().get(0).pearson()));
    }

    @Test
    void normalisedNetworksHaveUnitLengthAndZeroNetworksStayZeroAndAreReported() {
        TestProject p = randomProject(new Random(3), 4);
        Document silent = p.document("silent", 2, 6);
        silent.setSession(99);
        EnaSet set = EnaModel.fit(Accumulation.of(p.project(), p.codes("a", "b", "c", "d"), Level.SESSION, Optional.empty(),
                3, Filter.none()), Optional.empty());
        int zero = set.accumulation().units().indexOf("99");
        assertEquals(List.of("99"), set.zeroUnits());
        for (int u = 0; u < set.normalized().length; u++) {
            double length = 0;
            for (double value : set.normalized()[u]) {
                length += value * value;
            }
            assertEquals(u == zero ? 0 : 1, length, EPS);
        }
    }

    @Test
    void centredPointsHaveZeroMeanAndTheVarianceSharesSumToOne() {
        for (long seed = 1; seed <= 5; seed++) {
            TestProject p = randomProject(new Random(seed), 6);
            EnaSet set = EnaModel.fit(Accumulation.of(p.project(), p.codes("a", "b", "c", "d"), Level.SESSION,
                    Optional.empty(), 2, Filter.none()), Optional.empty());
            double sum = 0;
            for (int d = 0; d < set.dimensions(); d++) {
                double mean = 0;
                for (double[] point : set.points()) {
                    mean += point[d] / set.points().length;
                }
                assertEquals(0, mean, EPS);
                sum += set.variance()[d];
                if (d > 0) {
                    assertTrue(set.variance()[d] <= set.variance()[d - 1] + EPS, "SVD dimensions come largest first");
                }
            }
            assertEquals(1, sum, EPS);
            assertOrthonormal(set.rotation());
        }
    }

    @Test
    void theMeansRotationPutsTheGroupDifferenceEntirelyOnDimensionOne() {
        for (long seed = 1; seed <= 5; seed++) {
            TestProject p = randomProject(new Random(seed), 8);
            GroupPair pair = GroupPair.parse("stage:beginning,ending");
            EnaSet set = EnaModel.fit(Accumulation.of(p.project(), p.codes("a", "b", "c", "d"), Level.SESSION,
                    Optional.of(Level.STAGE), 2, Filter.none()), Optional.of(pair));
            assertTrue(set.means());
            assertOrthonormal(set.rotation());
            List<Integer> first = set.unitsOf("beginning");
            List<Integer> second = set.unitsOf("ending");
            double[] m1 = set.meanNetwork(first);
            double[] m2 = set.meanNetwork(second);
            double distance = 0;
            for (int i = 0; i < m1.length; i++) {
                distance += (m1[i] - m2[i]) * (m1[i] - m2[i]);
            }
            for (int d = 0; d < set.dimensions(); d++) {
                double diff = mean(set.points(), first, d) - mean(set.points(), second, d);
                assertEquals(d == 0 ? Math.sqrt(distance) : 0, diff, EPS, "dimension " + (d + 1));
            }
            double shares = 0;
            for (double share : set.variance()) {
                shares += share;
            }
            assertEquals(1, shares, EPS);
            Comparison c = set.comparison().orElseThrow();
            assertEquals(first.size(), c.n1());
            assertTrue(c.mean1() > c.mean2(), "the first group lies on the positive side");
        }
    }

    @Test
    void nodePositionsAreTheLeastSquaresSolution() {
        // the residual W X − T is orthogonal to the columns of W: Wᵀ(W X − T) = 0 (the normal equations)
        TestProject p = randomProject(new Random(11), 10);
        EnaSet set = EnaModel.fit(Accumulation.of(p.project(), p.codes("a", "b", "c", "d"), Level.SESSION, Optional.empty(),
                3, Filter.none()), Optional.empty());
        double[][] w = NodePositions.weights(set.normalized(), 4);
        for (int d = 0; d < set.dimensions(); d++) {
            for (int c = 0; c < 4; c++) {
                double gradient = 0;
                for (int u = 0; u < w.length; u++) {
                    gradient += w[u][c] * (set.centroids()[u][d] - set.points()[u][d]);
                }
                assertEquals(0, gradient, 1e-9);
            }
        }
        Fit fit = set.fit().get(0);
        assertTrue(fit.pearson() > -1 - EPS && fit.pearson() < 1 + EPS);
        assertTrue(fit.spearman() > -1 - EPS && fit.spearman() < 1 + EPS);
    }

    /**
     * a = (1, 2, 3, 4), b = (2, 4, 6): means 2.5 and 4, variances 5/3 and 4; Welch: se² = 5/12 + 4/3 = 1.75,
     * t = −1.5/√1.75 = −1.133893, df = 1.75² / ((5/12)²/3 + (4/3)²/2) = 3.0625/0.946759 = 3.234719; pooled sd
     * √((3·5/3 + 2·4)/5) = √2.6, d = −1.5/1.612452 = −0.930261; U of a: 3 > 2, 4 > 2 and the ties 2 = 2, 4 = 4
     * count half: 3.
     */
    @Test
    void theComparisonEqualsAHandComputationAndCommonsMath() {
        double[] a = { 1, 2, 3, 4 };
        double[] b = { 2, 4, 6 };
        Comparison c = EnaModel.compare(GroupPair.parse("stage:beginning,ending"), a, b);
        assertEquals(-1.133893, c.t(), 1e-6);
        assertEquals(3.234719, c.df(), 1e-6);
        assertEquals(-0.930261, c.cohensD(), 1e-6);
        assertEquals(3, c.u(), 0);
        assertEquals(new TTest().tTest(a, b), c.tP(), 1e-15);
        assertEquals(new MannWhitneyUTest().mannWhitneyUTest(a, b), c.uP(), 1e-15);
        assertTrue(c.undefined().isEmpty());
        assertEquals(4, c.n1());
        assertEquals(2.5, c.mean1(), EPS);
    }

    @Test
    void aGroupOfOneUnitHasNoTTest() {
        Comparison c = EnaModel.compare(GroupPair.parse("stage:beginning,ending"), new double[] { 1 }, new double[] { 2, 3 });
        assertTrue(Double.isNaN(c.t()));
        assertFalse(c.undefined().isEmpty());
    }

    @Test
    void aGroupLevelWithoutUnitsIsAOneLineError() {
        TestProject p = randomProject(new Random(2), 4);
        Accumulation a = Accumulation.of(p.project(), p.codes("a", "b", "c", "d"), Level.SESSION, Optional.of(Level.STAGE),
                2, Filter.none());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EnaModel.fit(a, Optional.of(GroupPair.parse("stage:beginning,middle"))));
        assertTrue(e.getMessage().startsWith("no unit has stage 'middle'; the units' values: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void badGroupSpecificationsAreOneLineErrors() {
        assertEquals("--groups must be FIELD:A,B (e.g. stage:beginning,ending), not 'stage'",
                assertThrows(IllegalArgumentException.class, () -> GroupPair.parse("stage")).getMessage());
        assertEquals("--groups field must be stage, session, group, role or speaker, not 'colour'",
                assertThrows(IllegalArgumentException.class, () -> GroupPair.parse("colour:red,blue")).getMessage());
    }

    @Test
    void fewerThanTwoUnitsAreRefused() {
        TestProject p = randomProject(new Random(4), 3);
        Accumulation a = Accumulation.of(p.project(), p.codes("a", "b", "c", "d"), Level.GROUP, Optional.empty(), 2,
                Filter.none());
        assertEquals("ENA needs at least two units, found 0",
                assertThrows(IllegalArgumentException.class, () -> EnaModel.fit(a, Optional.empty())).getMessage());
    }

    @Test
    void spearmanRanksTiesByTheirAverageRankAsCommonsMathDoes() {
        double[] x = { 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, -0.0, 0.0 };
        double[] y = { 2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4, 5, 9 };
        // sorted: −0, 0 | 1, 1 | 2 | 3, 3 | 4 | 5, 5, 5 | 6 | 9: ranks 1.5, 3.5, 5, 6.5, 8, 10, 12, 13
        assertArray(new double[] { 6.5, 3.5, 8, 3.5, 10, 13, 5, 12, 10, 6.5, 10, 1.5, 1.5 }, EnaModel.averageRanks(x));
        // Commons Math ranks −0 below 0 (Double.compare); R, and Sameboat, tie them: compare without the signed zero
        double[] x11 = Arrays.copyOf(x, 11);
        double[] y11 = Arrays.copyOf(y, 11);
        assertEquals(new SpearmansCorrelation().correlation(x11, y11),
                new PearsonsCorrelation().correlation(EnaModel.averageRanks(x11), EnaModel.averageRanks(y11)), 1e-12);
    }

    @Test
    void theSvdOfATallMatrixThroughQrEqualsTheDirectSvd() {
        Random random = new Random(5);
        double[][] x = new double[40][6];
        for (double[] row : x) {
            for (int i = 0; i < row.length; i++) {
                row[i] = random.nextGaussian();
            }
        }
        Linear.Right viaQr = Linear.right(x);
        SingularValueDecomposition direct = new SingularValueDecomposition(new Array2DRowRealMatrix(x));
        for (int d = 0; d < 6; d++) {
            assertEquals(direct.getSingularValues()[d], viaQr.values()[d], 1e-9);
            double dot = 0;
            for (int i = 0; i < 6; i++) {
                dot += direct.getV().getEntry(i, d) * viaQr.vectors()[i][d];
            }
            assertEquals(1, Math.abs(dot), 1e-9, "the same direction, up to sign");
        }
    }

    /** Sessions 1..n, the first half beginning, the rest ending, each with random codings of four codes. */
    static TestProject randomProject(Random random, int sessions) {
        TestProject p = TestProject.withCodes("a", "b", "c", "d");
        for (int s = 0; s < sessions; s++) {
            Document d = p.document("s" + (s + 1), 8 + random.nextInt(8), 6);
            d.setSession(s + 1);
            d.setStage(s < sessions / 2 ? Stage.BEGINNING : Stage.ENDING);
            for (int t = 0; t < d.getTurns().size(); t++) {
                for (String code : List.of("a", "b", "c", "d")) {
                    // the ending sessions use c and d more, so the groups differ
                    double chance = (code.equals("c") || code.equals("d")) == (s >= sessions / 2) ? 0.5 : 0.2;
                    if (random.nextDouble() < chance) {
                        p.codeTurns(d, code, "alex", t, t);
                    }
                }
            }
        }
        return p;
    }

    private static double mean(double[][] points, List<Integer> units, int d) {
        double sum = 0;
        for (int u : units) {
            sum += points[u][d];
        }
        return sum / units.size();
    }

    private static double[] column(double[][] matrix, int c) {
        double[] out = new double[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            out[i] = matrix[i][c];
        }
        return out;
    }

    private static void assertArray(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], EPS, "entry " + i);
        }
    }

    private static void assertOrthonormal(double[][] rotation) {
        int dims = rotation[0].length;
        for (int a = 0; a < dims; a++) {
            for (int b = 0; b < dims; b++) {
                double dot = 0;
                for (double[] row : rotation) {
                    dot += row[a] * row[b];
                }
                assertEquals(a == b ? 1 : 0, dot, EPS);
            }
        }
    }
}
