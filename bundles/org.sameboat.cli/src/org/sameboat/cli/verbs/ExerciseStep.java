package org.sameboat.cli.verbs;

import java.util.Set;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;

/** One sub-verb of {@code sameboat exercise}; each is one small class. */
interface ExerciseStep {

    String name();

    String synopsis();

    /** Options that take a value. */
    Set<String> options();

    /** Options that are flags. */
    default Set<String> flags() {
        return Set.of();
    }

    /** Runs it on the arguments after the sub-verb's name (the first positional is dropped). */
    int run(Arguments arguments, Console console) throws CliException;

    /** The i-th positional after the sub-verb's name. */
    static String positional(Arguments arguments, int index, String what) throws CliException {
        return arguments.positional(index + 1, what);
    }
}
