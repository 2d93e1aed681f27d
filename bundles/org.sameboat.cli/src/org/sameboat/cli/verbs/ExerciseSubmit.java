package org.sameboat.cli.verbs;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.interop.InteropException;
import org.sameboat.interop.exercise.ExerciseFolder;
import org.sameboat.interop.exercise.ExerciseInfo;
import org.sameboat.interop.exercise.Unsealing;
import org.sameboat.model.Project;

/** sameboat exercise submit EXDIR [--coder NAME]: hand the exercise in; the expert's codings are unsealed beside the student's. */
final class ExerciseSubmit implements ExerciseStep {

    @Override
    public String name() {
        return "submit";
    }

    @Override
    public String synopsis() {
        return "EXDIR [--coder STUDENT]";
    }

    @Override
    public Set<String> options() {
        return Set.of("coder");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = ExerciseStep.positional(arguments, 0, "the exercise folder EXDIR");
        arguments.expectAtMost(2);
        ExerciseFolder exercise = new ExerciseFolder(Path.of(folder));
        try (Projects projects = new Projects()) {
            Project project = projects.edit(folder).project();
            Unsealing unsealing = new Unsealing(project, exercise);
            String student = arguments.option("coder").isPresent() ? arguments.option("coder").get()
                    : unsealing.onlyStudent().orElseThrow(() -> CliException.usage("say who hands it in with --coder STUDENT"));
            ExerciseInfo submitted = unsealing.submit(student, Instant.now());
            projects.save(project, folder);
            exercise.write(submitted);
            console.out().println("handed in by " + student + "; see the feedback with: sameboat exercise grade " + folder);
            return 0;
        } catch (InteropException e) {
            throw CliException.failure(e.getMessage() + "; nothing was changed");
        }
    }
}
