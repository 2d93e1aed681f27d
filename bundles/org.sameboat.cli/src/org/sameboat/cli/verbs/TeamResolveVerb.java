package org.sameboat.cli.verbs;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Verb;
import org.sameboat.team.Conflict;
import org.sameboat.team.TeamException;
import org.sameboat.team.TeamResolve;

/** sameboat team resolve DIR [ID [FIELD]] --keep ours|theirs: decide the conflicts a sync left. */
public final class TeamResolveVerb implements Verb {

    @Override
    public String name() {
        return "team resolve";
    }

    @Override
    public String synopsis() {
        return "DIR [ID [FIELD]] --keep ours|theirs";
    }

    @Override
    public String summary() {
        return "decide open conflicts (all, one element's, or one field): keep ours or take theirs";
    }

    @Override
    public Set<String> options() {
        return Set.of("keep");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.positional(0, "DIR");
        arguments.expectAtMost(3);
        List<String> rest = arguments.positional().subList(1, arguments.positional().size());
        String keep = arguments.required("keep");
        if (!keep.equals("ours") && !keep.equals("theirs")) {
            throw CliException.usage("--keep takes ours or theirs, not " + keep);
        }
        try {
            List<Conflict> decided = new TeamResolve().resolve(Path.of(folder),
                    c -> (rest.isEmpty() || c.id().equals(rest.get(0))) && (rest.size() < 2 || c.field().equals(rest.get(1))), keep.equals("theirs"));
            for (Conflict conflict : decided) {
                console.out().println("kept " + keep + ": " + conflict.kind() + " " + conflict.id() + " " + conflict.field());
            }
            console.out().println(decided.size() + " conflict(s) decided" + (keep.equals("theirs") ? "; the others get them at your next sync" : ""));
            return 0;
        } catch (TeamException e) {
            throw CliException.failure(e.getMessage());
        }
    }
}
