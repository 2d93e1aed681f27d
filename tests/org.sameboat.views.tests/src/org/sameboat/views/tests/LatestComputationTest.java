package org.sameboat.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.Test;
import org.sameboat.ui.api.LatestComputation;

/** The view API's background computation: only the newest result is shown, and only while the view shows. */
class LatestComputationTest {

    private static final String FAMILY = "org.sameboat.views.tests.latest";

    /** Stands in for the UI thread: steps wait here until the test runs them. */
    private final ConcurrentLinkedQueue<Runnable> uiThread = new ConcurrentLinkedQueue<>();
    private final List<String> shown = new ArrayList<>();

    private void runUiSteps() {
        for (Runnable step = uiThread.poll(); step != null; step = uiThread.poll()) {
            step.run();
        }
    }

    @Test
    void aSlowResultThatArrivesAfterANewerStartIsDropped() throws Exception {
        LatestComputation computation = new LatestComputation(FAMILY, uiThread::add, () -> true);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        boolean[] slowFinished = {false};
        computation.start("slow", monitor -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            slowFinished[0] = true;
            return "old";
        }, shown::add);
        assertTrue(started.await(10, TimeUnit.SECONDS), "the slow computation runs before the newer one starts");
        computation.start("fast", monitor -> "new", shown::add);
        release.countDown();
        Job.getJobManager().join(FAMILY, null);
        runUiSteps();
        assertTrue(slowFinished[0]);
        assertEquals(List.of("new"), shown);
    }

    @Test
    void aResultAlreadyOnItsWayToTheViewIsDroppedWhenANewerOneStarts() throws Exception {
        LatestComputation computation = new LatestComputation(FAMILY, uiThread::add, () -> true);
        computation.start("first", monitor -> "old", shown::add);
        Job.getJobManager().join(FAMILY, null);
        // the first result now waits for the UI thread, uncancelled; only the ticket can stop it
        assertEquals(1, uiThread.size());
        computation.start("second", monitor -> "new", shown::add);
        Job.getJobManager().join(FAMILY, null);
        runUiSteps();
        assertEquals(List.of("new"), shown);
    }

    @Test
    void aRefusalFromAReplacedComputationIsDropped() throws Exception {
        LatestComputation computation = new LatestComputation(FAMILY, uiThread::add, () -> true);
        computation.<String>start("refused late", monitor -> {
            throw new IllegalArgumentException("stale refusal");
        }, shown::add, refused -> shown.add("refused: " + refused.getMessage()));
        Job.getJobManager().join(FAMILY, null);
        computation.start("newer", monitor -> "new", shown::add);
        Job.getJobManager().join(FAMILY, null);
        runUiSteps();
        assertEquals(List.of("new"), shown);
    }

    @Test
    void nothingIsShownAfterCancelOrOnceTheViewIsGone() throws Exception {
        boolean[] showing = {true};
        LatestComputation computation = new LatestComputation(FAMILY, uiThread::add, () -> showing[0]);
        computation.start("dropped", monitor -> "dropped", shown::add);
        computation.cancel();
        Job.getJobManager().join(FAMILY, null);
        runUiSteps();
        computation.start("view closed", monitor -> "late", shown::add);
        Job.getJobManager().join(FAMILY, null);
        showing[0] = false;
        runUiSteps();
        assertTrue(shown.isEmpty(), shown.toString());
    }

    @Test
    void aRefusedInputReachesTheViewAsItsMessage() throws Exception {
        LatestComputation computation = new LatestComputation(FAMILY, uiThread::add, () -> true);
        computation.<String>start("refused", monitor -> {
            throw new IllegalArgumentException("a coder was chosen twice");
        }, shown::add, refused -> shown.add("refused: " + refused.getMessage()));
        Job.getJobManager().join(FAMILY, null);
        runUiSteps();
        assertEquals(List.of("refused: a coder was chosen twice"), shown);
    }
}
