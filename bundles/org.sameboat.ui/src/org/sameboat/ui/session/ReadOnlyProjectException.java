package org.sameboat.ui.session;

/** An edit was refused because the project is open read-only; the message says why and what to do. */
public final class ReadOnlyProjectException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ReadOnlyProjectException(String message) {
        super(message);
    }
}
