package org.sameboat.cli.verbs;

import java.nio.file.Path;
import java.util.Set;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Verb;
import org.sameboat.team.TeamException;
import org.sameboat.team.TeamShare;

/** sameboat team init DIR REMOTE: share a project through an empty Git repository. */
public final class TeamInitVerb implements Verb {

    @Override
    public String name() {
        return "team init";
    }

    @Override
    public String synopsis() {
        return "DIR REMOTE [--coder NAME]";
    }

    @Override
    public String summary() {
        return "share a project through an empty Git repository, working as the coder";
    }

    @Override
    public Set<String> options() {
        return Set.of("coder");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.positional(0, "DIR");
        String remote = arguments.positional(1, "REMOTE");
        arguments.expectAtMost(2);
        String coder = TeamCoder.of(arguments);
        try {
            new TeamShare().init(Path.of(folder), remote, coder);
        } catch (TeamException e) {
            throw CliException.failure(e.getMessage());
        }
        console.out().println("shared " + folder + " through " + remote + " as " + coder + "; others take a copy with: sameboat team clone " + remote + " DIR --coder NAME");
        return 0;
    }
}
