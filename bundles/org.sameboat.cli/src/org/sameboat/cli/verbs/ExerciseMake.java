package org.sameboat.cli.verbs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.interop.InteropException;
import org.sameboat.interop.exercise.ExerciseFolder;
import org.sameboat.interop.exercise.Excerpt;
import org.sameboat.interop.exercise.ExerciseMaker;
import org.sameboat.interop.exercise.Variant;
import org.sameboat.model.Project;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.store.ProjectStoreException;

/** sameboat exercise make DIR --gold CODER (--docs A,B | --session N) --out EXDIR: a new exercise, the expert's codings sealed. */
final class ExerciseMake implements ExerciseStep {

    @Override
    public String name() {
        return "make";
    }

    @Override
    public String synopsis() {
        return "DIR --gold CODER (--docs D1,D2 | --session N | --turns FILE) --out EXDIR [--variant dynamics|skills|examples]"
                + " [--instructions TEXT | --instructions-file FILE]";
    }

    @Override
    public Set<String> options() {
        return Set.of("gold", "docs", "session", "turns", "out", "variant", "instructions", "instructions-file");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = ExerciseStep.positional(arguments, 0, "the project folder DIR");
        arguments.expectAtMost(2);
        Path out = Path.of(arguments.required("out"));
        String word = arguments.option("variant").orElse(Variant.DYNAMICS.word());
        Variant variant = Variant.of(word).orElseThrow(() -> CliException.usage("--variant must be dynamics, skills or examples, not '" + word + "'"));
        if (arguments.given().contains("instructions") && arguments.given().contains("instructions-file")) {
            throw CliException.usage("give --instructions or --instructions-file, not both");
        }
        String instructions = instructions(arguments, variant);
        Project project = new Projects().read(folder).project();
        List<Excerpt> excerpts = excerpts(arguments, project, folder, variant);
        String gold = variant.graded() ? arguments.required("gold") : arguments.option("gold").orElse("");
        try {
            ExerciseMaker.Made made = new ExerciseMaker(project).makeOf(variant, gold, excerpts, instructions, Instant.now());
            new Projects().store().createWith(out, made.project());
            ExerciseFolder exercise = new ExerciseFolder(out);
            exercise.write(made.key());
            exercise.write(made.info());
            console.out().println("made a " + variant.word() + " exercise in " + out + ": " + made.project().getDocuments().size() + " document(s)"
                    + (variant.graded() ? ", " + made.key().codings().size() + " coding(s) of " + gold + " sealed in "
                            + ExerciseFolder.KEY_FILE + " (sealed, not secret: anyone can decode that file)" : ""));
            return 0;
        } catch (InteropException e) {
            throw CliException.failure(e.getMessage() + "; nothing was made");
        } catch (ProjectStoreException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    private static List<Excerpt> excerpts(Arguments arguments, Project project, String folder, Variant variant) throws CliException {
        long chosen = Stream.of("docs", "session", "turns").filter(arguments.given()::contains).count();
        if (chosen > 1) {
            throw CliException.usage("choose the excerpts with one of --docs, --session and --turns");
        }
        if (!variant.graded()) {
            if (chosen > 0) {
                throw CliException.usage("an examples exercise has no excerpts; leave out --docs, --session and --turns");
            }
            return List.of();
        }
        if (chosen == 0) {
            throw CliException.usage("choose the excerpts with --docs D1,D2, --session N or --turns FILE");
        }
        if (arguments.given().contains("turns")) {
            return TurnsFile.read(Path.of(arguments.required("turns")), project, folder);
        }
        List<Excerpt> out = new ArrayList<>();
        if (arguments.given().contains("docs")) {
            for (String name : arguments.required("docs").split(",")) {
                out.add(Excerpt.whole(Lookups.document(project, name.strip()).orElseThrow(() -> CliException.usage("no single document '"
                        + name.strip() + "' in " + folder + "; the documents are listed by: sameboat codings " + folder))));
            }
        } else {
            int number = arguments.requiredInt("session");
            project.getDocuments().stream().filter(d -> Integer.valueOf(number).equals(d.getSession())).map(Excerpt::whole).forEach(out::add);
            if (out.isEmpty()) {
                throw CliException.usage("no document of session " + number + " in " + folder);
            }
        }
        return out;
    }

    private static String instructions(Arguments arguments, Variant variant) throws CliException {
        if (arguments.option("instructions-file").isPresent()) {
            Path file = Path.of(arguments.option("instructions-file").get());
            try {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw CliException.failure("cannot read " + file + ": " + e.getMessage());
            }
        }
        return arguments.option("instructions").orElse(variant.defaultInstructions());
    }
}
