package org.sameboat.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.model.Coder;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.ui.session.ProjectSession;

/** File > Open project: a project folder; asks first when the open project has unsaved changes. */
public final class OpenHandler {

    @Execute
    public void execute(ProjectSession session, Shell shell) {
        if (!mayLeave(session, shell)) {
            return;
        }
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Open a Sameboat project folder");
        String folder = dialog.open();
        if (folder == null) {
            return;
        }
        if (openFolder(session, shell, Path.of(folder))) {
            askWhoCodes(session, shell);
        }
    }

    /** True when nothing unsaved is open, or the user agrees to lose it. */
    public static boolean mayLeave(ProjectSession session, Shell shell) {
        return !session.isDirty() || MessageDialog.openQuestion(shell, "Unsaved changes",
                "The open project has unsaved changes. Open another project and lose them?");
    }

    /** Opens a project folder; on failure says why in one line. */
    public static boolean openFolder(ProjectSession session, Shell shell, Path folder) {
        try {
            session.open(folder, null);
            return true;
        } catch (ProjectStoreException e) {
            MessageDialog.openError(shell, "Could not open the project", e.getMessage());
            return false;
        }
    }

    /** Who the user codes as is chosen once, at opening: one of the coders or a new one. */
    public static void askWhoCodes(ProjectSession session, Shell shell) {
        session.project().ifPresent(project -> {
            CoderDialog dialog = new CoderDialog(shell, project.getName() == null ? "the project" : project.getName(),
                    project.getCoders().stream().map(Coder::getName).toList());
            dialog.open();
            if (dialog.chosen() != null && !dialog.chosen().equals(session.coder().getName())) {
                session.workAs(dialog.chosen());
            }
        });
    }
}
