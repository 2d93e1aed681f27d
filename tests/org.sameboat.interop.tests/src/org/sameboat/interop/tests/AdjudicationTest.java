package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.analysis.adjudicate.Adjudication;
import org.sameboat.analysis.adjudicate.AdjudicationResult;
import org.sameboat.analysis.adjudicate.Decision;
import org.sameboat.analysis.adjudicate.Disagreement;
import org.sameboat.analysis.adjudicate.TurnVerdict;
import org.sameboat.interop.InteropException;
import org.sameboat.interop.adjudicate.DecisionSheet;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
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

    /**
     * The workbench decides by turn. Two sessions with one name must not mix: the decision lands in the document
     * of the turn, and the consensus is the chosen coder's codings cut to the turn, replaced when decided again.
     */
    @Test
    void aTurnIsDecidedInItsOwnDocumentCutToTheTurnAndDecidingAgainReplacesIt() {
        Project project = TestProjects.small();
        Document first = project.getDocuments().get(0);
        Document twin = EcoreUtil.copy(first);
        twin.setId("twin-session");
        twin.setText(first.getText());
        twin.getCodings().clear();
        twin.getTurns().forEach(t -> t.setId(t.getId() + "-twin"));
        project.getDocuments().add(twin);
        assertEquals(first.getName(), twin.getName());
        Code sameBoat = CodePaths.find(project, "All in the same boat").orElseThrow();
        Code support = CodePaths.find(project, "5").orElseThrow();
        Coder alex = Lookups.coder(project, "alex").orElseThrow();
        Coder sam = Lookups.coder(project, "sam").orElseThrow();
        Turn second = twin.getTurns().get(1);
        assertEquals(32, second.getStart());
        Codings.add(twin, sameBoat, alex, 20, 45, TestProjects.CLOCK).setMemo("runs over two turns");
        Codings.add(twin, support, sam, 32, 57, TestProjects.CLOCK);
        int codingsOfFirst = first.getCodings().size();
        Adjudication adjudication = new Adjudication(project, alex, sam);
        List<Code> compared = List.of(sameBoat, support);

        assertEquals(1, adjudication.decideTurn(second, TurnVerdict.FIRST, compared, "consensus"));
        List<Coding> consensus = consensusOf(twin);
        assertEquals(1, consensus.size());
        assertEquals(List.of(sameBoat, 32, 45, "runs over two turns"),
                List.of(consensus.get(0).getCode(), consensus.get(0).getStart(), consensus.get(0).getEnd(), consensus.get(0).getMemo()));
        assertEquals(codingsOfFirst, first.getCodings().size(), "the other session of the same name is untouched");

        assertEquals(1, adjudication.decideTurn(second, TurnVerdict.SECOND, compared, "consensus"));
        consensus = consensusOf(twin);
        assertEquals(List.of(support, 32, 57), List.of(consensus.get(0).getCode(), consensus.get(0).getStart(), consensus.get(0).getEnd()));
        assertEquals(1, consensus.size());

        assertEquals(0, adjudication.decideTurn(second, TurnVerdict.NEITHER, compared, "consensus"));
        assertTrue(consensusOf(twin).isEmpty());
        assertTrue(first.getCodings().stream().noneMatch(c -> c.getCoder().getName().equals("consensus")));
    }

    @Test
    void aConsensusCoderWhoIsOneOfTheTwoIsRefusedByEitherWayOfDecidingAndNothingChanges() {
        Project project = agreeingOnce();
        int coders = project.getCoders().size();
        int codings = project.getDocuments().get(0).getCodings().size();
        Turn turn = project.getDocuments().get(0).getTurns().get(0);
        IllegalArgumentException byTurn = assertThrows(IllegalArgumentException.class,
                () -> adjudication(project).decideTurn(turn, TurnVerdict.FIRST, List.of(), "ALEX"));
        IllegalArgumentException byCoding = assertThrows(IllegalArgumentException.class,
                () -> adjudication(project).decide("Sam", Map.of()));
        assertEquals(byTurn.getMessage(), byCoding.getMessage());
        assertEquals(coders, project.getCoders().size());
        assertEquals(codings, project.getDocuments().get(0).getCodings().size());
    }

    private static List<Coding> consensusOf(Document document) {
        return document.getCodings().stream().filter(c -> c.getCoder().getName().equals("consensus")).toList();
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
