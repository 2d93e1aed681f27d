package org.sameboat.cli.verbs;

import java.nio.file.Path;

import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.ProjectSummary;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.model.store.ProjectFormat;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;

/** sameboat restore DIR: put the previous save back in place of a damaged model file. */
public final class RestoreVerb implements Verb {

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String synopsis() {
        return "DIR";
    }

    @Override
    public String summary() {
        return "restore the previous save (" + ProjectFormat.BACKUP_FILE + ") after checking it loads; the replaced file is kept beside it";
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        try (Projects projects = new Projects()) {
            projects.lock(folder);
            ProjectStore.Restored restored = projects.store().restoreBackup(Path.of(folder));
            restored.keptDamaged().ifPresent(kept -> console.err().println("kept the replaced model file as " + kept));
            console.out().println("restored " + folder + " from " + ProjectFormat.BACKUP_FILE + ":");
            new ProjectSummary(restored.loaded()).print(console.out());
            return 0;
        } catch (ProjectStoreException e) {
            throw CliException.failure(e.getMessage() + "; nothing was changed");
        }
    }
}
