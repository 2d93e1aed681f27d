package org.sameboat.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.sameboat.ui.DefaultLayout;

/** Window > Reset layout: the parts back in their default places and sizes, the window fitted to the screen. */
public final class ResetLayoutHandler {

    @Execute
    public void execute(MApplication application, EModelService models) {
        DefaultLayout.restore(application, models);
    }
}
