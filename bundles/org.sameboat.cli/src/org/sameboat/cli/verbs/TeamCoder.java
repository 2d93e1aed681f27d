package org.sameboat.cli.verbs;

import org.sameboat.cli.Arguments;

/** The coder a team command works as: --coder, else the user's login name (as Git takes it for an author). */
final class TeamCoder {

    private TeamCoder() {
    }

    static String of(Arguments arguments) {
        return arguments.option("coder").orElse(System.getProperty("user.name", "coder"));
    }
}
