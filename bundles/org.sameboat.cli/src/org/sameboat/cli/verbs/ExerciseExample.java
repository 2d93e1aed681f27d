package org.sameboat.cli.verbs;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.interop.InteropException;
import org.sameboat.interop.exercise.Examples;
import org.sameboat.interop.exercise.ExerciseFolder;
import org.sameboat.interop.exercise.ExerciseInfo;
import org.sameboat.interop.exercise.Variant;
import org.sameboat.model.Code;
import org.sameboat.model.Memo;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Lookups;

/** sameboat exercise example EXDIR --coder STUDENT --code DYNAMIC --text TEXT: one example of a dynamic, kept as a memo. */
final class ExerciseExample implements ExerciseStep {

    @Override
    public String name() {
        return "example";
    }

    @Override
    public String synopsis() {
        return "EXDIR --coder STUDENT --code DYNAMIC --text TEXT";
    }

    @Override
    public Set<String> options() {
        return Set.of("coder", "code", "text");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = ExerciseStep.positional(arguments, 0, "the exercise folder EXDIR");
        arguments.expectAtMost(2);
        try (Projects projects = new Projects()) {
            ExerciseInfo info = new ExerciseFolder(Path.of(folder)).info();
            if (info.variant() != Variant.EXAMPLES) {
                throw CliException.usage("this is a " + info.variant().word() + " exercise; examples belong to an examples exercise");
            }
            if (info.submitted()) {
                throw CliException.failure("this exercise was handed in; nothing was changed");
            }
            Project project = projects.edit(folder).project();
            String codeName = arguments.required("code");
            Code code = CodePaths.find(project, codeName).orElseThrow(() -> CliException.usage("no single code '" + codeName
                    + "'; give its path, name or shortcut key as listed by: sameboat codebook " + folder));
            try {
                Memo memo = Examples.add(project, Lookups.coderOrNew(project, arguments.required("coder")), code, arguments.required("text"),
                        Clock.systemUTC());
                projects.save(project, folder);
                console.out().println("kept the example of '" + CodePaths.path(code) + "' as memo " + memo.getId());
                return 0;
            } catch (IllegalArgumentException e) {
                throw CliException.usage(e.getMessage() + "; nothing was changed");
            }
        } catch (InteropException e) {
            throw CliException.failure(e.getMessage());
        }
    }
}
