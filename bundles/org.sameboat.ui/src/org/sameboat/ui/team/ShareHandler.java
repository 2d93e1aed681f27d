package org.sameboat.ui.team;

import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.team.TeamShare;
import org.sameboat.ui.session.ProjectSession;

/** Team > Share project…: shares the open project through an empty Git repository, as the coder at work. */
public final class ShareHandler {

    @CanExecute
    public boolean canExecute(ProjectSession session) {
        return TeamWork.writable(session) && !TeamWork.shared(session);
    }

    @Execute
    public void execute(ProjectSession session, Shell shell) {
        ShareDialog dialog = new ShareDialog(shell, session.coder().getName());
        if (dialog.open() == Dialog.OK && TeamWork.saveFirst(session, shell, "Share")) {
            share(session, dialog.remote(), dialog.coder(), shell.getDisplay(), TeamWork.dialogs(shell, "Share"));
        }
    }

    public static TeamJob share(ProjectSession session, String remote, String coder, Display display, Consumer<TeamJob.Ending> told) {
        return TeamJob.start("Share", session, display, (held, monitor) -> {
            monitor.step("sending the project to " + remote);
            new TeamShare().initHeld(held, remote, coder);
            return "The project is shared through " + remote + " as " + coder
                    + ". The others take a copy with: sameboat team clone " + remote + " DIR --coder NAME";
        }, told);
    }
}
