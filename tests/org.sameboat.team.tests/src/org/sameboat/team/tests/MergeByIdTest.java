package org.sameboat.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Lookups;
import org.sameboat.team.Conflict;
import org.sameboat.team.RecordMerge;
import org.sameboat.team.SplitCodec;
import org.sameboat.team.TeamException;

class MergeByIdTest {

    private final Project base = TeamFixtures.smallProject();
    private final Project ours = EcoreUtil.copy(base);
    private final Project theirs = EcoreUtil.copy(base);

    private RecordMerge.Result merge() {
        return RecordMerge.merge(SplitCodec.records(base), SplitCodec.records(ours), SplitCodec.records(theirs));
    }

    private static Project project(RecordMerge.Result result) throws TeamException {
        return SplitCodec.project(result.merged());
    }

    private static Set<String> codingIds(Project project) {
        return project.getDocuments().stream().flatMap(d -> d.getCodings().stream()).map(Coding::getId).collect(Collectors.toSet());
    }

    private static Coding code(Project project, String code, String coder, int start, int end) {
        Document document = project.getDocuments().get(0);
        return Codings.add(document, CodePaths.find(project, code).orElseThrow(), Lookups.coderOrNew(project, coder), start, end, TeamFixtures.CLOCK);
    }

    @Test
    void codingsMadeOnBothSidesAtTheSameSpotAreAllKeptWithoutConflict() throws TeamException {
        Coding mine = code(ours, "5", "alex", 5, 26);
        Coding yours = code(theirs, "5", "sam", 5, 26);
        RecordMerge.Result result = merge();
        assertEquals(List.of(), result.conflicts());
        Set<String> merged = codingIds(project(result));
        assertTrue(merged.containsAll(Set.of(mine.getId(), yours.getId())));
        assertEquals(codingIds(base).size() + 2, merged.size());
    }

    @Test
    void aCodingRemovedOnOneSideAndUntouchedOnTheOtherIsRemoved() throws TeamException {
        Coding removed = ours.getDocuments().get(0).getCodings().remove(0);
        Project merged = project(merge());
        assertTrue(!codingIds(merged).contains(removed.getId()));
        assertEquals(codingIds(base).size() - 1, codingIds(merged).size());
    }

    @Test
    void editsOfDifferentFieldsOfOneCodeBothArrive() throws TeamException {
        CodePaths.find(ours, "5").orElseThrow().setColour("#112233");
        CodePaths.find(theirs, "5").orElseThrow().setDefinition("Members hold each other up.");
        RecordMerge.Result result = merge();
        assertEquals(List.of(), result.conflicts());
        Code merged = CodePaths.find(project(result), "5").orElseThrow();
        assertEquals("#112233", merged.getColour());
        assertEquals("Members hold each other up.", merged.getDefinition());
    }

    @Test
    void theSameFieldChangedOnBothSidesKeepsOursAndIsAConflictHoldingTheirs() throws TeamException {
        CodePaths.find(ours, "5").orElseThrow().setDefinition("ours");
        CodePaths.find(theirs, "5").orElseThrow().setDefinition("theirs");
        RecordMerge.Result result = merge();
        assertEquals("ours", CodePaths.find(project(result), "5").orElseThrow().getDefinition());
        assertEquals(1, result.conflicts().size());
        Conflict conflict = result.conflicts().get(0);
        assertEquals(List.of("definition", "\"ours\"", "\"theirs\""), List.of(conflict.field(), conflict.ours(), conflict.theirs()));
    }

    @Test
    void aCodeRemovedOnOneSideWhileTheOtherCodedWithItIsKeptWithTheNewCoding() throws TeamException {
        Code support = CodePaths.find(ours, "5").orElseThrow();
        ours.getDocuments().get(0).getCodings().removeIf(c -> c.getCode() == support);
        EcoreUtil.remove(support);
        Coding meanwhile = code(theirs, "5", "sam", 5, 26);
        RecordMerge.Result result = merge();
        Project merged = project(result);
        assertTrue(CodePaths.find(merged, "5").isPresent(), "the code the new coding needs is kept");
        assertTrue(codingIds(merged).contains(meanwhile.getId()));
        assertTrue(result.conflicts().stream().anyMatch(c -> c.field().equals(Conflict.WHOLE) && c.id().equals(support.getId())));
    }

    @Test
    void aDocumentRemovedOnOneSideWhileTheOtherCodedInItComesBackWhole() throws TeamException {
        Document removed = ours.getDocuments().remove(0);
        ours.getCases().forEach(c -> c.getDocuments().clear());
        ours.getMemos().forEach(m -> m.getAbout().clear());
        Coding meanwhile = code(theirs, "5", "sam", 32, 52);
        Project merged = project(merge());
        Document back = Lookups.document(merged, removed.getId()).orElseThrow();
        assertEquals(2, back.getTurns().size(), "its turns came back with it");
        assertTrue(codingIds(merged).contains(meanwhile.getId()));
    }

    @Test
    void indicatorsAddedOnBothSidesAreAllKept() throws TeamException {
        CodePaths.find(ours, "5").orElseThrow().getIndicators().add("nodding along");
        CodePaths.find(theirs, "5").orElseThrow().getIndicators().add("offering a lift");
        RecordMerge.Result result = merge();
        assertEquals(List.of(), result.conflicts());
        List<String> indicators = CodePaths.find(project(result), "5").orElseThrow().getIndicators();
        assertTrue(indicators.containsAll(List.of("nodding along", "offering a lift")), indicators.toString());
    }
}
