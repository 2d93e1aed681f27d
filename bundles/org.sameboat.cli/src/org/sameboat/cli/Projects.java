package org.sameboat.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.sameboat.model.Project;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectLock;
import org.sameboat.model.store.ProjectLockedException;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;

/**
 * Opening and saving projects for verbs, with the messages a command-line user needs. A verb that changes a
 * project holds its write lock from {@link #edit} until {@link #close}, so the read, the change and the save are
 * one step no other writer can come between; use it in try-with-resources.
 */
public final class Projects implements AutoCloseable {

    /** How long a writer waits for another to finish, in seconds, unless SAMEBOAT_LOCK_WAIT says otherwise. */
    static final long DEFAULT_WAIT_SECONDS = 10;

    private final ProjectStore store = new ProjectStore();
    private final Duration patience;
    private Optional<ProjectLock> lock = Optional.empty();

    public Projects() {
        this(lockWait());
    }

    public Projects(Duration patience) {
        this.patience = patience;
    }

    /**
     * How long to wait for the write lock: the system property sameboat.lock.wait or the environment variable
     * SAMEBOAT_LOCK_WAIT (seconds), else {@value #DEFAULT_WAIT_SECONDS}.
     */
    public static Duration lockWait() {
        String configured = System.getProperty("sameboat.lock.wait", System.getenv("SAMEBOAT_LOCK_WAIT"));
        if (configured != null) {
            try {
                return Duration.ofMillis(Math.max(0, Math.round(Double.parseDouble(configured.strip()) * 1000)));
            } catch (NumberFormatException e) {
                // a wrong setting must not stop work; the default is a safe wait
            }
        }
        return Duration.ofSeconds(DEFAULT_WAIT_SECONDS);
    }

    /** Loads a project for reading; problems are the caller's to show. A damaged model file stops here. */
    public LoadedProject read(String folder) throws CliException {
        try {
            return store.load(Path.of(folder));
        } catch (ProjectStoreException e) {
            throw CliException.failure(e.isDamage() ? e.getMessage() + "; restore it with: sameboat restore " + folder : e.getMessage());
        }
    }

    /**
     * Takes the project's write lock (waiting a while for another writer) and loads the project that a verb is
     * about to change. A project with errors is refused, so that a change never builds on damaged data;
     * 'sameboat info' lists the errors.
     */
    public LoadedProject edit(String folder) throws CliException {
        if (!ProjectStore.isProject(Path.of(folder))) {
            // no lock file is made in a folder that is not a project; read() says what is wrong
            read(folder);
        }
        lock(folder);
        LoadedProject loaded = read(folder);
        if (loaded.hasErrors()) {
            throw CliException.failure(folder + " has " + loaded.errorCount() + " error(s) and was not changed; see them with: sameboat info " + folder);
        }
        return loaded;
    }

    /** Takes the project's write lock, if this object does not hold it yet; it is held until {@link #close}. */
    public void lock(String folder) throws CliException {
        if (lock.isPresent()) {
            return;
        }
        if (!java.nio.file.Files.isDirectory(Path.of(folder))) {
            throw CliException.failure(folder + " is not a folder");
        }
        try {
            lock = Optional.of(ProjectLock.acquire(Path.of(folder), patience));
        } catch (ProjectLockedException e) {
            throw CliException.failure(e.getMessage() + "; nothing was changed; try again when it has finished");
        } catch (ProjectStoreException e) {
            throw CliException.failure(e.getMessage());
        }
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

    /** Releases the write lock, if taken. */
    @Override
    public void close() {
        lock.ifPresent(ProjectLock::close);
        lock = Optional.empty();
    }
}
