package org.sameboat.model.store;

/** A project folder could not be created, read or written; the message says what and what to do. */
public final class ProjectStoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProjectStoreException(String message) {
        super(message);
    }

    public ProjectStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
