package org.sameboat.ui.tests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.sameboat.ui.handlers.Feedback;

/** The UI thread for handlers' jobs in tests, finding widgets, and feedback that is collected instead of shown in a modal dialog. */
final class TestUi {

    private TestUi() {
    }

    static UISynchronize sync(Display display) {
        return new UISynchronize() {
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
        };
    }

    /** The first control of a type under a composite, depth first, that passes a test; null when there is none. */
    static <T extends Control> T find(Composite in, Class<T> type, Predicate<T> test) {
        for (Control child : in.getChildren()) {
            if (type.isInstance(child) && test.test(type.cast(child))) {
                return type.cast(child);
            }
            if (child instanceof Composite composite) {
                T found = find(composite, type, test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Keeps what a job told the user: "done: …" and "failed: …" lines. */
    static final class Told implements Feedback {
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void done(String title, String message) {
            lines.add("done: " + message);
        }

        @Override
        public void failed(String title, String message) {
            lines.add("failed: " + message);
        }

        boolean failed() {
            return lines.stream().anyMatch(l -> l.startsWith("failed: "));
        }
    }
}
