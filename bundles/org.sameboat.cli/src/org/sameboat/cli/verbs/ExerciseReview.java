package org.sameboat.cli.verbs;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.interop.InteropException;
import org.sameboat.interop.exercise.Examples;
import org.sameboat.interop.exercise.ExerciseFolder;
import org.sameboat.interop.exercise.ExerciseInfo;
import org.sameboat.interop.exercise.Review;
import org.sameboat.model.Memo;
import org.sameboat.model.Project;

/** sameboat exercise review EXDIR MEMO --accept|--revise [--comment TEXT]: the instructor marks one of the student's examples. */
final class ExerciseReview implements ExerciseStep {

    @Override
    public String name() {
        return "review";
    }

    @Override
    public String synopsis() {
        return "EXDIR MEMO_ID (--accept | --revise) [--comment TEXT]";
    }

    @Override
    public Set<String> options() {
        return Set.of("comment");
    }

    @Override
    public Set<String> flags() {
        return Set.of("accept", "revise");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = ExerciseStep.positional(arguments, 0, "the exercise folder EXDIR");
        String memoId = ExerciseStep.positional(arguments, 1, "the MEMO_ID of the example (sameboat exercise grade lists them)");
        arguments.expectAtMost(3);
        if (arguments.flag("accept") == arguments.flag("revise")) {
            throw CliException.usage("mark the example with --accept or --revise");
        }
        ExerciseFolder exercise = new ExerciseFolder(Path.of(folder));
        // the lock keeps two instructors' marks from overwriting one another
        try (Projects projects = new Projects()) {
            Project project = projects.edit(folder).project();
            ExerciseInfo info = exercise.info();
            if (!info.submitted()) {
                throw CliException.failure("the examples have not been handed in yet; nothing was marked");
            }
            Memo memo = Examples.all(project).stream().filter(m -> m.getId().equals(memoId)).findFirst().orElseThrow(() -> CliException
                    .usage("no example with memo id '" + memoId + "'; 'sameboat exercise grade " + folder + "' lists them"));
            Review review = new Review(arguments.flag("accept"), arguments.option("comment").orElse(""), Instant.now());
            exercise.write(info.withReview(memo.getId(), review));
            console.out().println("marked the example of '" + Examples.dynamic(memo).getName() + "' " + review.verdict());
            return 0;
        } catch (InteropException e) {
            throw CliException.failure(e.getMessage() + "; nothing was marked");
        }
    }
}
