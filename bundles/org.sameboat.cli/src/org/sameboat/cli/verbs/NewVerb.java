package org.sameboat.cli.verbs;

import java.nio.file.Path;
import java.util.Set;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Verb;
import org.sameboat.model.Project;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;

/** sameboat new DIR: a new project with the mutual-aid codebook. */
public final class NewVerb implements Verb {

    @Override
    public String name() {
        return "new";
    }

    @Override
    public String synopsis() {
        return "DIR [--name NAME]";
    }

    @Override
    public String summary() {
        return "create a project in a new or empty folder, starting from the built-in codebooks (mutual-aid dynamics, worker skills)";
    }

    @Override
    public Set<String> options() {
        return Set.of("name");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        Path path = Path.of(folder);
        String name = arguments.option("name").orElse(path.toAbsolutePath().getFileName().toString());
        try {
            Project project = new ProjectStore().create(path, name);
            console.out().println("created project '" + project.getName() + "' in " + folder + " with codebooks "
                    + String.join(", ", project.getCodebooks().stream().map(b -> "'" + b.getName() + "'").toList()));
            return 0;
        } catch (ProjectStoreException | IllegalArgumentException e) {
            throw CliException.failure(e.getMessage());
        }
    }
}
