package org.sameboat.ui.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.ui.parts.CodedSegmentsPart;
import org.sameboat.ui.session.ProjectSession;

/**
 * The sample project opened in a session, with parts made by e4 injection in a real shell, as the workbench
 * makes them; tests then use the parts' widgets the way a person does.
 */
final class WorkbenchFixture implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);

    final Display display = Display.getDefault();
    final Shell shell = new Shell(display);
    final ProjectSession session = new ProjectSession(new ProjectStore(), CLOCK);
    final IEclipseContext context = EclipseContextFactory.create("sameboat-test");
    final Path folder;

    WorkbenchFixture(Path folder, String coder) throws Exception {
        this(folder, coder, true);
    }

    /** @param create false to open the project already in the folder (e.g. one saved by an earlier fixture) */
    WorkbenchFixture(Path folder, String coder, boolean create) throws Exception {
        this.folder = folder;
        if (create) {
            SampleProject.create(folder);
        }
        session.open(folder, coder);
        context.set(ProjectSession.class, session);
        shell.setSize(1200, 800);
        shell.setLayout(new FillLayout());
    }

    /** Makes a part the way the e4 renderer does: constructor and field injection, then @PostConstruct. */
    <T> T part(Class<T> type) {
        return part(type, new Composite(shell, 0));
    }

    /** Makes a part in the given composite, e.g. a tab of a rendered stack. */
    <T> T part(Class<T> type, Composite parent) {
        IEclipseContext partContext = context.createChild(type.getSimpleName());
        partContext.set(Composite.class, parent);
        T part = ContextInjectionFactory.make(type, partContext);
        shell.layout(true, true);
        return part;
    }

    /**
     * Lets SWT paint and run pending events, and waits for the Coded segments list being made in the background
     * (its result comes back through the event queue, so the queue is drained again after it).
     */
    void settle() {
        shell.open();
        do {
            while (display.readAndDispatch()) {
                // drain
            }
        } while (joinSegmentJobs());
    }

    /** Waits for the jobs making the Coded segments list; false when none was running. */
    boolean joinSegmentJobs() {
        if (Job.getJobManager().find(CodedSegmentsPart.JOB_FAMILY).length == 0) {
            return false;
        }
        try {
            Job.getJobManager().join(CodedSegmentsPart.JOB_FAMILY, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the coded segments", e);
        }
        return true;
    }

    /** Runs the event loop until a condition holds (background jobs report through asyncExec), at most a minute. */
    void waitFor(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within a minute");
            }
            if (!display.readAndDispatch()) {
                // wake at least every 50 ms, so the deadline is checked even when no event comes
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
    }

    @Override
    public void close() {
        session.close();
        shell.dispose();
        context.dispose();
    }
}
