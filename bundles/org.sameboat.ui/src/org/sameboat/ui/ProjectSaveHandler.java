package org.sameboat.ui;

import java.util.Collection;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.ui.session.ProjectSession;

/**
 * What closing with unsaved work asks: one question about the project (not about a part), and a failed save
 * keeps the window open so nothing is lost.
 */
public final class ProjectSaveHandler implements ISaveHandler {

    private final ProjectSession session;

    public ProjectSaveHandler(ProjectSession session) {
        this.session = session;
    }

    @Override
    public boolean save(MPart dirtyPart, boolean confirm) {
        return saveParts(java.util.List.of(dirtyPart), confirm);
    }

    @Override
    public boolean saveParts(Collection<MPart> dirtyParts, boolean confirm) {
        if (!session.isDirty()) {
            return true;
        }
        Save answer = confirm ? promptToSave((MPart) null) : Save.YES;
        return switch (answer) {
            case YES -> saveProject();
            case NO -> true;
            case CANCEL -> false;
        };
    }

    @Override
    public Save promptToSave(MPart dirtyPart) {
        String name = session.project().map(p -> "'" + p.getName() + "'").orElse("the project");
        MessageDialog dialog = new MessageDialog(Display.getCurrent().getActiveShell(), "Unsaved changes", null,
                "Save the changes to " + name + " before closing?", MessageDialog.QUESTION,
                new String[] {"Save", "Don't save", "Cancel"}, 0);
        return switch (dialog.open()) {
            case 0 -> Save.YES;
            case 1 -> Save.NO;
            default -> Save.CANCEL;
        };
    }

    @Override
    public Save[] promptToSave(Collection<MPart> dirtyParts) {
        Save answer = promptToSave((MPart) null);
        Save[] answers = new Save[dirtyParts.size()];
        java.util.Arrays.fill(answers, answer);
        return answers;
    }

    private boolean saveProject() {
        try {
            session.save();
            return true;
        } catch (ProjectStoreException e) {
            MessageDialog.openError(Display.getCurrent().getActiveShell(), "Could not save", e.getMessage());
            return false;
        }
    }
}
