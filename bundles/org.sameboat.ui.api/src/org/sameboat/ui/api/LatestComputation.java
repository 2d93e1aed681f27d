package org.sameboat.ui.api;

import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * A view's computation run in the background, one at a time: starting one cancels the one before, and only the
 * newest result reaches the view, on the UI thread, and only while the view still shows. A view recomputes on
 * every edit and every change of its choices; without this, a slow result could arrive after a newer one and
 * overwrite it. The jobs belong to a family, so that tests and scripts can wait for them
 * ({@code Job.getJobManager().join(family, monitor)}).
 * <p>
 * Made and used on the UI thread.
 *
 * @since 1.1
 */
public final class LatestComputation {

    private final String family;
    private final Executor uiThread;
    private final BooleanSupplier showing;
    private Job running;
    /** Counts the computations started and dropped; a result is shown only if nothing came after it. */
    private int generation;

    /**
     * @param family   the job family, e.g. the view's bundle name
     * @param uiThread runs work on the UI thread later, e.g. {@code sync::asyncExec} with the injected {@code UISynchronize}
     * @param showing  whether the view can still show a result (its controls are not disposed)
     */
    public LatestComputation(String family, Executor uiThread, BooleanSupplier showing) {
        this.family = family;
        this.uiThread = uiThread;
        this.showing = showing;
    }

    /** Computes in a job named {@code name} and hands the result to {@code show}, unless something newer started. */
    public <T> void start(String name, Function<IProgressMonitor, T> work, Consumer<T> show) {
        run(name, work, show, null);
    }

    /**
     * As {@link #start(String, Function, Consumer)}; a computation that refuses its input with an
     * {@link IllegalArgumentException} (e.g. a selection the analysis cannot compare) hands it to {@code refused}
     * instead, on the UI thread, so that the view can say why where the result would be.
     */
    public <T> void start(String name, Function<IProgressMonitor, T> work, Consumer<T> show, Consumer<IllegalArgumentException> refused) {
        run(name, work, show, refused);
    }

    /** @param refused null to let a refusal fail the job, as any other exception does */
    private <T> void run(String name, Function<IProgressMonitor, T> work, Consumer<T> show, Consumer<IllegalArgumentException> refused) {
        cancel();
        int ticket = generation;
        running = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    T result = work.apply(monitor);
                    if (!monitor.isCanceled()) {
                        later(ticket, () -> show.accept(result));
                    }
                } catch (IllegalArgumentException e) {
                    if (refused == null) {
                        throw e;
                    }
                    later(ticket, () -> refused.accept(e));
                }
                return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object other) {
                return family.equals(other);
            }
        };
        running.schedule();
    }

    /** Drops the running computation, if any: its result will not be shown. */
    public void cancel() {
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    private void later(int ticket, Runnable step) {
        uiThread.execute(() -> {
            if (ticket == generation && showing.getAsBoolean()) {
                step.run();
            }
        });
    }
}
