package org.sameboat.team;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.sameboat.model.Project;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectLock;
import org.sameboat.model.store.ProjectLockedException;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;

import com.google.gson.JsonObject;

/**
 * One sync: commit the local work as the coder, fetch the shared branch, merge by id with Sameboat's three-way
 * merge ({@link RecordMerge}), save the merged project atomically, commit the merge and push; when someone pushed
 * first, fetch, merge and push again. Until the push succeeds nothing but this folder has changed, and this folder
 * only ever moves from one whole, committed state to the next: a failed push or a broken connection leaves the
 * project and its history as they were, and the next sync sends the work. A coder who codes blind sends to a branch
 * of their own (coder/NAME), which syncs never fetch, and still brings in the shared branch; {@link TeamRelease}
 * ends that.
 */
public final class TeamSync {

    /** How a sync ended. */
    public record Outcome(boolean committedLocalWork, int mergedCommits, List<Conflict> conflicts, List<Conflict> kept, int pushAttempts,
            boolean blind) {
    }

    private static final int PUSH_ATTEMPTS = 5;
    private final ProjectStore store = new ProjectStore();

    public Outcome run(Path folder, SyncMonitor monitor) throws TeamException {
        try (ProjectLock lock = ProjectLock.acquire(folder, Duration.ofSeconds(10)); TeamFolder team = TeamFolder.open(folder)) {
            return sync(team, monitor);
        } catch (ProjectLockedException e) {
            throw new TeamException(e.getMessage() + "; nothing was synced; try again when it has finished", e);
        } catch (ProjectStoreException e) {
            throw new TeamException(e.getMessage() + "; nothing was synced", e);
        } catch (IOException | GitAPIException e) {
            throw new TeamException("sync stopped: " + e.getMessage() + "; the project here is as it was", e);
        }
    }

    /**
     * A sync for a caller that holds the project's write lock already and has saved the project: the workbench,
     * which holds it while the project is open. Afterwards the caller reads the project again (it may be merged).
     */
    public Outcome runHeld(ProjectLock held, SyncMonitor monitor) throws TeamException {
        if (!held.isHeld()) {
            throw new IllegalStateException("the write lock on " + held.folder() + " was released");
        }
        try (TeamFolder team = TeamFolder.open(held.folder())) {
            return sync(team, monitor);
        } catch (ProjectStoreException e) {
            throw new TeamException(e.getMessage() + "; nothing was synced", e);
        } catch (IOException | GitAPIException e) {
            throw new TeamException("sync stopped: " + e.getMessage() + "; the project here is as it was", e);
        }
    }

    private Outcome sync(TeamFolder team, SyncMonitor monitor) throws TeamException, ProjectStoreException, IOException, GitAPIException {
        String coder = team.coder().orElseThrow(() -> new TeamException(team.folder() + " has no coder; set one with: git -C "
                + team.folder() + " config sameboat.coder NAME"));
        monitor.step("committing your work");
        LoadedProject loaded = store.load(team.folder());
        if (loaded.hasErrors()) {
            throw new TeamException(team.folder() + " has " + loaded.errorCount() + " error(s); see them with: sameboat info " + team.folder()
                    + "; nothing was synced");
        }
        // a blind coder's work goes to their own branch, which nobody else fetches, until they release it
        boolean blind = loaded.project().getCoders().stream().anyMatch(c -> coder.equals(c.getName()) && c.isBlind());
        // the split form written is what HEAD holds once committed: merges take ours from it instead of reading it back
        SortedMap<String, List<JsonObject>> split = team.writeSplit(loaded.project());
        boolean committed = team.commit("Coding by " + coder, coder, Optional.empty()).isPresent();
        List<Conflict> conflicts = new ArrayList<>();
        List<Conflict> kept = new ArrayList<>();
        int merged = 0;
        for (int attempt = 1; attempt <= PUSH_ATTEMPTS; attempt++) {
            if (monitor.isCancelled()) {
                throw new TeamException("sync cancelled; your work is committed here and goes to the server at the next sync");
            }
            monitor.step("fetching the shared project");
            fetch(team);
            Optional<ObjectId> theirs = team.tracking();
            if (theirs.isPresent()) {
                Brought brought = bringIn(team, coder, theirs.get(), split, conflicts, kept);
                merged += brought.commits();
                split = brought.split();
            }
            if (monitor.isCancelled()) {
                throw new TeamException("sync cancelled; your work is committed here and goes to the server at the next sync");
            }
            monitor.beforePush(attempt);
            monitor.step("sending your work");
            if (push(team, blind ? "+" + Constants.HEAD + ":" + TeamFolder.coderRef(coder) : TeamFolder.SHARED_REF + ":" + TeamFolder.SHARED_REF)) {
                team.saveConflicts(merge(team.conflicts(), conflicts));
                return new Outcome(committed, merged, conflicts, kept, attempt, blind);
            }
            monitor.step("someone sent work first; merging it");
        }
        throw new TeamException("the server kept refusing the push after " + PUSH_ATTEMPTS + " attempts; your work is committed here; sync again");
    }

