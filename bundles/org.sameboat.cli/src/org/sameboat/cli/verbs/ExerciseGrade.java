package org.sameboat.cli.verbs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.interop.InteropException;
import org.sameboat.interop.exercise.ExerciseFolder;
import org.sameboat.interop.exercise.Feedback;
import org.sameboat.interop.exercise.FeedbackHtml;
import org.sameboat.interop.exercise.FeedbackJson;
import org.sameboat.interop.exercise.FeedbackText;
import org.sameboat.interop.exercise.Grader;
import org.sameboat.model.store.AtomicFile;

import com.google.gson.GsonBuilder;

/** sameboat exercise grade EXDIR [--json | --html FILE]: the student against the expert, with the codebook's guidance. */
final class ExerciseGrade implements ExerciseStep {

    @Override
    public String name() {
        return "grade";
    }

    @Override
    public String synopsis() {
        return "EXDIR [--json | --html FILE]";
    }

    @Override
    public Set<String> options() {
        return Set.of("html");
    }

    @Override
    public Set<String> flags() {
        return Set.of("json");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = ExerciseStep.positional(arguments, 0, "the exercise folder EXDIR");
        arguments.expectAtMost(2);
        if (arguments.flag("json") && arguments.option("html").isPresent()) {
            throw CliException.usage("give --json or --html FILE, not both");
        }
        Feedback feedback;
        try {
            var info = new ExerciseFolder(Path.of(folder)).info();
            feedback = new Grader(new Projects().read(folder).project()).grade(info);
        } catch (InteropException e) {
            throw CliException.failure(e.getMessage());
        }
        if (arguments.flag("json")) {
            console.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create()
                    .toJson(FeedbackJson.of(feedback)));
        } else if (arguments.option("html").isPresent()) {
            Path file = Path.of(arguments.option("html").get());
            try {
                AtomicFile.write(file, out -> out.write(FeedbackHtml.of(feedback).getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw CliException.failure("cannot write " + file + ": " + e.getMessage());
            }
            console.out().println("wrote " + file);
        } else {
            console.out().print(FeedbackText.of(feedback));
        }
        console.out().flush();
        return 0;
    }
}
