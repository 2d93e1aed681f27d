package org.sameboat.cli.verbs;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Verb;

/**
 * sameboat exercise make|submit|grade|collect|example|review: training coders against an expert's coding. The
 * sub-verbs are classes of their own; this one only finds the one named and refuses options it does not take.
 */
public final class ExerciseVerb implements Verb {

    private final Map<String, ExerciseStep> steps = new LinkedHashMap<>();

    public ExerciseVerb() {
        List.of(new ExerciseMake(), new ExerciseSubmit(), new ExerciseGrade(), new ExerciseCollect(), new ExerciseExample(),
                new ExerciseReview()).forEach(s -> steps.put(s.name(), s));
    }

    @Override
    public String name() {
        return "exercise";
    }

    @Override
    public String synopsis() {
        return String.join("  |  ", steps.values().stream().map(s -> s.name() + " " + s.synopsis()).toList());
    }

    @Override
    public String summary() {
        return "train coders: make an exercise from an expert's coding (sealed until handed in), hand it in, grade it with the"
                + " codebook's guidance, collect a class; or write examples of the dynamics for an instructor to mark";
    }

    @Override
    public Set<String> options() {
        Set<String> all = new HashSet<>();
        steps.values().forEach(s -> all.addAll(s.options()));
        return all;
    }

    @Override
    public Set<String> flags() {
        Set<String> all = new HashSet<>();
        steps.values().forEach(s -> all.addAll(s.flags()));
        return all;
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String name = arguments.positional(0, "what to do: " + String.join(", ", steps.keySet()));
        ExerciseStep step = steps.get(name);
        if (step == null) {
            throw CliException.usage("'" + name + "' is not one of " + String.join(", ", steps.keySet()) + "; usage: sameboat exercise "
                    + synopsis());
        }
        for (String given : arguments.given()) {
            if (!step.options().contains(given) && !step.flags().contains(given)) {
                throw CliException.usage("'exercise " + name + "' has no option --" + given + "; usage: sameboat exercise " + name + " "
                        + step.synopsis());
            }
        }
        return step.run(arguments, console);
    }
}
