package org.sameboat.analysis.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sameboat.analysis.tests.TestProject;
import org.sameboat.model.Document;
import org.sameboat.model.SpeakerRole;

class TransitionsTest {

    /** Turns: A, B, A, none, B in s1; B, B in s2 (all by alex); sam codes C on s1's last turn. */
    private static TestProject sequence() {
        TestProject p = TestProject.withCodes("A", "B", "C");
        Document s1 = p.document("s1", 5, 6);
        p.codeTurns(s1, "A", "alex", 0, 0);
        p.codeTurns(s1, "B", "alex", 1, 1);
        p.codeTurns(s1, "A", "alex", 2, 2);
        p.codeTurns(s1, "B", "alex", 4, 4);
        p.code(s1, "C", "sam", TestProject.start(s1, 4), TestProject.start(s1, 4) + 4);
        Document s2 = p.document("s2", 2, 6);
        p.codeTurns(s2, "B", "alex", 0, 1);
        return p;
    }

    @Test
    void eachTurnsDynamicIsFollowedByTheNextTurnsWithinADocument() {
        TestProject p = sequence();
        TransitionMatrix m = Transitions.compute(p.project(), List.of(), Filter.none().withCoder(p.coder("alex")));
        assertEquals(List.of("A", "B", "C", "none"), m.labels());
        assertEquals(1, m.count(0, 1)); // A -> B
        assertEquals(1, m.count(1, 0)); // B -> A
        assertEquals(1, m.count(0, 3)); // A -> none
        assertEquals(1, m.count(3, 1)); // none -> B
        assertEquals(1, m.count(1, 1)); // B -> B in s2; s1's last B does not lead into s2
        assertEquals(5, m.total());
    }

    @Test
    void withoutACoderTheCodingsArePooledBeforeTheDynamicIsTaken() {
        TransitionMatrix m = Transitions.compute(sequence().project(), List.of(), Filter.none());
        assertEquals(5, m.total());
        assertEquals(1, m.count(3, 1)); // the last turn: B covers 6 characters, sam's C only 4
    }

    @Test
    void aRoleFilterChainsTheTurnsOfThatRole() {
        TestProject p = sequence();
        TransitionMatrix m = Transitions.compute(p.project(), List.of(),
                Filter.none().withCoder(p.coder("alex")).withRole(SpeakerRole.WORKER));
        // worker turns of s1: A, A, B (turns 1, 3, 5); of s2: B (turn 1)
        assertEquals(1, m.count(0, 0));
        assertEquals(1, m.count(0, 1));
        assertEquals(2, m.total());
    }
}
