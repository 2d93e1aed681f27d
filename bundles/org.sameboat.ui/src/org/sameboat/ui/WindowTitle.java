package org.sameboat.ui;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.sameboat.ui.session.ProjectSession;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Add-on that keeps the window title on the open project, with '*' while there are unsaved changes. */
public final class WindowTitle {

    private final ProjectSession session;
    private final MApplication application;

    @Inject
    public WindowTitle(ProjectSession session, MApplication application) {
        this.session = session;
        this.application = application;
    }

    @PostConstruct
    public void start() {
        session.addListener(change -> update());
        update();
    }

    private void update() {
        String title = session.project().map(p -> (session.isDirty() ? "*" : "") + p.getName() + " \u2014 Sameboat")
                .orElse("Sameboat");
        for (MWindow window : application.getChildren()) {
            window.setLabel(title);
        }
    }
}
