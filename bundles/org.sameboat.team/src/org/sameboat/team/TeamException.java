package org.sameboat.team;

/** An expected failure of team work (no repository, an unreachable server, data that does not hold together), with a message the user can act on. */
public final class TeamException extends Exception {

    private static final long serialVersionUID = 1L;

    public TeamException(String message) {
        super(message);
    }

    public TeamException(String message, Throwable cause) {
        super(message, cause);
    }
}
