package org.sameboat.team;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;

import com.google.gson.JsonObject;

/** Where a shared folder stands: who works here, what is not yet committed or not yet sent, what waits to be decided. */
public record TeamStatus(String coder, String remote, int unsyncedElements, int unsentCommits, List<Conflict> conflicts) {

    public static TeamStatus of(Path folder) throws TeamException {
        try (TeamFolder team = TeamFolder.open(folder)) {
            Records now = SplitCodec.records(new ProjectStore().load(folder).project());
            Optional<ObjectId> head = team.head();
            Records committed = head.isPresent() ? team.records(head.get()) : new Records();
            int changed = 0;
            for (JsonObject record : now.all()) {
                if (!committed.get(SplitCodec.id(record)).map(record::equals).orElse(false)) {
                    changed++;
                }
            }
            for (String id : committed.ids()) {
                if (!now.has(id)) {
                    changed++;
                }
            }
            return new TeamStatus(team.coder().orElse("(none)"), team.remote().orElse("(none)"), changed,
                    unsent(team, head, team.tracking()), team.conflicts());
        } catch (ProjectStoreException e) {
            throw new TeamException(e.getMessage(), e);
        } catch (IOException e) {
            throw new TeamException("cannot read the history of " + folder + ": " + e.getMessage(), e);
        }
    }

    private static int unsent(TeamFolder team, Optional<ObjectId> head, Optional<ObjectId> shared) throws IOException {
        if (head.isEmpty()) {
            return 0;
        }
        try (RevWalk walk = new RevWalk(team.repository())) {
            walk.markStart(walk.parseCommit(head.get()));
            if (shared.isPresent()) {
                walk.markUninteresting(walk.parseCommit(shared.get()));
            }
            int n = 0;
            for (RevCommit ignored : walk) {
                n++;
            }
            return n;
        }
    }
}
