package org.sameboat.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.ui.session.ProjectSession;

/** File > Save: atomic, keeps the previous file as backup. */
public final class SaveHandler {

    @CanExecute
    public boolean canExecute(ProjectSession session) {
        return session.project().isPresent() && session.isDirty() && !session.isReadOnly();
    }

    @Execute
    public void execute(ProjectSession session, Shell shell) {
        try {
            session.save();
        } catch (ProjectStoreException e) {
            MessageDialog.openError(shell, "Could not save", e.getMessage());
        }
    }
}
