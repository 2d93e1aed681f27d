package org.sameboat.ui;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.ReadOnlyProjectException;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Add-on that keeps the window title on the open project, with '*' while there are unsaved changes and
 * "[read-only]" while another program holds the project's write lock, shows refused edits, offers to reload a
 * project another program saved when the window is activated, and gives
 * each window the project's save handler (closing asks about the project, not about a part).
 */
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
        session.onRefusal(message -> Optional.ofNullable(Display.getCurrent()).map(Display::getActiveShell)
                .ifPresent(shell -> MessageDialog.openInformation(shell, "Read-only project", message)));
        Display display = Display.getCurrent();
        if (display != null) {
            // a refused edit has been explained in the dialog above; the exception that stops the edit must not
            // reach the workbench's event loop as well, which would report it as an internal error
            Consumer<RuntimeException> next = display.getRuntimeExceptionHandler();
            display.setRuntimeExceptionHandler(e -> {
                if (!(e instanceof ReadOnlyProjectException)) {
                    next.accept(e);
                }
            });
        }
        update();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    public void windowsReady(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Object event) {
        for (MWindow window : application.getChildren()) {
            if (window.getContext() != null) {
                // the renderer put a part-by-part handler into each window's own context; ours replaces it
                window.getContext().set(ISaveHandler.class, new ProjectSaveHandler(session));
            }
        }
        Display display = Display.getCurrent();
        if (display != null) {
            // as Eclipse editors do: when the user comes back to the window, check whether another program saved
            display.addFilter(SWT.Activate, activation -> {
                if (activation.widget instanceof Shell shell && shell.getParent() == null) {
                    new DiskChangeCheck(session).run(shell);
                }
            });
        }
        update();
    }

    private void update() {
        String title = session.project().map(p -> (session.isDirty() ? "*" : "") + p.getName()
                + (session.isReadOnly() ? " [read-only]" : "") + " \u2014 Sameboat").orElse("Sameboat");
        for (MWindow window : application.getChildren()) {
            window.setLabel(title);
        }
    }
}
