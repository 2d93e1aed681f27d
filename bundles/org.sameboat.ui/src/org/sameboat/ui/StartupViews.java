package org.sameboat.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.sameboat.ui.parts.OpenView;

import jakarta.inject.Inject;

/**
 * Add-on that opens the views named in {@code -Dsameboat.views=ID,ID} once the workbench is up (for scripted
 * sessions and screenshots; the Views menu is the way for people).
 */
public final class StartupViews {

    public static final String VIEWS_PROPERTY = "sameboat.views";

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    public void open(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Object event, MApplication application,
            EModelService models) {
        String views = System.getProperty(VIEWS_PROPERTY, "");
        if (views.isBlank() || application.getChildren().isEmpty()) {
            return;
        }
        EPartService parts = application.getChildren().get(0).getContext().get(EPartService.class);
        for (String id : views.split(",")) {
            if (application.getDescriptors().stream().anyMatch(d -> d.getElementId().equals(id.strip()))) {
                OpenView.open(id.strip(), parts, models, application);
            } else {
                ILog.of(StartupViews.class).warn("no view '" + id.strip() + "'; the Views menu lists what is installed");
            }
        }
    }
}
