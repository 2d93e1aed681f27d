package org.sameboat.team;

/** What a sync tells as it goes, and how it is asked to stop (between steps, never half-way through writing). */
public interface SyncMonitor {

    SyncMonitor SILENT = new SyncMonitor() {
    };

    default void step(String what) {
    }

    default boolean isCancelled() {
        return false;
    }

    /** Called just before each push; the tests use it to let another coder push first or to break the connection. */
    default void beforePush(int attempt) {
    }
}
