package org.sameboat.analysis.ena;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.profile.Level;
import org.sameboat.analysis.tests.TestProject;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Stage;
import org.sameboat.model.Turn;

class AccumulationTest {

    /**
     * rENA's own test "Simple data.frame to accumulate" (tests/testthat/test.ena.accumulate.data.R): units J and Z
     * speak in turn, conversations Day 1 (rows 1–6) and Day 2 (rows 7–12), codes c1, c2, c3, window 1. rENA
     * expects J = (2, 2, 1) and Z = (2, 0, 0) for c1 & c2, c1 & c3, c2 & c3. J is the worker here, Z the member.
     */
    static TestProject renaDays() {
        int[][] rows = { { 1, 1, 0 }, { 1, 1, 0 }, { 1, 1, 1 }, { 1, 0, 0 }, { 1, 0, 1 }, { 0, 1, 0 }, { 0, 0, 1 },
                { 1, 1, 0 }, { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 }, { 1, 0, 0 } };
        TestProject p = TestProject.withCodes("c1", "c2", "c3");
        for (int day = 0; day < 2; day++) {
            Document d = p.document("day" + (day + 1), 6, 4);
            for (int t = 0; t < 6; t++) {
                for (int c = 0; c < 3; c++) {
                    if (rows[day * 6 + t][c] == 1) {
                        p.codeTurns(d, "c" + (c + 1), "alex", t, t);
                    }
                }
            }
        }
        return p;
    }

    @Test
    void renasSimpleAccumulationIsReproduced() {
        Accumulation a = Accumulation.of(renaDays().project(), List.of(), Level.SPEAKER, Optional.empty(), 1, Filter.none());
        assertEquals(List.of("c1", "c2", "c3"), a.codes());
        assertEquals(List.of("c1 & c2", "c1 & c3", "c2 & c3"), a.pairs());
        assertEquals(List.of("Dana", "Lee"), a.units());
        assertArrayEquals(new double[] { 2, 2, 1 }, a.counts()[0]);
        assertArrayEquals(new double[] { 2, 0, 0 }, a.counts()[1]);
    }

    /**
     * libqe's test "apply_tensor rows match rENA ena.accumulate.data weight.by" (R/tests/testthat/test-accumulation.R):
     * one unit, one conversation, window 3, codes (2,0,1), (1,3,0), (0,1,2); rENA's binary accumulation is (2, 3, 2).
     * As presence: turn 1 {c1, c3}, turn 2 {c1, c2}, turn 3 {c2, c3}.
     */
    @Test
    void renasBinaryWindowOfThreeIsReproduced() {
        TestProject p = TestProject.withCodes("c1", "c2", "c3");
        Document d = p.document("d", 3, 4);
        p.codeTurns(d, "c1", "alex", 0, 1);
        p.codeTurns(d, "c3", "alex", 0, 0);
        p.codeTurns(d, "c2", "alex", 1, 2);
        p.codeTurns(d, "c3", "alex", 2, 2);
        Accumulation a = Accumulation.of(p.project(), List.of(), Level.STAGE, Optional.empty(), 3, Filter.none());
        assertArrayEquals(new double[] { 2, 3, 2 }, a.counts()[0]);
    }

    @Test
    void aTurnConnectsWithThePrecedingTurnsOfItsWindowOnlyWithinItsDocument() {
        // d1: c1, c2, c3 on turns 0, 1, 2; window 2: turn 1 connects c2 with c1 (turn 0), turn 2 c3 with c2
        // (turn 1), not with c1 (turn 0 is outside). d2 starts with c3 and does not reach back into d1.
        TestProject p = TestProject.withCodes("c1", "c2", "c3");
        Document d1 = p.document("d1", 3, 4);
        p.codeTurns(d1, "c1", "alex", 0, 0);
        p.codeTurns(d1, "c2", "alex", 1, 1);
        p.codeTurns(d1, "c3", "alex", 2, 2);
        Document d2 = p.document("d2", 1, 4);
        p.codeTurns(d2, "c3", "alex", 0, 0);
        Accumulation a = Accumulation.of(p.project(), List.of(), Level.STAGE, Optional.empty(), 2, Filter.none());
        assertArrayEquals(new double[] { 1, 0, 1 }, a.counts()[0]);
        Accumulation wide = Accumulation.of(p.project(), List.of(), Level.STAGE, Optional.empty(), 3, Filter.none());
        assertArrayEquals(new double[] { 1, 1, 1 }, wide.counts()[0]);
    }

