package org.sameboat.analysis.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.agreement.CohenKappa;
import org.sameboat.analysis.agreement.ReliabilityData;
import org.sameboat.analysis.tests.TestProject;
import org.sameboat.model.Document;
import org.sameboat.model.Project;

class TurnAgreementTest {

    /** alex codes A on turns 1-4, sam on turns 3-6, of ten turns. */
    private static TestProject shiftedCoding() {
        TestProject p = TestProject.withCodes("A", "B");
        Document d = p.document("s1", 10, 8);
        p.codeTurns(d, "A", "alex", 0, 3);
        p.codeTurns(d, "A", "sam", 2, 5);
        return p;
    }

    @Test
    void turnLevelKappaOfACodeMatchesTheHandComputedValue() {
        TestProject p = shiftedCoding();
        AgreementReport report = TurnAgreement.of(Comparison.of(p.project(), List.of(), List.of())).report();
        // yes/yes 2, yes/no 2, no/yes 2, no/no 4: Po = .6, Pe = .4*.4 + .6*.6 = .52, kappa = .08/.48
        List<AgreementResult> a = report.rows().get(0).coefficients();
        assertEquals("A", report.rows().get(0).label());
        assertEquals(0.6, a.get(0).value(), 1e-12);
        assertEquals(1.0 / 6, a.get(1).value(), 1e-12);
        assertEquals(0.52, a.get(1).expected(), 1e-12);
        assertEquals(10, report.units());
    }

    @Test
    void theDataBehindTheReportHoldsEveryTurnAsFewWeightedPatterns() {
        TurnAgreement turns = TurnAgreement.of(Comparison.of(shiftedCoding().project(), List.of(), List.of()));
        List<ReliabilityData> data = turns.data();
        assertEquals(2, data.size(), "code A, then the dynamic");
        ReliabilityData a = data.get(0);
        assertEquals(10, a.unitCount());
        assertEquals(4, a.rowCount(), "yes/yes, yes/no, no/yes, no/no");
        assertEquals(4, IntStream.range(0, 10).filter(u -> a.category(u, 0).equals("yes")).count(),
                "alex applied A to four turns");
        assertEquals(CohenKappa.compute(a).value(), turns.report().rows().get(0).coefficients().get(1).value(), 0);
    }

    @Test
    void onlyCodesSomeCoderAppliedAreComparedByDefaultAndTheDynamicComesLast() {
        AgreementReport report = TurnAgreement.of(Comparison.of(shiftedCoding().project(), List.of(), List.of())).report();
        assertEquals(List.of("A", "dynamic"), report.rows().stream().map(CodeAgreement::label).toList());
    }

    @Test
    void aCodingSpanningTwoTurnsAppliesToBoth() {
        TestProject p = TestProject.withCodes("A");
        Document d = p.document("s1", 4, 5);
        p.code(d, "A", "alex", TestProject.start(d, 1), TestProject.start(d, 2) + 1);
        p.codeTurns(d, "A", "sam", 1, 2);
        AgreementReport report = TurnAgreement.of(Comparison.of(p.project(), List.of(), List.of())).report();
        assertEquals(1.0, report.rows().get(0).coefficients().get(0).value(), 1e-12);
    }

    /** Three turns of 10: alex A6+B4, A5+B5 (tie), nothing; sam B, B, nothing. */
    private static TestProject dynamics() {
        TestProject p = TestProject.withCodes("A", "B");
        Document d = p.document("s1", 3, 10);
        int t0 = TestProject.start(d, 0);
        int t1 = TestProject.start(d, 1);
        p.code(d, "A", "alex", t0, t0 + 6);
        p.code(d, "A", "alex", t0 + 1, t0 + 4); // inside the first: merged, still 6 characters
        p.code(d, "B", "alex", t0 + 6, t0 + 10);
        p.code(d, "B", "alex", t1, t1 + 5);
        p.code(d, "A", "alex", t1 + 5, t1 + 10);
        p.codeTurns(d, "B", "sam", 0, 1);
        return p;
    }

