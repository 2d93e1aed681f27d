package org.sameboat.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.sameboat.ui.session.ProjectSession;

/** Edit > Undo: reverses the last edit of any kind. */
public final class UndoHandler {

    @CanExecute
    public boolean canExecute(ProjectSession session) {
        return session.history().canUndo();
    }

    @Execute
    public void execute(ProjectSession session) {
        session.undo();
    }
}
