package org.sameboat.ui.team;

import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.team.TeamSync;
import org.sameboat.ui.session.ProjectSession;

/** Team > Sync: sends your work and brings in the others', in a job with progress and Cancel; then shows the merged project. */
public final class SyncHandler {

    @CanExecute
    public boolean canExecute(ProjectSession session) {
        return TeamWork.shared(session);
    }

    @Execute
    public void execute(ProjectSession session, Shell shell) {
        if (TeamWork.saveFirst(session, shell, "Sync")) {
            sync(session, shell.getDisplay(), TeamWork.dialogs(shell, "Sync"));
        }
    }

    /** Syncs the session's saved project; the ending comes back on the UI thread once the session shows the result. */
    public static TeamJob sync(ProjectSession session, Display display, Consumer<TeamJob.Ending> told) {
        return TeamJob.start("Sync", session, display, (held, monitor) -> Outcomes.describe(new TeamSync().runHeld(held, monitor)), told);
    }
}
