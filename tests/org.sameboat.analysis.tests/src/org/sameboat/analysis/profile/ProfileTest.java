package org.sameboat.analysis.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.tests.TestProject;
import org.sameboat.model.Document;
import org.sameboat.model.Stage;

class ProfileTest {

    /**
     * s1 (beginning, session 1): A on turns 0, 1, 2 by alex, and again on turn 0 by sam; B on turn 3.
     * s2 (ending, session 2): A on turn 0; one coding of B spanning turns 1 and 2; turn 3 uncoded.
     * The worker speaks turns 0 and 2 of each document, the member turns 1 and 3.
     */
    private static TestProject twoStages() {
        TestProject p = TestProject.withCodes("A", "B", "C");
        Document s1 = p.document("s1", 4, 6);
        s1.setStage(Stage.BEGINNING);
        s1.setSession(1);
        p.codeTurns(s1, "A", "alex", 0, 2);
        p.code(s1, "A", "sam", TestProject.start(s1, 0), TestProject.start(s1, 0) + 3);
        p.codeTurns(s1, "B", "alex", 3, 3);
        Document s2 = p.document("s2", 4, 6);
        s2.setStage(Stage.ENDING);
        s2.setSession(2);
        p.codeTurns(s2, "A", "alex", 0, 0);
        p.code(s2, "B", "alex", TestProject.start(s2, 1), TestProject.end(s2, 2));
        return p;
    }

    @Test
    void aProfileByStageWorkedByHand() {
        // counts (turns a code touches): A: beginning 3 (sam's second A on turn 0 is pooled), ending 1;
        // B: beginning 1, ending 2 (one coding over two turns counts in both); C: 0, 0; turns 4 and 4
        // rates per 100 turns: A 75, 25; B 25, 50
        // test on [[3, 1], [1, 2]] (C's empty row takes no part): n = 7, rows 4, 3, columns 4, 3
        // expected 16/7, 12/7, 12/7, 9/7; X² = 0.223214 + 0.297619 + 0.297619 + 0.396825 = 1.215278, df 1,
        // p = erfc(sqrt(1.215278/2)) = 0.270289
        // residual (A, beginning) = (3 − 16/7) / sqrt(16/7 × 3/7 × 3/7) = 0.714286 / 0.647939 = 1.102396
        ProfileTable t = Profile.compute(twoStages().project(), List.of(), Level.STAGE, Filter.none());
        assertEquals(List.of("beginning", "ending"), t.levels());
        assertEquals(List.of("A", "B", "C"), t.codes());
        assertEquals(3, t.count(0, 0));
        assertEquals(1, t.count(0, 1));
        assertEquals(1, t.count(1, 0));
        assertEquals(2, t.count(1, 1));
        assertEquals(0, t.count(2, 0));
        assertEquals(4, t.turns(0));
        assertEquals(4, t.turns(1));
        assertEquals(75.0, t.rate(0, 0), 1e-12);
        assertEquals(50.0, t.rate(1, 1), 1e-12);
        assertEquals(1.215278, t.test().chiSquare(), 1e-6);
        assertEquals(1, t.test().degreesOfFreedom());
        assertEquals(0.270289, t.test().p(), 1e-6);
        assertEquals(1.102396, t.test().adjustedResidual(0, 0), 1e-6);
        assertEquals(-1.102396, t.test().adjustedResidual(1, 0), 1e-6);
        assertTrue(Double.isNaN(t.test().adjustedResidual(2, 0)));
        assertTrue(t.test().approximationDoubtful());
    }

    @Test
    void aProfileByRoleCountsTheTurnsOfEachRole() {
        // worker turns: s1 0 (A), 2 (A); s2 0 (A), 2 (B) -> A 3, B 1
        // member turns: s1 1 (A), 3 (B); s2 1 (B), 3 (uncoded) -> A 1, B 2
        ProfileTable t = Profile.compute(twoStages().project(), List.of(), Level.ROLE, Filter.none());
        assertEquals(List.of("worker", "member"), t.levels());
        assertEquals(3, t.count(0, 0));
        assertEquals(1, t.count(0, 1));
        assertEquals(1, t.count(1, 0));
        assertEquals(2, t.count(1, 1));
    }

    @Test
    void aCoderFilterAndChosenCodesNarrowTheProfile() {
        TestProject p = twoStages();
        ProfileTable t = Profile.compute(p.project(), p.codes("B", "A"), Level.SESSION, Filter.none().withCoder(p.coder("sam")));
        assertEquals(List.of("1", "2"), t.levels());
        assertEquals(List.of("B", "A"), t.codes());
        assertEquals(1, t.count(1, 0)); // sam's A on session 1's first turn
        assertEquals(0, t.count(0, 0));
        assertEquals(4, t.turns(1)); // turns per level count coded and uncoded turns alike
    }

    @Test
    void documentsWithoutASessionComeLastAsNone() {
        TestProject p = twoStages();
        p.document("s3", 2, 6);
        ProfileTable t = Profile.compute(p.project(), List.of(), Level.SESSION, Filter.none());
        assertEquals(List.of("1", "2", "none"), t.levels());
        assertEquals(2, t.turns(2));
    }

    @Test
    void aStageFilterKeepsThatStagesDocuments() {
        ProfileTable t = Profile.compute(twoStages().project(), List.of(), Level.SPEAKER,
                Filter.none().withStage(Stage.ENDING));
        assertEquals(List.of("Dana", "Lee"), t.levels());
        assertEquals(1, t.count(0, 0)); // Dana's A on s2's first turn
        assertEquals(1, t.count(1, 0)); // Dana's B on s2's third turn
        assertEquals(1, t.count(1, 1));
    }

    @Test
    void anUnknownLevelIsRefusedWithTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Level.parse("week"));
        assertTrue(e.getMessage().contains("stage, session, group, role or speaker"));
    }

    @Test
    void theCodingsOfACellAreThoseOfTheCodeTouchingTurnsAtTheLevel() {
        TestProject p = twoStages();
        Document s1 = p.project().getDocuments().get(0);
        Document s2 = p.project().getDocuments().get(1);
        org.sameboat.model.Code a = p.code("A");
        org.sameboat.model.Code b = p.code("B");
        // A at the beginning: alex's three codings (one per turn 0, 1, 2) and sam's on turn 0, all in s1
        assertEquals(s1.getCodings().stream().filter(c -> c.getCode() == a).toList(),
                Profile.codings(p.project(), a, Level.STAGE, "beginning", Filter.none()));
        assertEquals(4, Profile.codings(p.project(), a, Level.STAGE, "beginning", Filter.none()).size());
        assertEquals(1, Profile.codings(p.project(), a, Level.STAGE, "beginning", Filter.none().withCoder(p.coder("sam"))).size());
        // B at the end: one coding spanning two turns, the cell's two turns
        assertEquals(s2.getCodings().stream().filter(c -> c.getCode() == b).toList(),
                Profile.codings(p.project(), b, Level.STAGE, "ending", Filter.none()));
        assertEquals(List.of(), Profile.codings(p.project(), p.code("C"), Level.STAGE, "ending", Filter.none()));
        assertEquals("beginning", Profile.levelOf(Level.STAGE, s1, s1.getTurns().get(0)));
        assertEquals("2", Profile.levelOf(Level.SESSION, s2, s2.getTurns().get(0)));
    }
}
