package org.sameboat.ui.parts;

import java.util.Optional;

import org.sameboat.ui.session.ProjectSession;

/**
 * The sentence a part shows where the document it showed was until an undo, merge or import took it out of the
 * project, so that the transcript and Details tell the same story: which document went, by which undone step, and
 * that Redo brings it back.
 */
final class RemovedDocumentNote {

    private RemovedDocumentNote() {
    }

    /** The sentence, when the transcript's document was taken out and nothing else is shown since. */
    static Optional<String> of(ProjectSession session) {
        return session.removedDocument().map(document -> {
            String redo = session.history().redoLabel();
            return "'" + document.getName() + "' is no longer in the project"
                    + (redo.isEmpty() ? " (an edit, merge or import removed it)." : " (undone: " + redo + "; Redo brings it back).");
        });
    }
}
