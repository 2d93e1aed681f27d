package org.sameboat.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.sameboat.ui.session.ProjectSession;

/** Edit > Undo: reverses the last edit of any kind; the menu item and its tooltip name the step. */
public final class UndoHandler {

    @CanExecute
    public boolean canExecute(ProjectSession session, @Optional MItem item) {
        // e4 asks before showing the menu, with the menu item in the context: the moment to name the step
        if (item != null) {
            StepNames.show(item, session.undoName());
        }
        return session.history().canUndo();
    }

    @Execute
    public void execute(ProjectSession session) {
        session.undo();
    }
}
