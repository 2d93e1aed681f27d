package org.sameboat.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.ui.help.About;
import org.sameboat.ui.help.AboutDialog;

/** Help > About Sameboat. */
public final class AboutHandler {

    @Execute
    public void execute(Shell shell, MApplication application) {
        About about = About.running();
        new AboutDialog(shell, about.versions(application), about.plugins()).open();
    }
}
