package org.sameboat.team;

import java.nio.file.Path;
import java.time.Duration;

import org.sameboat.model.Coder;
import org.sameboat.model.Project;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectLock;
import org.sameboat.model.store.ProjectLockedException;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;

/**
 * Releasing a blind coder's layer: blind coding ends for them (as unticking Blind in the workbench does) and a sync
 * merges their work, kept on their own branch till now, into the shared branch, where the others fetch it.
 */
public final class TeamRelease {

    private final ProjectStore store = new ProjectStore();

    public TeamSync.Outcome release(Path folder, SyncMonitor monitor) throws TeamException {
        try (ProjectLock lock = ProjectLock.acquire(folder, Duration.ofSeconds(10))) {
            endBlindCoding(folder);
        } catch (ProjectLockedException | ProjectStoreException e) {
            throw new TeamException(e.getMessage() + "; nothing was released", e);
        }
        return new TeamSync().run(folder, monitor);
    }

    /** Releases for a caller that holds the project's write lock already and has saved the project (the workbench). */
    public TeamSync.Outcome releaseHeld(ProjectLock held, SyncMonitor monitor) throws TeamException {
        if (!held.isHeld()) {
            throw new IllegalStateException("the write lock on " + held.folder() + " was released");
        }
        try {
            endBlindCoding(held.folder());
        } catch (ProjectStoreException e) {
            throw new TeamException(e.getMessage() + "; nothing was released", e);
        }
        return new TeamSync().runHeld(held, monitor);
    }

    private void endBlindCoding(Path folder) throws TeamException, ProjectStoreException {
        String name;
        try (TeamFolder team = TeamFolder.open(folder)) {
            name = team.coder().orElseThrow(() -> new TeamException(folder + " has no coder to release"));
        }
        LoadedProject loaded = store.load(folder);
        Project project = loaded.project();
        Coder coder = project.getCoders().stream().filter(c -> name.equals(c.getName())).findFirst()
                .orElseThrow(() -> new TeamException("the project has no coder " + name));
        if (!coder.isBlind()) {
            throw new TeamException(name + " does not code blind; their work is shared at every sync");
        }
        coder.setBlind(false);
        store.save(project, folder);
    }
}
