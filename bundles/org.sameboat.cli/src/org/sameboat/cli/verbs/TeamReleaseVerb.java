package org.sameboat.cli.verbs;

import java.nio.file.Path;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Verb;
import org.sameboat.team.SyncMonitor;
import org.sameboat.team.TeamException;
import org.sameboat.team.TeamRelease;
import org.sameboat.team.TeamSync;

/** sameboat team release DIR: end blind coding and merge the coder's own branch into the shared one. */
public final class TeamReleaseVerb implements Verb {

    @Override
    public String name() {
        return "team release";
    }

    @Override
    public String synopsis() {
        return "DIR";
    }

    @Override
    public String summary() {
        return "end your blind coding: your layer, kept on your own branch till now, goes to the shared project";
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        try {
            TeamSync.Outcome outcome = new TeamRelease().release(Path.of(folder), SyncMonitor.SILENT);
            console.out().println("released your layer in " + folder + "; " + outcome.mergedCommits() + " commit(s) of others brought in");
            return 0;
        } catch (TeamException e) {
            throw CliException.failure(e.getMessage());
        }
    }
}
