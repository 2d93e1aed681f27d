package org.sameboat.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.ui.RecentProjects;
import org.sameboat.ui.session.ProjectSession;

/** One entry of File > Open recent. */
public final class OpenRecent {

    /** A folder that no longer holds a project is greyed (its label says why); the menu reads this, not the item's flag. */
    @CanExecute
    public boolean canExecute(MDirectMenuItem item) {
        String folder = item.getPersistedState().get(RecentMenu.FOLDER_KEY);
        return folder != null && RecentProjects.exists(Path.of(folder));
    }

    @Execute
    public void execute(MDirectMenuItem item, ProjectSession session, Shell shell, MApplication application) {
        Path folder = Path.of(item.getPersistedState().get(RecentMenu.FOLDER_KEY));
        if (!RecentProjects.exists(folder)) {
            new RecentProjects(application.getPersistedState()).forget(folder);
            MessageDialog.openError(shell, "Could not open the project", folder + " no longer holds a project; it is taken off the list.");
            return;
        }
        if (OpenHandler.mayLeave(session, shell) && OpenHandler.openFolder(session, shell, folder)) {
            OpenHandler.askWhoCodes(session, shell);
        }
    }
}
