package org.sameboat.ui;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Inject;

/**
 * Measures start-up to a usable window for the start-up benchmark (docs/benchmarks.md): once the workbench is
 * up and its window painted, the time since the process started goes to the system property
 * {@value #MILLIS_PROPERTY} and, with {@code -D}{@value #LOG_PROPERTY}{@code =true}, to standard error;
 * {@code -D}{@value #EXIT_PROPERTY}{@code =true} then closes the workbench, for repeated runs.
 */
public final class StartupTiming {

    public static final String LOG_PROPERTY = "sameboat.startup.log";
    public static final String EXIT_PROPERTY = "sameboat.startup.exit";
    public static final String MILLIS_PROPERTY = "sameboat.startup.millis";

    /** Steps of start-up by name, in order, for the breakdown in the log line (one start per process). */
    private static final java.util.Map<String, Instant> STEPS = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());

    /** Notes that a step of start-up is reached, e.g. "context" when the e4 application context exists. */
    static void reached(String step) {
        STEPS.putIfAbsent(step, Instant.now());
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    public void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Object event, IWorkbench workbench) {
        Display display = Display.getCurrent();
        if (display == null) {
            return;
        }
        reached("startup complete");
        // after the events already queued (layout, the first paints) have run
        display.asyncExec(() -> {
            for (Shell shell : display.getShells()) {
                shell.update();
            }
            Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
            long millis = Duration.between(start, Instant.now()).toMillis();
            System.setProperty(MILLIS_PROPERTY, String.valueOf(millis));
            if (Boolean.getBoolean(LOG_PROPERTY) || Boolean.getBoolean(EXIT_PROPERTY)) {
                StringBuilder steps = new StringBuilder();
                synchronized (STEPS) {
                    STEPS.forEach((step, at) -> steps.append(steps.isEmpty() ? "" : ", ").append(step).append(' ')
                            .append(Duration.between(start, at).toMillis()));
                }
                long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
                System.err.println("sameboat: window usable " + millis + " ms after process start, " + cpu + " ms CPU (" + steps + ")");
            }
            if (Boolean.getBoolean(EXIT_PROPERTY)) {
                workbench.close();
            }
        });
    }
}
