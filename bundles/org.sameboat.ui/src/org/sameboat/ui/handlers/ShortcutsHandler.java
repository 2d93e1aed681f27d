package org.sameboat.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.ui.help.Shortcuts;
import org.sameboat.ui.help.ShortcutsDialog;
import org.sameboat.ui.session.ProjectSession;

/** Help > Keyboard shortcuts. */
public final class ShortcutsHandler {

    @Execute
    public void execute(Shell shell, MApplication application, ProjectSession session) {
        new ShortcutsDialog(shell, Shortcuts.of(application, session.project())).open();
    }
}
