package org.sameboat.corpus.search;

/** What {@link ProjectIndex#open} found in the project's index folder, and so what it did. */
public enum IndexState {
    /** The index matched the model and was used as it was. */
    CURRENT,
    /** There was no index; it was built. */
    MISSING,
    /** The index was built from another version of the model (or by an older Sameboat); it was rebuilt. */
    STALE,
    /** The index could not be read; it was deleted and rebuilt. */
    CORRUPT;

    /** Whether opening had to build the index from the model. */
    public boolean rebuilt() {
        return this != CURRENT;
    }
}
