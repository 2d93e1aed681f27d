package org.sameboat.ui.team;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.ui.session.ProjectSession;

/** Team > Resolve conflicts: decide, one by one or together, the conflicts the last syncs listed. */
public final class ResolveHandler {

    @CanExecute
    public boolean canExecute(ProjectSession session) {
        return TeamWork.shared(session);
    }

    @Execute
    public void execute(ProjectSession session, Shell shell) {
        new ConflictsDialog(shell, session).open();
    }
}
