package org.sameboat.cli;

import java.nio.file.Path;

import org.sameboat.corpus.search.IndexException;
import org.sameboat.corpus.search.ProjectIndex;
import org.sameboat.model.Project;

/** Opening a project's search index for verbs; says on stderr when the index had to be built. */
public final class Indexes {

    private Indexes() {
    }

    /** Opens (and if needed rebuilds) the index of a loaded project; open it before changing the project. */
    public static ProjectIndex open(String folder, Project project, Console console) throws CliException {
        return open(folder, project, console, false);
    }

    /** Opens the index for searching only: while another program writes it, its last commit will do if current. */
    public static ProjectIndex openForReading(String folder, Project project, Console console) throws CliException {
        return open(folder, project, console, true);
    }

    private static ProjectIndex open(String folder, Project project, Console console, boolean reading) throws CliException {
        try {
            ProjectIndex index = reading ? ProjectIndex.openForReading(Path.of(folder), project) : ProjectIndex.open(Path.of(folder), project);
            if (index.isInMemory()) {
                console.err().println("searching an index built in memory: " + folder + " cannot be written, so the index on disk"
                        + " could not be " + (index.state() == org.sameboat.corpus.search.IndexState.MISSING ? "built" : "rebuilt")
                        + " (nothing was changed there)");
                return index;
            }
            switch (index.state()) {
                case MISSING -> console.err().println("built the search index");
                case STALE -> console.err().println("rebuilt the search index (it was made from an older version of the project)");
                case CORRUPT -> console.err().println("rebuilt the search index (it could not be read)");
                case CURRENT -> {
                    // nothing worth saying
                }
            }
            return index;
        } catch (IndexException e) {
            throw CliException.failure(e.getMessage());
        }
    }

    /**
     * For verbs whose main work is a model change: the index is opened before the change, and when it cannot be
     * opened the change goes ahead without it (the index is derived, and the next search rebuilds it).
     */
    public static java.util.Optional<ProjectIndex> openForChange(String folder, Project project, Console console) {
        try {
            return java.util.Optional.of(open(folder, project, console));
        } catch (CliException e) {
            console.err().println("warning: " + e.getMessage() + "; the next search rebuilds it");
            return java.util.Optional.empty();
        }
    }

    /** Applies a committed model change to the index and commits it; failures only warn, as in openForChange. */
    public static void update(java.util.Optional<ProjectIndex> index, Change change, Console console) {
        if (index.isEmpty()) {
            return;
        }
        try {
            change.apply(index.get());
            index.get().commit();
        } catch (IndexException e) {
            console.err().println("warning: the search index was not updated (" + e.getMessage() + "); the next search rebuilds it");
        } finally {
            try {
                index.get().close();
            } catch (IndexException e) {
                console.err().println("warning: " + e.getMessage());
            }
        }
    }

    /** A change to apply to an index. */
    @FunctionalInterface
    public interface Change {
        void apply(ProjectIndex index) throws IndexException;
    }

    /** Closes an index; changes not committed are dropped, and the next open rebuilds. */
    public static void close(ProjectIndex index) throws CliException {
        try {
            index.close();
        } catch (IndexException e) {
            throw CliException.failure(e.getMessage());
        }
    }
}
