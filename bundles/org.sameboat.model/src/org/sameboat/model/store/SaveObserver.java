package org.sameboat.model.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Sees a save as it happens. Production code passes {@link #NONE}; tests use it to stop a save at any moment
 * and check that the project still loads.
 */
public interface SaveObserver {

    /** The steps of replacing a file, in order. */
    enum Step {
        /** The new content is complete and synced in a temporary file beside the target. */
        TEMP_WRITTEN,
        /** The previous content has been kept as the backup file. */
        BACKUP_MADE,
        /** The temporary file has been renamed over the target. */
        REPLACED
    }

    SaveObserver NONE = new SaveObserver() {
    };

    /**
     * Called after each chunk written to a temporary file; total counts the bytes written so far. An
     * IOException thrown here fails the save as a failing disk would (tests use it to fill a disk).
     */
    default void written(Path target, long total) throws IOException {
    }

    default void reached(Path target, Step step) {
    }
}
