package org.sameboat.interop;

/**
 * An import, export, merge or adjudication that cannot go on because of its input. The message is one line a
 * user can act on; whatever was being changed is left as it was.
 */
public final class InteropException extends Exception {

    private static final long serialVersionUID = 1L;

    public InteropException(String message) {
        super(message);
    }

    public InteropException(String message, Throwable cause) {
        super(message, cause);
    }
}
