package org.sameboat.ui.team;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.sameboat.model.store.ProjectLock;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.team.GitAccess;
import org.sameboat.team.SyncMonitor;
import org.sameboat.team.TeamException;
import org.sameboat.ui.session.ProjectSession;

/**
 * Team work on the open project in a user job: it reports its steps to the status line, whose Cancel stops it
 * between steps (never half-way through writing). The session's write lock is held throughout, edits wait while it
 * runs (they would be lost when the merged project is read), and afterwards the session reads the project again.
 */
public final class TeamJob extends Job {

    /** The work, done under the session's write lock; returns the line that tells how it went. */
    @FunctionalInterface
    public interface Work {
        String run(ProjectLock held, SyncMonitor monitor) throws TeamException;
    }

    /** How the work ended: done (with what it did), or stopped (with the one line that says why and what is kept). */
    public record Ending(boolean done, boolean cancelled, String message) {
    }

    /** Whether team work runs: from its start until its ending is told, one at a time (each works on the whole project). */
    private static final java.util.concurrent.atomic.AtomicBoolean RUNNING = new java.util.concurrent.atomic.AtomicBoolean();

    private final ProjectSession session;
    private final ProjectLock held;
    private final Display display;
    private final Work work;
    private final Consumer<Ending> told;

    private TeamJob(String name, ProjectSession session, ProjectLock held, Display display, Work work, Consumer<Ending> told) {
        super(name);
        this.session = session;
        this.held = held;
        this.display = display;
        this.work = work;
        this.told = told;
        setUser(true);
    }

    /**
     * Starts team work on the session's saved project; the ending comes back on the UI thread, after the session has
     * read the project again. Returns the running job.
     */
    public static TeamJob start(String name, ProjectSession session, Display display, Work work, Consumer<Ending> told) {
        if (session.isDirty()) {
            throw new IllegalStateException("save the project before team work");
        }
        ProjectLock held = session.writeLock().orElseThrow(() -> new IllegalStateException("the project is open read-only"));
        if (!RUNNING.compareAndSet(false, true)) {
            throw new IllegalStateException("team work is running already");
        }
        TeamJob job = new TeamJob(name, session, held, display, work, told);
        session.pauseEdits(name.toLowerCase(java.util.Locale.ROOT) + " is running");
        job.schedule();
        return job;
    }

    /** Whether team work is running now (the Team menu waits for it). */
    public static boolean running() {
        return RUNNING.get();
    }

    @Override
    protected IStatus run(IProgressMonitor progress) {
        progress.beginTask(getName(), IProgressMonitor.UNKNOWN);
        SyncMonitor monitor = new SyncMonitor() {
            @Override
            public void step(String what) {
                progress.subTask(getName() + ": " + what);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCanceled();
            }
        };
        Ending ending;
        try {
            GitAccess.useGitsOwnWays();
            ending = new Ending(true, false, work.run(held, monitor));
        } catch (TeamException e) {
            ending = new Ending(false, progress.isCanceled(), e.getMessage());
        } catch (RuntimeException e) {
            // one line for the user, whatever went wrong; the project on disk is whole (saves are atomic)
            ending = new Ending(false, false, getName() + " stopped: " + e);
        } finally {
            progress.done();
        }
        Ending end = ending;
        display.asyncExec(() -> finish(end));
        return end.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    /** Reads the project the work left on disk (merged, or as it was) and tells the ending. */
    private void finish(Ending ending) {
        RUNNING.set(false);
        session.resumeEdits();
        Ending told = ending;
        try {
            session.reload();
        } catch (ProjectStoreException e) {
            told = new Ending(false, false, ending.message() + "; reading the project again failed: " + e.getMessage());
        }
        this.told.accept(told);
    }
}
