package org.sameboat.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.ui.help.Guide;
import org.sameboat.ui.help.GuideWindow;

/** Help > User guide. */
public final class UserGuideHandler {

    @Execute
    public void execute(Shell shell) {
        GuideWindow.show(shell, Guide.OVERVIEW, null);
    }
}
