package org.sameboat.views.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.ui.api.AnalysisService;
import org.sameboat.ui.api.ProjectAccess;
import org.sameboat.ui.api.SameboatEvents;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.WorkbenchAnalysis;

/**
 * The sample project opened in a session, and a context holding only what the view API promises a view: a
 * {@link ProjectAccess}, an {@link AnalysisService} and the UI synchroniser. Parts are made by e4 injection in a
 * real shell, as the workbench makes them, and driven through their widgets.
 */
final class ViewFixture implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);

    final Display display = Display.getDefault();
    final Shell shell = new Shell(display);
    final ProjectSession session = new ProjectSession(new ProjectStore(), CLOCK);
    final AnalysisService analysis = new WorkbenchAnalysis(session);
    final IEclipseContext context = EclipseContextFactory.create("sameboat-views-test");
    final DirectBroker broker = new DirectBroker();

    ViewFixture(Path folder, String coder) throws Exception {
        SampleProject.create(folder);
        session.open(folder, coder);
        context.set(ProjectAccess.class, session);
        context.set(AnalysisService.class, analysis);
        context.set(UISynchronize.class, new DisplaySynchronize(display));
        context.set(IEventBroker.class, broker);
        shell.setSize(1300, 700);
        shell.setLayout(new FillLayout());
    }

    /** Makes a part the way the e4 renderer does: constructor and field injection, then @PostConstruct. */
    <T> T part(Class<T> type) {
        Composite parent = new Composite(shell, SWT.NONE);
        IEclipseContext partContext = context.createChild(type.getSimpleName());
        partContext.set(Composite.class, parent);
        T part = ContextInjectionFactory.make(type, partContext);
        shell.layout(true, true);
        shell.open();
        return part;
    }

    /** What the workbench's event broker tells the views after every edit, undo or redo. */
    void modelChanged() {
        broker.send(SameboatEvents.MODEL, session);
    }

    /** What the workbench's event broker tells the views when whose codings are visible changes (blind coding, say). */
    void layersChanged() {
        broker.send(SameboatEvents.LAYERS, session);
    }

    /** Waits for the part's background computations and lets their results reach the widgets. */
    void await(String family) throws InterruptedException {
        Job.getJobManager().join(family, null);
        settle();
    }

    /** Runs pending SWT events, including results posted from jobs. */
    void settle() {
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** Chooses a combo item as a person does. */
    static void choose(Combo combo, int index) {
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    /** Presses the left mouse button in the middle of a rectangle of a control. */
    static void click(Control control, Rectangle where) {
        Event event = new Event();
        event.button = 1;
        event.x = where.x + where.width / 2;
        event.y = where.y + where.height / 2;
        control.notifyListeners(SWT.MouseDown, event);
        control.notifyListeners(SWT.MouseUp, event);
    }

    @Override
    public void close() {
        shell.dispose();
        context.dispose();
    }

    /** The workbench's synchroniser in small: the display's own queues. */
    private static final class DisplaySynchronize extends UISynchronize {

        private final Display display;

        DisplaySynchronize(Display display) {
            this.display = display;
        }

        @Override
        public void syncExec(Runnable runnable) {
            display.syncExec(runnable);
        }

        @Override
        public void asyncExec(Runnable runnable) {
            display.asyncExec(runnable);
        }

        @Override
        protected boolean isUIThread(Thread thread) {
            return display.getThread() == thread;
        }

        @Override
        protected void showBusyWhile(Runnable runnable) {
            runnable.run();
        }

        @Override
        protected boolean dispatchEvents() {
            return display.readAndDispatch();
        }
    }
}
