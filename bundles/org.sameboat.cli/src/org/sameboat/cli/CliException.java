package org.sameboat.cli;

/**
 * A run that cannot go on because of what the user gave; the message is one line saying what is wrong and
 * what to do, and it is all the user sees (no stack trace).
 */
public final class CliException extends Exception {

    private static final long serialVersionUID = 1L;
    private final int exitCode;

    private CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The command line itself is wrong (exit code 2). */
    public static CliException usage(String message) {
        return new CliException(message, 2);
    }

    /** The command line was right but the work failed, e.g. a file could not be read (exit code 1). */
    public static CliException failure(String message) {
        return new CliException(message, 1);
    }

    public int exitCode() {
        return exitCode;
    }
}
