package org.sameboat.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.ProjectTemplate;
import org.sameboat.model.text.Turns;

class CodingsTest {

    private final Project project = Fixtures.smallProject();
    private final Document document = project.getDocuments().get(0);
    private final Code rehearsal = CodePaths.find(project, "Rehearsal").orElseThrow();
    private final Coder alex = project.getCoders().get(0);

    @Test
    void aCodingInsideTheTextIsAddedWithTimeAndId() {
        int before = document.getCodings().size();
        var coding = Codings.add(document, rehearsal, alex, 0, 3, Fixtures.CLOCK);
        assertEquals(before + 1, document.getCodings().size());
        assertEquals(Fixtures.CLOCK.millis(), coding.getCreated());
        assertEquals(36, coding.getId().length());
    }

    @Test
    void aRangePastTheEndIsRefusedAndNothingIsAdded() {
        int before = document.getCodings().size();
        var e = assertThrows(IllegalArgumentException.class, () -> Codings.add(document, rehearsal, alex, 50, 54, Fixtures.CLOCK));
        assertTrue(e.getMessage().contains("53 characters"), e.getMessage());
        assertEquals(before, document.getCodings().size());
    }

    @Test
    void theSameCodingTwiceIsRefused() {
        Codings.add(document, rehearsal, alex, 0, 3, Fixtures.CLOCK);
        assertThrows(IllegalArgumentException.class, () -> Codings.add(document, rehearsal, alex, 0, 3, Fixtures.CLOCK));
    }

    @Test
    void aCodeOfAnotherProjectIsRefused() {
        Code foreign = ProjectTemplate.create("Other").getCodebooks().get(0).getCodes().get(0);
        assertThrows(IllegalArgumentException.class, () -> Codings.add(document, foreign, alex, 0, 3, Fixtures.CLOCK));
    }

    @Test
    void codesAreFoundByPathNameOrShortcutButNeverByGuess() {
        Code parent = CodePaths.find(project, "Obstacles to mutual aid").orElseThrow();
        Code child = org.sameboat.model.edit.Ids.assign(Fixtures.F.createCode());
        child.setName("Scapegoating of the worker");
        parent.getChildren().add(child);
        assertEquals(child, CodePaths.find(project, "obstacles to mutual aid/scapegoating of the worker").orElseThrow());
        assertEquals(child, CodePaths.find(project, "Scapegoating of the worker").orElseThrow());
        assertEquals(rehearsal, CodePaths.find(project, "8").orElseThrow());
        assertTrue(CodePaths.find(project, "Support").isEmpty());
    }

    @Test
    void theTurnAtAnOffsetIsFoundByBinarySearch() {
        assertEquals(document.getTurns().get(0), Turns.at(document, 5).orElseThrow());
        assertEquals(document.getTurns().get(1), Turns.at(document, 51).orElseThrow());
        assertTrue(Turns.at(document, 28).isEmpty(), "the speaker prefix belongs to no turn");
        assertTrue(Turns.at(document, 52).isEmpty());
    }
}
