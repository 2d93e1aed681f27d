package org.sameboat.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coding;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.CodebookEdits;
import org.sameboat.model.validation.ProjectValidator;

class CodebookEditsTest {

    private final Project project = Fixtures.smallProject();
    private final Codebook codebook = project.getCodebooks().get(0);
    private final Code sameBoat = CodePaths.find(project, "All in the same boat").orElseThrow();
    private final Code support = CodePaths.find(project, "Mutual support").orElseThrow();

    @Test
    void mergingMovesCodingsAndDropsOnlyExactDuplicates() {
        // sam coded 32-52 as same boat and 35-40 as support; after the merge both are "support", no duplicate
        CodebookEdits.merge(project, sameBoat, support);
        var codings = project.getDocuments().get(0).getCodings();
        assertEquals(3, codings.size());
        assertTrue(codings.stream().allMatch(c -> c.getCode() == support));
        assertTrue(CodePaths.find(project, "All in the same boat").isEmpty());
        assertEquals(java.util.List.of(), ProjectValidator.validate(project));
    }

    @Test
    void mergingRemovesACodingThatWouldDuplicateOneOfTheTarget() {
        Coding samSupport = project.getDocuments().get(0).getCodings().get(2);
        samSupport.setStart(32);
        samSupport.setEnd(52);
        CodebookEdits.merge(project, sameBoat, support);
        assertEquals(2, project.getDocuments().get(0).getCodings().size());
        assertEquals(java.util.List.of(), ProjectValidator.validate(project));
    }

    @Test
    void codesNestRenameAndRecolour() {
        Code obstacles = CodePaths.find(project, "Obstacles to mutual aid").orElseThrow();
        Code scapegoating = CodebookEdits.add(codebook, obstacles, "Scapegoating", "#cc6677");
        CodebookEdits.rename(scapegoating, "Scapegoating a member");
        CodebookEdits.recolour(scapegoating, "#aa3377");
        assertEquals("Obstacles to mutual aid/Scapegoating a member", CodePaths.path(scapegoating));
        assertEquals("#AA3377", scapegoating.getColour());
        assertThrows(IllegalArgumentException.class, () -> CodebookEdits.recolour(scapegoating, "red"));
        assertThrows(IllegalArgumentException.class, () -> CodebookEdits.rename(scapegoating, "a/b"));
    }

    @Test
    void aCodebookOfTheUsersOwnHoldsItsCodesBesideTheBuiltInOne() {
        Codebook own = CodebookEdits.newCodebook(project, "Inductive codes");
        Code code = CodebookEdits.add(own, null, "Humour as relief", "#88CCEE");
        assertEquals(3, project.getCodebooks().size(), "the two built-in codebooks and the user's own");
        assertEquals(own, code.getCodebook());
        assertEquals(code, CodePaths.find(project, "Humour as relief").orElseThrow());
        assertEquals(java.util.List.of(), ProjectValidator.validate(project));
        assertThrows(IllegalArgumentException.class, () -> CodebookEdits.newCodebook(project, " "));
    }

    @Test
    void aCodeCannotMoveUnderItsOwnSubCode() {
        Code child = CodebookEdits.add(codebook, support, "Practical help", null);
        assertThrows(IllegalArgumentException.class, () -> CodebookEdits.move(support, codebook, child));
        CodebookEdits.move(child, codebook, null);
        assertEquals(codebook, child.getCodebook());
    }
}
