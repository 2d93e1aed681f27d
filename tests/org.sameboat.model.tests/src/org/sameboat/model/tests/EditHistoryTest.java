package org.sameboat.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.EditHistory;

class EditHistoryTest {

    private final Project project = Fixtures.smallProject();
    private final Document document = project.getDocuments().get(0);
    private final Code support = CodePaths.find(project, "Mutual support").orElseThrow();
    private final Coder alex = project.getCoders().get(0);
    private final EditHistory history = new EditHistory();

    @Test
    void anEditCanBeUndoneAndRedone() {
        history.edit("Code", List.of(document), () -> Codings.add(document, support, alex, 0, 4, Fixtures.CLOCK));
        assertEquals(4, document.getCodings().size());
        assertEquals("Code", history.undoLabel());

        history.undo();
        assertEquals(3, document.getCodings().size());
        assertTrue(history.canRedo());

        history.redo();
        assertEquals(4, document.getCodings().size());
        assertEquals(support, document.getCodings().get(3).getCode());
    }

    @Test
    void undoRestoresChangedAttributesToo() {
        var coding = document.getCodings().get(0);
        history.edit("Resize", List.of(document), () -> {
            coding.setEnd(10);
            coding.setMemo("shorter");
            return null;
        });
        history.undo();
        assertEquals(26, coding.getEnd());
        assertEquals("isolation theme", coding.getMemo());
    }

    @Test
    void aFailedEditIsRolledBackAndKeepsTheHistory() {
        history.edit("Code", List.of(document), () -> Codings.add(document, support, alex, 0, 4, Fixtures.CLOCK));
        assertThrows(IllegalArgumentException.class, () -> history.edit("Bad", List.of(document), () -> {
            document.getCodings().remove(0);
            return Codings.add(document, support, alex, 0, 999, Fixtures.CLOCK);
        }));
        assertEquals(4, document.getCodings().size());
        assertEquals("Code", history.undoLabel());
    }

    @Test
    void savingClearsTheDirtyMarkAndAnUndoAfterwardsSetsItAgain() {
        assertFalse(history.isDirty());
        history.edit("Code", List.of(document), () -> Codings.add(document, support, alex, 0, 4, Fixtures.CLOCK));
        assertTrue(history.isDirty());
        history.saved();
        assertFalse(history.isDirty());
        history.undo();
        assertTrue(history.isDirty());
    }
}