    @Test
    void accumulatedVectorsEqualADirectCountOnRandomProjects() {
        Random random = new Random(15);
        for (int round = 0; round < 30; round++) {
            TestProject p = TestProject.withCodes("a", "b", "c", "d");
            for (int doc = 0; doc < 3; doc++) {
                Document d = p.document("d" + doc, 3 + random.nextInt(10), 6);
                d.setStage(random.nextBoolean() ? Stage.BEGINNING : Stage.ENDING);
                for (int k = random.nextInt(12); k > 0; k--) {
                    int start = random.nextInt(d.getText().length() - 1);
                    int end = Math.min(d.getText().length(), start + 1 + random.nextInt(9));
                    String code = "abcd".substring(random.nextInt(4)).substring(0, 1);
                    String coder = random.nextBoolean() ? "alex" : "sam";
                    boolean twice = d.getCodings().stream().anyMatch(c -> c.getCode().getName().equals(code)
                            && c.getCoder().getName().equals(coder) && c.getStart() == start && c.getEnd() == end);
                    if (!twice) {
                        p.code(d, code, coder, start, end);
                    }
                }
            }
            int window = 1 + random.nextInt(5);
            for (Level unit : List.of(Level.SPEAKER, Level.STAGE)) {
                Accumulation a = Accumulation.of(p.project(), p.codes("a", "b", "c", "d"), unit, Optional.empty(), window,
                        Filter.none());
                for (int u = 0; u < a.units().size(); u++) {
                    assertArrayEquals(bruteForce(p, unit, a.units().get(u), window), a.counts()[u],
                            "round " + round + " unit " + a.units().get(u) + " window " + window);
                }
            }
        }
    }

    /** For every turn of the unit, pair (i, j) is connected when i is in the turn and j in its stanza, or the other way round. */
    private static double[] bruteForce(TestProject p, Level unit, String name, int window) {
        double[] out = new double[6];
        for (Document d : p.project().getDocuments()) {
            List<Turn> turns = new ArrayList<>(d.getTurns());
            for (int t = 0; t < turns.size(); t++) {
                if (!Units.value(unit, d, turns.get(t)).orElse("").equals(name)) {
                    continue;
                }
                for (int j = 1; j < 4; j++) {
                    for (int i = 0; i < j; i++) {
                        boolean iHere = has(d, turns.get(t), i);
                        boolean jHere = has(d, turns.get(t), j);
                        boolean iStanza = false;
                        boolean jStanza = false;
                        for (int s = Math.max(0, t - window + 1); s <= t; s++) {
                            iStanza |= has(d, turns.get(s), i);
                            jStanza |= has(d, turns.get(s), j);
                        }
                        if (iHere && jStanza || jHere && iStanza) {
                            out[Accumulation.pairIndex(i, j)]++;
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean has(Document d, Turn turn, int code) {
        for (Coding coding : d.getCodings()) {
            if (coding.getCode().getName().equals("abcd".substring(code, code + 1))
                    && Math.min(coding.getEnd(), turn.getEnd()) > Math.max(coding.getStart(), turn.getStart())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void pairsAreInRenasUpperTriangleOrder() {
        assertEquals(List.of("a & b", "a & c", "b & c", "a & d", "b & d", "c & d"),
                Accumulation.pairNames(List.of("a", "b", "c", "d")));
        assertEquals(4, Accumulation.pairIndex(3, 1));
        assertEquals(4, Accumulation.pairIndex(1, 3));
    }

    @Test
    void aWindowBelowOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Accumulation
                .of(renaDays().project(), List.of(), Level.SPEAKER, Optional.empty(), 0, Filter.none()));
        assertEquals("--window must be at least 1 (the turn itself), not 0", e.getMessage());
    }

    @Test
    void unitsAreSplitByTheGroupingFieldWhenItIsNotTheUnit() {
        TestProject p = renaDays();
        p.project().getDocuments().get(0).setStage(Stage.BEGINNING);
        p.project().getDocuments().get(1).setStage(Stage.ENDING);
        Accumulation a = Accumulation.of(p.project(), List.of(), Level.SPEAKER, Optional.of(Level.STAGE), 1,
                Filter.none());
        assertEquals(List.of("Dana (beginning)", "Lee (beginning)", "Dana (ending)", "Lee (ending)"), a.units());
        assertEquals(List.of(Optional.of("beginning"), Optional.of("beginning"), Optional.of("ending"), Optional.of("ending")),
                a.groupValues());
        // J day 1: rows 1, 3, 5 = {c1,c2}, {c1,c2,c3}, {c1,c3} -> (2, 2, 1); day 2: {}, {c1}, {c3} -> 0
        assertArrayEquals(new double[] { 2, 2, 1 }, a.counts()[0]);
        assertArrayEquals(new double[] { 0, 0, 0 }, a.counts()[2]);
    }
}
