package org.sameboat.analysis.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.tests.TestProject;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Document;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Ids;

class LagSequentialTest {

    private static final List<String> ABC = List.of("A", "B", "C");

    /** Event numbers of a string of letters A, B, C. */
    private static int[] events(String letters) {
        return letters.chars().map(c -> c - 'A').toArray();
    }

    @Test
    void aTwoEventSequenceWorkedByHand() {
        // A B A B B A, lag 1: pairs AB BA AB BB BA, n = 5
        // counts [[0, 2], [2, 1]]; row totals 2, 3; column totals 2, 3
        // expected AA = 2×2/5 = 0.8, AB = 2×3/5 = 1.2, BA = 1.2, BB = 3×3/5 = 1.8
        // P(B|A) = 2/2 = 1, P(A|B) = 2/3, P(B|B) = 1/3
        // z(AA) = (0 − 0.8) / sqrt(0.8 × (1 − 2/5) × (1 − 2/5)) = −0.8 / sqrt(0.288) = −1.490712; in a 2×2 table
        // every cell has the same |z|
        // Yule's Q(AA): a = 0, b = 2, c = 2, d = 1: (0 − 4)/(0 + 4) = −1; Q(AB): a = 2, b = 0, c = 1, d = 2: +1;
        // Q(BB): a = 1, b = 2, c = 2, d = 0: −1
        LagTable t = LagSequential.tally(List.of("A", "B"), List.of(events("ABABBA")), 1);
        assertEquals(5, t.n());
        assertEquals(List.of("A", "B"), t.events());
        assertEquals(0, t.count(0, 0));
        assertEquals(2, t.count(0, 1));
        assertEquals(2, t.count(1, 0));
        assertEquals(1, t.count(1, 1));
        assertEquals(0.8, t.expected(0, 0), 1e-12);
        assertEquals(1.2, t.expected(0, 1), 1e-12);
        assertEquals(1.8, t.expected(1, 1), 1e-12);
        assertEquals(1.0, t.probability(0, 1), 1e-12);
        assertEquals(2.0 / 3, t.probability(1, 0), 1e-12);
        assertEquals(-1.490712, t.adjustedResidual(0, 0), 1e-6);
        assertEquals(1.490712, t.adjustedResidual(0, 1), 1e-6);
        assertEquals(-1.490712, t.adjustedResidual(1, 1), 1e-6);
        assertEquals(-1.0, t.yulesQ(0, 0), 1e-12);
        assertEquals(1.0, t.yulesQ(0, 1), 1e-12);
        assertEquals(-1.0, t.yulesQ(1, 1), 1e-12);
    }

    @Test
    void aThreeEventSequenceWorkedByHand() {
        // A A B C A B C C A B, lag 1: pairs AA AB BC CA AB BC CC CA AB, n = 9
        // counts A: [1, 3, 0], B: [0, 0, 2], C: [2, 0, 1]; row totals 4, 2, 3; column totals 3, 3, 3
        // e(A→B) = 4 × 3 / 9 = 1.333333; P(B|A) = 3/4
        // z(A→B) = (3 − 1.333333) / sqrt(1.333333 × (1 − 4/9) × (1 − 3/9)) = 1.666667 / 0.702728 = 2.371708
        // Allison and Liker's form: (P(B|A) − P(B)) / sqrt(P(B)(1 − P(B))(1 − P(A)) / (n P(A)))
        //   = (0.75 − 1/3) / sqrt((1/3)(2/3)(5/9) / 4) = 0.416667 / 0.175682 = 2.371708
        // z(B→C) = (2 − 0.666667) / sqrt(0.666667 × (7/9) × (2/3)) = 1.333333 / 0.587945 = 2.267787
        // z(C→C) = (1 − 1) / ... = 0
        // Q(A→B): a = 3, b = 1, c = 0, d = 5: (15 − 0)/(15 + 0) = 1
        // Q(C→A): a = 2, b = 1, c = 1, d = 5: (10 − 1)/(10 + 1) = 9/11
        LagTable t = LagSequential.tally(ABC, List.of(events("AABCABCCAB")), 1);
        assertEquals(9, t.n());
        assertEquals(3, t.count(0, 1));
        assertEquals(4.0 / 3, t.expected(0, 1), 1e-12);
        assertEquals(0.75, t.probability(0, 1), 1e-12);
        assertEquals(2.371708, t.adjustedResidual(0, 1), 1e-6);
        double pB = 3.0 / 9;
        double pA = 4.0 / 9;
        double allisonLiker = (0.75 - pB) / Math.sqrt(pB * (1 - pB) * (1 - pA) / (9 * pA));
        assertEquals(allisonLiker, t.adjustedResidual(0, 1), 1e-12);
        assertEquals(2.267787, t.adjustedResidual(1, 2), 1e-6);
        assertEquals(0.0, t.adjustedResidual(2, 2), 1e-12);
        assertEquals(1.0, t.yulesQ(0, 1), 1e-12);
        assertEquals(9.0 / 11, t.yulesQ(2, 0), 1e-12);
        // the whole table: X² = 9.5, df 4
        assertEquals(9.5, t.contingency().chiSquare(), 1e-9);
        assertEquals(4, t.contingency().degreesOfFreedom());
    }

