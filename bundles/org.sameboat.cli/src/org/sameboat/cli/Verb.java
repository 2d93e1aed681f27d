package org.sameboat.cli;

import java.util.Set;

/** One verb of the command line, e.g. {@code import}. Each verb is one small class. */
public interface Verb {

    /** The word that selects it. */
    String name();

    /** Arguments as shown in help, e.g. "DIR FILE... [--format F]". */
    String synopsis();

    /** One line saying what it does. */
    String summary();

    /** Options it accepts, without dashes; flags and valued options alike. */
    Set<String> options();

    /** Options that are flags (take no value). */
    default Set<String> flags() {
        return Set.of();
    }

    /** Runs it; returns the exit code (0 on success). */
    int run(Arguments arguments, Console console) throws CliException;
}
