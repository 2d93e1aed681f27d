package org.sameboat.model.store;

/** A project folder could not be created, read or written; the message says what and what to do. */
public final class ProjectStoreException extends Exception {

    private static final long serialVersionUID = 1L;
    private final boolean damage;

    public ProjectStoreException(String message) {
        this(message, null, false);
    }

    public ProjectStoreException(String message, Throwable cause) {
        this(message, cause, false);
    }

    private ProjectStoreException(String message, Throwable cause, boolean damage) {
        super(message, cause);
        this.damage = damage;
    }

    /** The model file is damaged (not well-formed, or its structure does not hold together). */
    public static ProjectStoreException damaged(String message, Throwable cause) {
        return new ProjectStoreException(message, cause, true);
    }

    /** Whether the model file is damaged, so that restoring the backup is the way out. */
    public boolean isDamage() {
        return damage;
    }
}
