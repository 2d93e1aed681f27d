package org.sameboat.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.sameboat.ui.session.ProjectSession;

/** Edit > Redo. */
public final class RedoHandler {

    @CanExecute
    public boolean canExecute(ProjectSession session) {
        return session.history().canRedo();
    }

    @Execute
    public void execute(ProjectSession session) {
        session.redo();
    }
}
