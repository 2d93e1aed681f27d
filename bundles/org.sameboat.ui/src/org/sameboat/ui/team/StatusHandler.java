package org.sameboat.ui.team;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.team.TeamException;
import org.sameboat.team.TeamStatus;
import org.sameboat.ui.session.ProjectSession;

/** Team > Status: who works here, through which server, what is not yet sent, what waits to be decided. */
public final class StatusHandler {

    @CanExecute
    public boolean canExecute(ProjectSession session) {
        return TeamWork.shared(session);
    }

    @Execute
    public void execute(ProjectSession session, Shell shell) {
        try {
            MessageDialog.openInformation(shell, "Team status", describe(session));
        } catch (TeamException e) {
            MessageDialog.openError(shell, "Team status", e.getMessage());
        }
    }

    /** The status of the saved project; unsaved changes are counted as such. */
    public static String describe(ProjectSession session) throws TeamException {
        TeamStatus status = TeamStatus.of(session.folder().orElseThrow());
        StringBuilder out = new StringBuilder();
        out.append("Coder: ").append(status.coder()).append("\nShared through: ").append(status.remote());
        out.append("\nNot yet committed: ").append(status.unsyncedElements()).append(" element(s)");
        if (session.isDirty()) {
            out.append(", and unsaved changes");
        }
        out.append("\nNot yet sent: ").append(status.unsentCommits()).append(" commit(s)");
        out.append("\nConflicts to decide: ").append(status.conflicts().size());
        return out.toString();
    }
}
