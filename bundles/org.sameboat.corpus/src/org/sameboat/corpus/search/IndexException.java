package org.sameboat.corpus.search;

/** The index cannot be opened or written, for a reason the user can act on; the message says which. */
public final class IndexException extends Exception {

    private static final long serialVersionUID = 1L;

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
