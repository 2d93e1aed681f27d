package org.sameboat.ui;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.model.store.ProjectFormat;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.ui.session.ProjectSession;

/** Offers to reload the open project when another program saved it, as an Eclipse editor does for its file. */
final class DiskChangeCheck {

    private final ProjectSession session;

    DiskChangeCheck(ProjectSession session) {
        this.session = session;
    }

    void run(Shell shell) {
        if (!session.changedOnDisk()) {
            return;
        }
        // asked once per change: whatever the answer, this version on disk is taken as seen
        session.keepOwnVersion();
        String folder = session.folder().map(Object::toString).orElse("");
        String lose = session.isDirty() ? " Your unsaved changes will be lost." : "";
        if (MessageDialog.openQuestion(shell, "Project changed on disk", ProjectFormat.MODEL_FILE + " in " + folder
                + " was changed by another program. Reload it?" + lose)) {
            try {
                session.reload();
            } catch (ProjectStoreException e) {
                MessageDialog.openError(shell, "Could not reload the project", e.getMessage());
            }
        }
    }
}
