package org.sameboat.ui.handlers;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.ui.session.ProjectSession;

/** File > New project: a new or empty folder and a name; the project starts with the built-in codebooks, as `sameboat new` does. */
public final class NewProjectHandler {

    @Execute
    public void execute(ProjectSession session, Shell shell) {
        if (!OpenHandler.mayLeave(session, shell)) {
            return;
        }
        DirectoryDialog folders = new DirectoryDialog(shell);
        folders.setText("New project");
        folders.setMessage("Choose a new or empty folder for the project");
        String folder = folders.open();
        if (folder == null) {
            return;
        }
        InputDialog name = new InputDialog(shell, "New project", "Name of the project:",
                Path.of(folder).getFileName() == null ? "" : Path.of(folder).getFileName().toString(),
                text -> text.isBlank() ? "The project needs a name" : null);
        if (name.open() != Window.OK) {
            return;
        }
        Optional<String> failure = create(session, Path.of(folder), name.getValue().strip());
        if (failure.isPresent()) {
            MessageDialog.openError(shell, "Could not create the project", failure.get());
            return;
        }
        OpenHandler.askWhoCodes(session, shell);
    }

    /** Creates the project and opens it; the reason in one line when the folder is not new or empty. */
    public static Optional<String> create(ProjectSession session, Path folder, String name) {
        try {
            new ProjectStore().create(folder, name);
            session.open(folder, null);
            return Optional.empty();
        } catch (ProjectStoreException | IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
