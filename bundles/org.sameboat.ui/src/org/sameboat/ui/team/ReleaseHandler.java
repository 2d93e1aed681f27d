package org.sameboat.ui.team;

import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.team.TeamRelease;
import org.sameboat.ui.session.ProjectSession;

/** Team > Release my layer: ends blind coding and syncs, so that the others get this coder's work at their next sync. */
public final class ReleaseHandler {

    @CanExecute
    public boolean canExecute(ProjectSession session) {
        return TeamWork.shared(session) && session.isBlind();
    }

    @Execute
    public void execute(ProjectSession session, Shell shell) {
        if (!MessageDialog.openConfirm(shell, "Release my layer", "End blind coding and send your codings to the others?")) {
            return;
        }
        if (TeamWork.saveFirst(session, shell, "Release")) {
            release(session, shell.getDisplay(), TeamWork.dialogs(shell, "Release"));
        }
    }

    public static TeamJob release(ProjectSession session, Display display, Consumer<TeamJob.Ending> told) {
        return TeamJob.start("Release", session, display,
                (held, monitor) -> "Blind coding ended. " + Outcomes.describe(new TeamRelease().releaseHeld(held, monitor)), told);
    }
}
