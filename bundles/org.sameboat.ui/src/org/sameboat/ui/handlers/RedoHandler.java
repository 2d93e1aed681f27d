package org.sameboat.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.menu.MItem;
import org.sameboat.ui.session.ProjectSession;

/** Edit > Redo: repeats the last undone edit; the menu item and its tooltip name the step. */
public final class RedoHandler {

    @CanExecute
    public boolean canExecute(ProjectSession session, @Optional MItem item) {
        if (item != null) {
            StepNames.show(item, session.redoName());
        }
        return session.history().canRedo();
    }

    @Execute
    public void execute(ProjectSession session) {
        session.redo();
    }
}
