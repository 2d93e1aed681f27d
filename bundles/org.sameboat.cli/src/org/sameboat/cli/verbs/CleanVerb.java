package org.sameboat.cli.verbs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectLeftovers;

/** sameboat clean DIR: remove the leftover files that 'info' lists, and say which. */
public final class CleanVerb implements Verb {

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public String synopsis() {
        return "DIR";
    }

    @Override
    public String summary() {
        return "remove files no save refers to (temporary files of stopped saves, texts of stopped imports) as listed by info";
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        try (Projects projects = new Projects()) {
            // under the write lock: a save under way writes exactly the files this would take for leftovers
            projects.lock(folder);
            LoadedProject loaded = projects.read(folder);
            Path root = Path.of(folder);
            List<Path> removed = ProjectLeftovers.remove(root, loaded.project());
            removed.forEach(file -> console.out().println("removed " + root.relativize(file)));
            console.out().println(removed.isEmpty() ? "nothing to clean in " + folder : "removed " + removed.size() + " leftover file(s)");
            return 0;
        } catch (IOException e) {
            throw CliException.failure("cannot clean " + folder + ": " + e.getMessage());
        }
    }
}
