package org.sameboat.ui.team;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.team.TeamException;
import org.sameboat.team.TeamFolder;
import org.sameboat.team.TeamLog;
import org.sameboat.ui.session.ProjectSession;

/** Team > History: who added, changed or removed what, when, with the message. */
public final class HistoryHandler {

    @CanExecute
    public boolean canExecute(ProjectSession session) {
        return session.project().isPresent() && session.folder().map(TeamFolder::isShared).orElse(false);
    }

    @Execute
    public void execute(ProjectSession session, Shell shell) {
        try {
            dialog(session, shell).open();
        } catch (TeamException e) {
            MessageDialog.openError(shell, "Team history", e.getMessage());
        }
    }

    /** The history dialog of the open project, its log read. */
    public static HistoryDialog dialog(ProjectSession session, Shell shell) throws TeamException {
        Path folder = session.folder().orElseThrow();
        // a blind coder reads no other coder's coding here either, as nowhere else in the workbench
        String own = session.coder().getId();
        boolean blind = session.isBlind();
        return new HistoryDialog(shell, session.project().orElseThrow(), new TeamLog().changes(folder,
                change -> !blind || !change.kind().equals("Coding") || change.field("coder").map(own::equals).orElse(false)));
    }
}
