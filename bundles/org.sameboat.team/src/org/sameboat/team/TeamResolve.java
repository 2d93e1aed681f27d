package org.sameboat.team;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.sameboat.model.Project;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectLock;
import org.sameboat.model.store.ProjectLockedException;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Deciding the conflicts a merge left: keeping ours (what the merge kept) just closes them; taking theirs puts
 * their value into the project, saved atomically, to go to the others at the next sync.
 */
public final class TeamResolve {

    private final ProjectStore store = new ProjectStore();

    /** Decides the open conflicts the selector picks; returns those decided. */
    public List<Conflict> resolve(Path folder, Predicate<Conflict> selector, boolean takeTheirs) throws TeamException {
        try (ProjectLock lock = ProjectLock.acquire(folder, Duration.ofSeconds(10))) {
            return decide(folder, selector, takeTheirs);
        } catch (ProjectLockedException | ProjectStoreException e) {
            throw new TeamException(e.getMessage() + "; nothing was decided", e);
        }
    }

    /** Decides conflicts for a caller that holds the project's write lock already and has saved the project (the workbench). */
    public List<Conflict> resolveHeld(ProjectLock held, Predicate<Conflict> selector, boolean takeTheirs) throws TeamException {
        if (!held.isHeld()) {
            throw new IllegalStateException("the write lock on " + held.folder() + " was released");
        }
        try {
            return decide(held.folder(), selector, takeTheirs);
        } catch (ProjectStoreException e) {
            throw new TeamException(e.getMessage() + "; nothing was decided", e);
        }
    }

    private List<Conflict> decide(Path folder, Predicate<Conflict> selector, boolean takeTheirs) throws TeamException, ProjectStoreException {
        try (TeamFolder team = TeamFolder.open(folder)) {
            List<Conflict> open = team.conflicts();
            List<Conflict> chosen = open.stream().filter(selector).toList();
            if (chosen.isEmpty()) {
                throw new TeamException(open.isEmpty() ? "no conflicts to decide in " + folder : "no open conflict matches; see them with: sameboat team status " + folder);
            }
            if (takeTheirs) {
                LoadedProject loaded = store.load(folder);
                Records records = SplitCodec.records(loaded.project());
                for (Conflict conflict : chosen) {
                    JsonObject record = records.get(conflict.id()).orElseThrow(() -> new TeamException(conflict.kind() + " " + conflict.id()
                            + " is no longer in the project; keep ours with: sameboat team resolve " + folder + " --keep ours " + conflict.id()));
                    var theirs = JsonParser.parseString(conflict.theirs());
                    if (theirs.isJsonNull()) {
                        record.remove(conflict.field());
                    } else {
                        record.add(conflict.field(), theirs);
                    }
                }
                Project project = SplitCodec.project(records);
                store.save(project, folder);
                team.writeSplit(project);
            }
            List<Conflict> left = new ArrayList<>(open);
            left.removeAll(chosen);
            team.saveConflicts(left);
            return chosen;
        } catch (IOException e) {
            throw new TeamException("could not decide: " + e.getMessage(), e);
        }
    }
}
