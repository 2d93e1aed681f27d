package org.sameboat.cli.verbs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Verb;
import org.sameboat.team.GitAccess;

/** sameboat team SUBVERB ...: team work across machines through Git; each sub-verb is a class of its own. */
public final class TeamVerb implements Verb {

    private final Map<String, Verb> steps = new LinkedHashMap<>();

    public TeamVerb() {
        for (Verb step : List.of(new TeamInitVerb(), new TeamCloneVerb(), new TeamSyncVerb(), new TeamStatusVerb(), new TeamLogVerb(),
                new TeamResolveVerb(), new TeamReleaseVerb())) {
            steps.put(step.name().substring("team ".length()), step);
        }
    }

    @Override
    public String name() {
        return "team";
    }

    @Override
    public String synopsis() {
        return steps.values().stream().map(step -> step.name().substring("team ".length()) + " " + step.synopsis())
                .collect(Collectors.joining(" | "));
    }

    @Override
    public String summary() {
        return "share a project through any Git server: copy, sync with Sameboat's merge by id, history of who coded what (docs/team.md)";
    }

    @Override
    public Set<String> options() {
        Set<String> all = new LinkedHashSet<>();
        steps.values().forEach(step -> all.addAll(step.options()));
        return all;
    }

    @Override
    public Set<String> flags() {
        Set<String> all = new LinkedHashSet<>();
        steps.values().forEach(step -> all.addAll(step.flags()));
        return all;
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String which = arguments.positional(0, "what to do (" + String.join(", ", steps.keySet()) + ")");
        Verb step = steps.get(which);
        if (step == null) {
            throw CliException.usage("no 'team " + which + "'; choose one of " + String.join(", ", steps.keySet()));
        }
        // parsed again for the step alone, so that an option it does not take is refused with its own usage
        List<String> tokens = new ArrayList<>(arguments.positional().subList(1, arguments.positional().size()));
        for (String given : arguments.given()) {
            tokens.add("--" + given);
            if (!step.flags().contains(given)) {
                tokens.add(arguments.option(given).orElseThrow());
            }
        }
        GitAccess.useGitsOwnWays();
        return step.run(Arguments.parse(step, tokens), console);
    }
}
