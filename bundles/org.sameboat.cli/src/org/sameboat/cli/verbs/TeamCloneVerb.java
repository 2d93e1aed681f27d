package org.sameboat.cli.verbs;

import java.nio.file.Path;
import java.util.Set;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Verb;
import org.sameboat.model.Project;
import org.sameboat.team.TeamException;
import org.sameboat.team.TeamShare;

/** sameboat team clone REMOTE DIR: take a copy of a shared project to work on. */
public final class TeamCloneVerb implements Verb {

    @Override
    public String name() {
        return "team clone";
    }

    @Override
    public String synopsis() {
        return "REMOTE DIR [--coder NAME]";
    }

    @Override
    public String summary() {
        return "copy a shared project into a new or empty folder, working as the coder";
    }

    @Override
    public Set<String> options() {
        return Set.of("coder");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String remote = arguments.positional(0, "REMOTE");
        String folder = arguments.positional(1, "DIR");
        arguments.expectAtMost(2);
        String coder = TeamCoder.of(arguments);
        try {
            Project project = new TeamShare().cloneInto(remote, Path.of(folder), coder);
            console.out().println("copied " + project.getName() + " (" + project.getDocuments().size() + " documents) into " + folder
                    + ", working as " + coder);
            return 0;
        } catch (TeamException e) {
            throw CliException.failure(e.getMessage());
        }
    }
}
