package org.sameboat.views.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;

/**
 * Holds each job of a family as it starts running, until the test lets it go: so that the test can edit the model on
 * the UI thread while a computation is certainly under way (its inputs taken, its result not yet delivered), without
 * relying on timing. Closing lets every held job go and holds no more.
 */
final class HeldJobs extends JobChangeAdapter implements AutoCloseable {

    private final Object family;
    private final BlockingQueue<CountDownLatch> held = new LinkedBlockingQueue<>();
    private final List<CountDownLatch> all = new ArrayList<>();
    private boolean closed;

    HeldJobs(Object family) {
        this.family = family;
        Job.getJobManager().addJobChangeListener(this);
    }

    /** On the job's own thread, before it runs: wait until the test lets it go. */
    @Override
    public void running(IJobChangeEvent event) {
        if (!event.getJob().belongsTo(family)) {
            return;
        }
        CountDownLatch go = new CountDownLatch(1);
        synchronized (this) {
            if (closed) {
                return;
            }
            all.add(go);
            held.add(go);
        }
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits on the UI thread, running its events meanwhile, for the next job of the family to be held; returns its release. */
    CountDownLatch next(Display display) throws InterruptedException {
        CountDownLatch go;
        while ((go = held.poll(5, TimeUnit.MILLISECONDS)) == null) {
            while (display.readAndDispatch()) {
                // results and events posted meanwhile
            }
        }
        return go;
    }

    @Override
    public void close() {
        Job.getJobManager().removeJobChangeListener(this);
        synchronized (this) {
            closed = true;
            all.forEach(CountDownLatch::countDown);
        }
    }
}
