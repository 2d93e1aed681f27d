package org.sameboat.ui.handlers;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * How a job tells the user its outcome: dialogs on the UI thread in the workbench; tests collect the messages
 * instead (a modal dialog would stop them).
 */
public interface Feedback {

    void done(String title, String message);

    void failed(String title, String message);

    /** Dialogs over the shell, opened from the UI thread whichever thread reports. */
    static Feedback dialogs(Shell shell, UISynchronize ui) {
        return new Feedback() {
            @Override
            public void done(String title, String message) {
                ui.asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        MessageDialog.openInformation(shell, title, message);
                    }
                });
            }

            @Override
            public void failed(String title, String message) {
                ui.asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        MessageDialog.openError(shell, title, message);
                    }
                });
            }
        };
    }
}