    @Test
    void pairsNeverCrossSequencesAndTheLagCountsPositions() {
        // sequences A B C and C A: lag 1 pairs AB BC | CA (not C→C across the boundary), n = 3
        LagTable one = LagSequential.tally(ABC, List.of(events("ABC"), events("CA")), 1);
        assertEquals(3, one.n());
        assertEquals(0, one.count(2, 2));
        assertEquals(1, one.count(2, 0));
        // lag 2: A→C in the first sequence only; B occurs in no pair and is dropped
        LagTable two = LagSequential.tally(ABC, List.of(events("ABC"), events("CA")), 2);
        assertEquals(1, two.n());
        assertEquals(List.of("A", "C"), two.events());
        assertEquals(1, two.count(0, 1));
    }

    @Test
    void aLagBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> LagSequential.tally(ABC, List.of(events("AB")), 0));
    }

    /** Five turns of s1: worker A, member B, worker A, member uncoded, worker B (alex); sam adds C on the last turn. */
    private static TestProject fiveTurns() {
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
    void dynamicEventsFollowTheTransitionsRule() {
        // s1: A B A none B (B covers 6 characters of the last turn, sam's C 4), s2: B B
        // lag 1 pairs: AB BA A-none none-B | BB: n = 5, the same cells as the transition matrix
        LagTable t = LagSequential.compute(fiveTurns().project(), List.of(), EventKind.DYNAMIC, 1, Filter.none());
        assertEquals(List.of("A", "B", "none"), t.events());
        assertEquals(5, t.n());
        assertEquals(1, t.count(0, 1));
        assertEquals(1, t.count(1, 0));
        assertEquals(1, t.count(0, 2));
        assertEquals(1, t.count(2, 1));
        assertEquals(1, t.count(1, 1));
    }

    @Test
    void roleEventsAreTheSpeakersRoles() {
        // s1: W M W M W, s2: W M; lag 1: WM MW WM MW | WM: W→M 3, M→W 2
        LagTable t = LagSequential.compute(fiveTurns().project(), List.of(), EventKind.ROLE, 1, Filter.none());
        assertEquals(List.of("worker", "member"), t.events());
        assertEquals(3, t.count(0, 1));
        assertEquals(2, t.count(1, 0));
        assertEquals(0, t.count(0, 0));
    }

    @Test
    void rolePlusCodeMakesAWorkersCodeFollowedByAMembersDynamicOneCell() {
        // s1: worker:A member:B worker:A member:none worker:B, s2: worker:B member:B
        // events in order (roles worker, member; codes A, B, C, none): worker: A, worker: B, member: B, member: none
        LagTable t = LagSequential.compute(fiveTurns().project(), List.of(), EventKind.ROLE_CODE, 1, Filter.none());
        assertEquals(List.of("worker: A", "worker: B", "member: B", "member: none"), t.events());
        assertEquals(5, t.n());
        assertEquals(1, t.count(0, 2)); // worker: A → member: B
        assertEquals(1, t.count(0, 3)); // worker: A → member: none
        assertEquals(1, t.count(1, 2)); // worker: B → member: B in s2
        assertEquals(1, t.count(3, 1)); // member: none → worker: B
    }

    @Test
    void aCoderFilterTakesThatCodersDynamics() {
        TestProject p = fiveTurns();
        // sam coded only s1's last turn: s1 is none none none none C, s2 none none
        LagTable t = LagSequential.compute(p.project(), List.of(), EventKind.DYNAMIC, 1, Filter.none().withCoder(p.coder("sam")));
        assertEquals(List.of("C", "none"), t.events());
        assertEquals(4, t.count(1, 1)); // none→none: 3 in s1, 1 in s2
        assertEquals(1, t.count(1, 0));
    }

    @Test
    void skillEventsAreTheCodesOfASkillsCodebook() {
        TestProject p = TestProject.withCodes("A");
        Codebook skills = Ids.assign(SameboatFactory.eINSTANCE.createCodebook());
        skills.setName("Worker skills");
        Code links = Ids.assign(SameboatFactory.eINSTANCE.createCode());
        links.setName("Reaching for links");
        skills.getCodes().add(links);
        p.project().getCodebooks().add(skills);
        Document d = p.document("s1", 4, 6);
        p.code(d, "A", "alex", TestProject.start(d, 0), TestProject.end(d, 1)); // A on turns 1 and 2
        Codings.add(d, links, p.coder("alex"), TestProject.start(d, 2), TestProject.end(d, 2), Clock.systemUTC()); // turn 3
        // skill events: none none links none (A is not a skill); lag 1: none→none, none→links, links→none
        assertEquals(List.of(links), LagSequential.skillCodes(p.project()));
        LagTable t = LagSequential.compute(p.project(), List.of(), EventKind.SKILL, 1, Filter.none());
        assertEquals(List.of("Reaching for links", "none"), t.events());
        assertEquals(3, t.n());
        assertEquals(1, t.count(1, 0));
        assertEquals(1, t.count(0, 1));
        assertEquals(1, t.count(1, 1));
    }

    @Test
    void skillEventsWithoutASkillsCodebookAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> LagSequential.compute(fiveTurns().project(), List.of(), EventKind.SKILL, 1, Filter.none()));
    }

    @Test
    void thePairsOfACellAreTheTurnsItCounts() {
        // s1: worker:A member:B worker:A member:none worker:B, s2: worker:B member:B
        TestProject p = fiveTurns();
        Document s1 = p.project().getDocuments().get(0);
        Document s2 = p.project().getDocuments().get(1);
        List<TurnPair> toMemberB = LagSequential.pairs(p.project(), List.of(), EventKind.ROLE_CODE, 1, Filter.none(), "worker: A",
                "member: B");
        assertEquals(List.of(new TurnPair(s1, s1.getTurns().get(0), s1.getTurns().get(1))), toMemberB);
        // roles at lag 2 in s1: W→W at (0, 2) and (2, 4), M→M at (1, 3); s2 has no pair two apart
        List<TurnPair> workerToWorker = LagSequential.pairs(p.project(), List.of(), EventKind.ROLE, 2, Filter.none(), "worker", "worker");
        assertEquals(List.of(new TurnPair(s1, s1.getTurns().get(0), s1.getTurns().get(2)),
                new TurnPair(s1, s1.getTurns().get(2), s1.getTurns().get(4))), workerToWorker);
        assertEquals(List.of(), LagSequential.pairs(p.project(), List.of(), EventKind.ROLE, 1, Filter.none(), "worker", "nobody"));
        // every cell lists as many pairs as it counts
        LagTable t = LagSequential.compute(p.project(), List.of(), EventKind.DYNAMIC, 1, Filter.none());
        for (int g = 0; g < t.events().size(); g++) {
            for (int e = 0; e < t.events().size(); e++) {
                assertEquals(t.count(g, e), LagSequential.pairs(p.project(), List.of(), EventKind.DYNAMIC, 1, Filter.none(),
                        t.events().get(g), t.events().get(e)).size());
            }
        }
        assertEquals(s2, LagSequential.pairs(p.project(), List.of(), EventKind.DYNAMIC, 1, Filter.none(), "B", "B").get(0).document());
    }
}