    private static List<Conflict> merge(List<Conflict> open, List<Conflict> fresh) {
        List<Conflict> all = new ArrayList<>(open);
        for (Conflict conflict : fresh) {
            all.removeIf(c -> c.id().equals(conflict.id()) && c.field().equals(conflict.field()));
            all.add(conflict);
        }
        return all;
    }

    private static void fetch(TeamFolder team) throws TeamException, GitAPIException {
        try {
            team.git().fetch().setRemote(TeamFolder.REMOTE)
                    .setRefSpecs(new RefSpec("+" + TeamFolder.SHARED_REF + ":" + TeamFolder.TRACKING_REF)).call();
        } catch (TransportException | InvalidRemoteException e) {
            // InvalidRemoteException: the repository is not there at all (moved, or a shared folder not mounted)
            throw new TeamException("cannot reach " + team.remote().orElse(TeamFolder.REMOTE) + ": " + e.getMessage()
                    + "; your work is committed here and goes to the server at the next sync", e);
        }
    }

    /** How many commits a sync brought in (0 when nothing new), and the split form HEAD holds since, if known. */
    private record Brought(int commits, SortedMap<String, List<JsonObject>> split) {
    }

    /**
     * Brings the fetched shared commit into this folder. {@code split} is the split form HEAD holds, as records, or
     * empty when that is not known (then it is read from Git).
     */
    private Brought bringIn(TeamFolder team, String coder, ObjectId theirs, SortedMap<String, List<JsonObject>> split, List<Conflict> conflicts,
            List<Conflict> kept) throws IOException, TeamException, GitAPIException, ProjectStoreException {
        ObjectId ours = team.head().orElseThrow();
        SortedMap<String, List<JsonObject>> ourSplit = split.isEmpty() ? team.split(ours) : split;
        try (RevWalk walk = new RevWalk(team.repository())) {
            RevCommit ourCommit = walk.parseCommit(ours);
            RevCommit theirCommit = walk.parseCommit(theirs);
            if (walk.isMergedInto(theirCommit, ourCommit)) {
                return new Brought(0, ourSplit);
            }
            int incoming = count(team, ours, theirs);
            if (walk.isMergedInto(ourCommit, theirCommit)) {
                // nothing of ours is unshared: take theirs as it is
                // saved before the working tree moves: if saving fails, the folder is still wholly at our commit
                saveProject(team, SplitCodec.project(team.records(theirs, ourSplit, ours)), theirs);
                team.git().reset().setMode(ResetCommand.ResetType.HARD).setRef(theirs.name()).call();
                // the working tree now holds their files as they are, which need not be byte for byte what we wrote
                return new Brought(incoming, new TreeMap<>());
            }
            walk.reset();
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(ours));
            walk.markStart(walk.parseCommit(theirs));
            RevCommit base = walk.next();
            TeamFolder.MergeInputs inputs = team.mergeInputs(Optional.ofNullable(base), ours, ourSplit, theirs);
            RecordMerge.Result result = RecordMerge.merge(inputs.base(), inputs.ours(), inputs.theirs());
            Project project = SplitCodec.project(result.merged());
            SortedMap<String, List<JsonObject>> mergedSplit = saveProject(team, project, theirs);
            for (Conflict conflict : result.conflicts()) {
                (conflict.field().equals(Conflict.WHOLE) ? kept : conflicts).add(conflict);
            }
            team.commit("Merge the shared project into " + coder + "'s work", coder, Optional.of(theirs));
            return new Brought(incoming, mergedSplit);
        }
    }

    private static int count(TeamFolder team, ObjectId ours, ObjectId theirs) throws IOException {
        try (RevWalk walk = new RevWalk(team.repository())) {
            walk.markStart(walk.parseCommit(theirs));
            walk.markUninteresting(walk.parseCommit(ours));
            int n = 0;
            for (RevCommit ignored : walk) {
                n++;
            }
            return n;
        }
    }

    /** Texts first, then the model file atomically, then the split form from what was saved. */
    private SortedMap<String, List<JsonObject>> saveProject(TeamFolder team, Project project, ObjectId textsFrom)
            throws IOException, TeamException, ProjectStoreException {
        team.writeMissingTexts(textsFrom, project);
        store.save(project, team.folder());
        return team.writeSplit(project);
    }

    private static boolean push(TeamFolder team, String refSpec) throws TeamException, GitAPIException {
        Iterable<PushResult> results;
        try {
            results = team.git().push().setRemote(TeamFolder.REMOTE).setRefSpecs(new RefSpec(refSpec)).call();
        } catch (TransportException e) {
            throw new TeamException("cannot send to " + team.remote().orElse(TeamFolder.REMOTE) + ": " + e.getMessage()
                    + "; your work is committed here and goes to the server at the next sync", e);
        }
        for (PushResult result : results) {
            for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                switch (update.getStatus()) {
                    case OK, UP_TO_DATE -> {
                    }
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> {
                        return false;
                    }
                    default -> throw new TeamException("the server refused the push (" + update.getStatus()
                            + (update.getMessage() == null ? "" : ": " + update.getMessage()) + "); your work is committed here");
                }
            }
        }
        return true;
    }
}