    @Test
    void theDynamicIsTheCodeCoveringMostCharactersWithTiesByCodebookOrderAndNoneWhenUncoded() {
        TurnAgreement turns = TurnAgreement.of(Comparison.of(dynamics().project(), List.of(), List.of()));
        ConfusionMatrix matrix = turns.confusion();
        assertEquals(List.of("A", "B", "none"), matrix.labels());
        assertArrayEquals(new long[][] {{0, 2, 0}, {0, 0, 0}, {0, 0, 1}}, matrix.counts());
        assertEquals(1, matrix.agreements());
    }

    @Test
    void disagreementsListTheTurnsWithBothLabelsSpeakerAndText() {
        Project project = dynamics().project();
        String id = project.getDocuments().get(0).getId();
        TurnAgreement turns = TurnAgreement.of(Comparison.of(project, List.of(), List.of()));
        assertEquals(List.of(new Disagreement(id, "s1", 1, "Dana", "A", "B", "a".repeat(10)),
                new Disagreement(id, "s1", 2, "Lee", "A", "B", "b".repeat(10))), turns.disagreements());
    }

    @Test
    void nominalDynamicAgreementUsesOneLabelPerTurn() {
        AgreementReport report = TurnAgreement.of(Comparison.of(dynamics().project(), List.of(), List.of())).report();
        CodeAgreement dynamic = report.rows().get(report.rows().size() - 1);
        assertEquals(1.0 / 3, dynamic.coefficients().get(0).value(), 1e-12);
        // alex A, A, none; sam B, B, none: Po = 1/3, Pe = 0*2/3 + 2/3*0 + 1/3*1/3 = 1/9
        assertEquals((1.0 / 3 - 1.0 / 9) / (1 - 1.0 / 9), dynamic.coefficients().get(1).value(), 1e-12);
    }

    @Test
    void documentsOnlyOneCoderCodedAreLeftOut() {
        TestProject p = shiftedCoding();
        Document other = p.document("s2", 5, 4);
        p.codeTurns(other, "A", "alex", 0, 4);
        Comparison comparison = Comparison.of(p.project(), List.of(), List.of());
        assertEquals(1, comparison.documents().size());
        assertEquals(10, TurnAgreement.of(comparison).turnCount());
    }

    @Test
    void threeCodersAreComparedWithFleissKappaAndHaveNoConfusionMatrix() {
        TestProject p = shiftedCoding();
        p.codeTurns(p.project().getDocuments().get(0), "A", "kim", 0, 5);
        TurnAgreement turns = TurnAgreement.of(Comparison.of(p.project(), List.of(), List.of()));
        assertTrue(turns.report().rows().get(0).coefficients().get(1).coefficient().startsWith("Fleiss' kappa"));
        assertThrows(IllegalStateException.class, turns::confusion);
    }

    @Test
    void codersCanBeSelectedAndOneCoderIsRefused() {
        TestProject p = shiftedCoding();
        p.codeTurns(p.project().getDocuments().get(0), "A", "kim", 0, 5);
        Comparison two = Comparison.of(p.project(), p.coders("sam", "kim"), List.of());
        assertEquals(List.of("sam", "kim"), two.coderNames());
        assertThrows(IllegalArgumentException.class, () -> Comparison.of(p.project(), p.coders("sam"), List.of()));
    }

    @Test
    void codersWhoNeverCodedTheSameDocumentHaveNothingToCompare() {
        TestProject p = TestProject.withCodes("A");
        p.codeTurns(p.document("s1", 3, 5), "A", "alex", 0, 1);
        p.codeTurns(p.document("s2", 3, 5), "A", "sam", 0, 1);
        AgreementReport report = TurnAgreement.of(Comparison.of(p.project(), List.of(), List.of())).report();
        assertEquals(0, report.documents());
        assertEquals(List.of("dynamic"), report.rows().stream().map(CodeAgreement::label).toList());
        assertFalse(report.rows().get(0).coefficients().get(0).defined());
    }
}
