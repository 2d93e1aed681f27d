package org.sameboat.ui.team.tests;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.ui.session.ProjectSession;

/**
 * A project opened in a workbench session, with parts made by e4 injection in a real shell as the workbench makes
 * them. The clock is the system's: the team history orders commits by their time.
 */
final class WorkbenchFixture implements AutoCloseable {

    final Display display = Display.getDefault();
    final Shell shell = new Shell(display);
    final ProjectSession session = new ProjectSession(new ProjectStore(), Clock.systemUTC());
    final IEclipseContext context = EclipseContextFactory.create("sameboat-team-test");
    final Path folder;

    /** @param create true to make the sample project in the folder first, false to open the one there */
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
        IEclipseContext partContext = context.createChild(type.getSimpleName());
        partContext.set(Composite.class, new Composite(shell, 0));
        T part = ContextInjectionFactory.make(type, partContext);
        shell.layout(true, true);
        return part;
    }

    /** Runs the event loop until a condition holds (background jobs report through asyncExec), at most a minute. */
    void waitFor(BooleanSupplier condition) {
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
