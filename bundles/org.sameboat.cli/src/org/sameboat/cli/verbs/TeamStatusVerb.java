package org.sameboat.cli.verbs;

import java.nio.file.Path;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Verb;
import org.sameboat.team.Conflict;
import org.sameboat.team.TeamException;
import org.sameboat.team.TeamStatus;

/** sameboat team status DIR: who works here, what is not sent, what waits to be decided. */
public final class TeamStatusVerb implements Verb {

    @Override
    public String name() {
        return "team status";
    }

    @Override
    public String synopsis() {
        return "DIR";
    }

    @Override
    public String summary() {
        return "coder, server, elements changed since the last sync, commits not sent, open conflicts";
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        try {
            TeamStatus status = TeamStatus.of(Path.of(folder));
            console.out().println("coder: " + status.coder());
            console.out().println("server: " + status.remote());
            console.out().println("changed since the last sync: " + status.unsyncedElements() + " element(s)");
            console.out().println("commits not yet sent: " + status.unsentCommits());
            console.out().println("open conflicts: " + status.conflicts().size());
            for (Conflict conflict : status.conflicts()) {
                console.out().println("  " + conflict.describe());
            }
            return 0;
        } catch (TeamException e) {
            throw CliException.failure(e.getMessage());
        }
    }
}
