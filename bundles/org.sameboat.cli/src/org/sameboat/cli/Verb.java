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

    /** Options that take a value, without dashes; none unless the verb says otherwise. */
    default Set<String> options() {
        return Set.of();
    }

    /** Options that are flags (take no value). */
    default Set<String> flags() {
        return Set.of();
    }

    /** Runs it; returns the exit code (0 on success). */
    int run(Arguments arguments, Console console) throws CliException;
}
