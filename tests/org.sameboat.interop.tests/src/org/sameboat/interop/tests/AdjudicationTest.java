package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.interop.InteropException;
import org.sameboat.interop.adjudicate.Adjudication;
import org.sameboat.interop.adjudicate.AdjudicationResult;
import org.sameboat.interop.adjudicate.Decision;
import org.sameboat.interop.adjudicate.DecisionSheet;
import org.sameboat.interop.adjudicate.Disagreement;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Lookups;

/** A consensus coder from two coders' agreements and the user's decisions on the rest. */
class AdjudicationTest {

    @TempDir
    Path temp;

    /** alex and sam agree on one coding (5-26 same code); the other three codings are disagreements. */
    private static Project agreeingOnce() {
        Project project = TestProjects.small();
        Codings.add(project.getDocuments().get(0), CodePaths.find(project, "All in the same boat").orElseThrow(),
                Lookups.coder(project, "sam").orElseThrow(), 5, 26, TestProjects.CLOCK);
        return project;
    }

    private static Adjudication adjudication(Project project) {
        return new Adjudication(project, Lookups.coder(project, "alex").orElseThrow(), Lookups.coder(project, "sam").orElseThrow());
    }

    private static List<Coding> codingsBy(Project project, String coder) {
        return project.getDocuments().get(0).getCodings().stream().filter(c -> c.getCoder().getName().equals(coder)).toList();
    }

    @Test
    void withoutDecisionsOnlyTheAgreedCodingsGoIntoTheConsensus() {
        Project project = agreeingOnce();
        AdjudicationResult result = adjudication(project).decide("consensus", Map.of());
        assertEquals(1, result.agreed());
        assertEquals(3, result.open().size());
        List<Coding> consensus = codingsBy(project, "consensus");
        assertEquals(1, consensus.size());
        assertEquals(5, consensus.get(0).getStart());
        assertEquals(26, consensus.get(0).getEnd());
    }

    @Test
    void decisionsFromTheFilledSheetAreAppliedAndRerunsAddNothingTwice() throws Exception {
        Project project = agreeingOnce();
        List<Disagreement> open = adjudication(project).disagreements();
        Path sheet = temp.resolve("sheet.csv");
        DecisionSheet.write(open, sheet);
        List<String> lines = Files.readAllLines(sheet);
        assertEquals(4, lines.size());
        lines.set(1, lines.get(1) + "keep");
        lines.set(2, lines.get(2) + "DROP");
        Files.write(sheet, lines);
        Map<String, Decision> decisions = DecisionSheet.read(sheet);
        assertEquals(2, decisions.size());
        AdjudicationResult result = adjudication(project).decide("consensus", decisions);
        assertEquals(1, result.agreed());
        assertEquals(1, result.kept());
        assertEquals(1, result.dropped());
        assertEquals(1, result.open().size());
        assertEquals(2, codingsBy(project, "consensus").size());
        AdjudicationResult again = adjudication(project).decide("consensus", decisions);
        assertEquals(0, again.agreed() + again.kept());
        assertEquals(2, codingsBy(project, "consensus").size());
    }

    @Test
    void aDecisionOtherThanKeepOrDropFailsTheWholeSheetWithItsLine() throws Exception {
        Project project = agreeingOnce();
        Path sheet = temp.resolve("sheet.csv");
        DecisionSheet.write(adjudication(project).disagreements(), sheet);
        List<String> lines = Files.readAllLines(sheet);
        lines.set(3, lines.get(3) + "maybe");
        Files.write(sheet, lines);
        InteropException e = assertThrows(InteropException.class, () -> DecisionSheet.read(sheet));
        assertTrue(e.getMessage().contains("line 4") && e.getMessage().contains("'maybe'"), e.getMessage());
    }

    @Test
    void aDecisionOnACodingThatIsNoDisagreementIsRefusedAndNothingChanges() {
        Project project = agreeingOnce();
        List<String> before = TestProjects.facts(project);
        Coding agreed = codingsBy(project, "alex").stream().filter(c -> c.getStart() == 5).findFirst().orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> adjudication(project).decide("consensus", Map.of(agreed.getId(), Decision.KEEP)));
        assertEquals(before, TestProjects.facts(project));
    }

    @Test
    void theConsensusCoderCannotBeOneOfTheTwo() {
        Project project = agreeingOnce();
        Coder alex = Lookups.coder(project, "alex").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> adjudication(project).decide(alex.getName(), Map.of()));
    }
}
