package org.sameboat.cli;

import java.nio.file.Path;

import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.model.Project;

/** Opening and saving projects for verbs, with the messages a command-line user needs. */
public final class Projects {

    private final ProjectStore store = new ProjectStore();

    /** Loads a project for reading; problems are the caller's to show. */
    public LoadedProject read(String folder) throws CliException {
        try {
            return store.load(Path.of(folder));
        } catch (ProjectStoreException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    /**
     * Loads a project that a verb is about to change. A project with errors is refused, so that a change never
     * builds on damaged data; 'sameboat info' lists the errors.
     */
    public LoadedProject edit(String folder) throws CliException {
        LoadedProject loaded = read(folder);
        if (loaded.hasErrors()) {
            throw CliException.failure(folder + " has " + loaded.errorCount() + " error(s) and was not changed; see them with: sameboat info " + folder);
        }
        return loaded;
    }

    public void save(Project project, String folder) throws CliException {
        try {
            store.save(project, Path.of(folder));
        } catch (ProjectStoreException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    public ProjectStore store() {
        return store;
    }
}
