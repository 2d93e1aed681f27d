package org.sameboat.ui.team;

import java.util.function.Consumer;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.team.TeamFolder;
import org.sameboat.ui.session.ProjectSession;

/** What the Team menu's items share: whether the open project is shared, saving before team work, telling the ending. */
public final class TeamWork {

    private TeamWork() {
    }

    /** Whether a project is open, writable and shared through Git, and no team work is running on it. */
    public static boolean shared(ProjectSession session) {
        return writable(session) && session.folder().map(TeamFolder::isShared).orElse(false);
    }

    /** Whether a project is open, this workbench may change it, and no team work is running. */
    public static boolean writable(ProjectSession session) {
        return session.project().isPresent() && !session.isReadOnly() && session.writeLock().isPresent() && !TeamJob.running();
    }

    /** Team work reads the project from disk: unsaved changes are saved first, if the user agrees. */
    public static boolean saveFirst(ProjectSession session, Shell shell, String what) {
        if (!session.isDirty()) {
            return true;
        }
        if (!MessageDialog.openConfirm(shell, what, what + " works on the saved project. Save your changes first?")) {
            return false;
        }
        try {
            session.save();
            return true;
        } catch (ProjectStoreException e) {
            MessageDialog.openError(shell, "Could not save", e.getMessage());
            return false;
        }
    }

    /** Tells the ending in a one-line dialog: information when done, an error when stopped (never a stack trace). */
    public static Consumer<TeamJob.Ending> dialogs(Shell shell, String title) {
        return ending -> {
            if (shell.isDisposed()) {
                return;
            }
            if (ending.done()) {
                MessageDialog.openInformation(shell, title, ending.message());
            } else if (ending.cancelled()) {
                MessageDialog.openInformation(shell, title + " cancelled", ending.message());
            } else {
                MessageDialog.openError(shell, title + " failed", ending.message());
            }
        };
    }
}
