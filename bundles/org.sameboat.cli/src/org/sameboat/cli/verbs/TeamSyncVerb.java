package org.sameboat.cli.verbs;

import java.nio.file.Path;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Verb;
import org.sameboat.team.Conflict;
import org.sameboat.team.SyncMonitor;
import org.sameboat.team.TeamException;
import org.sameboat.team.TeamSync;

/** sameboat team sync DIR: commit, fetch, merge by id, push. */
public final class TeamSyncVerb implements Verb {

    @Override
    public String name() {
        return "team sync";
    }

    @Override
    public String synopsis() {
        return "DIR";
    }

    @Override
    public String summary() {
        return "send your work and bring in the others', merged by id; conflicts keep yours and are listed";
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        try {
            TeamSync.Outcome outcome = new TeamSync().run(Path.of(folder), new SyncMonitor() {
                @Override
                public void step(String what) {
                    console.err().println(what + "…");
                }
            });
            console.out().println("synced " + folder + ": " + (outcome.committedLocalWork() ? "your work sent" : "nothing new of yours")
                    + (outcome.blind() ? " to your own branch (you code blind; share it with: sameboat team release " + folder + ")" : "")
                    + ", " + outcome.mergedCommits() + " commit(s) of others brought in");
            for (Conflict kept : outcome.kept()) {
                console.out().println("  kept " + kept.describe());
            }
            for (Conflict conflict : outcome.conflicts()) {
                console.out().println("  conflict " + conflict.describe());
            }
            if (!outcome.conflicts().isEmpty()) {
                console.out().println(outcome.conflicts().size() + " conflict(s) kept yours; take theirs with: sameboat team resolve " + folder + " --keep theirs");
            }
            return 0;
        } catch (TeamException e) {
            throw CliException.failure(e.getMessage());
        }
    }
}
