package org.sameboat.cli.verbs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.ProjectSummary;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectLeftovers;

/** sameboat info DIR: counts, problems, and files no save refers to. */
public final class InfoVerb implements Verb {

    @Override
    public String name() {
        return "info";
    }

    @Override
    public String synopsis() {
        return "DIR";
    }

    @Override
    public String summary() {
        return "count documents, turns, codes, coders and codings, and list any problems and leftover files";
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        LoadedProject loaded = new Projects().read(folder);
        new ProjectSummary(loaded).print(console.out());
        try {
            Path root = Path.of(folder);
            List<Path> leftovers = ProjectLeftovers.find(root, loaded.project());
            if (!leftovers.isEmpty()) {
                console.out().println("leftovers  " + leftovers.size() + " file(s) no save refers to (from a save or import that was"
                        + " stopped); look at them, then remove them with: sameboat clean " + folder);
                leftovers.forEach(file -> console.out().println("  " + root.relativize(file)));
            }
        } catch (IOException e) {
            console.err().println("warning: cannot look for leftover files in " + folder + ": " + e.getMessage());
        }
        return loaded.hasErrors() ? 1 : 0;
    }
}
