package org.sameboat.cli;

import java.io.PrintStream;

/** Where a verb writes: results to out, messages about the run to err. */
public record Console(PrintStream out, PrintStream err) {

    public static Console system() {
        return new Console(System.out, System.err);
    }
}
