package org.sameboat.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import com.google.gson.JsonObject;

/**
 * Who added, changed or removed each element, when and with what message, read from the Git history of the split
 * form: each commit a coder made is compared with the one before it, record by record. Merge commits are passed
 * over, since the changes they bring in are the coders' own commits, which are listed.
 */
public final class TeamLog {

    public enum Action {
        ADDED, CHANGED, REMOVED;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One change to one element; {@code record} is the element after the change (before it, for a removal). */
    public record Change(Instant when, String coder, String message, Action action, JsonObject record, String commit) {

        public String id() {
            return SplitCodec.id(record);
        }

        public String kind() {
            return SplitCodec.kind(record);
        }

        /** A reference or attribute of the element as it was written, if it has one. */
        public Optional<String> field(String name) {
            return record.has(name) && record.get(name).isJsonPrimitive() ? Optional.of(record.get(name).getAsString()) : Optional.empty();
        }

        /** The container the element sits in. */
        public Optional<String> container() {
            return field(SplitCodec.IN);
        }
    }

    /** The changes in a shared folder's history, newest first, that the filter lets through. */
    public List<Change> changes(Path folder, Predicate<Change> filter) throws TeamException {
        try (TeamFolder team = TeamFolder.open(folder)) {
            Optional<ObjectId> head = team.head();
            List<Change> changes = new ArrayList<>();
            if (head.isEmpty()) {
                return changes;
            }
            Repository repository = team.repository();
            try (RevWalk walk = new RevWalk(repository)) {
                walk.sort(RevSort.COMMIT_TIME_DESC);
                walk.markStart(walk.parseCommit(head.get()));
                for (RevCommit commit : walk) {
                    if (commit.getParentCount() > 1) {
                        continue;
                    }
                    RevCommit parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
                    for (Change change : changesOf(repository, parent, commit)) {
                        if (filter.test(change)) {
                            changes.add(change);
                        }
                    }
                }
            }
            return changes;
        } catch (IOException e) {
            throw new TeamException("cannot read the history of " + folder + ": " + e.getMessage(), e);
        }
    }

    private static List<Change> changesOf(Repository repository, RevCommit parent, RevCommit commit) throws IOException, TeamException {
        Map<String, JsonObject> before = new HashMap<>();
        Map<String, JsonObject> after = new HashMap<>();
        try (TreeWalk tree = new TreeWalk(repository)) {
            if (parent == null) {
                tree.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
            } else {
                tree.addTree(parent.getTree());
            }
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            tree.setFilter(AndTreeFilter.create(PathFilter.create(SplitCodec.FOLDER), TreeFilter.ANY_DIFF));
            while (tree.next()) {
                read(repository, tree, 0, before);
                read(repository, tree, 1, after);
            }
        }
        List<Change> changes = new ArrayList<>();
        Instant when = commit.getAuthorIdent().getWhenAsInstant();
        String coder = commit.getAuthorIdent().getName();
        String message = commit.getShortMessage();
        Set<String> ids = new LinkedHashSet<>(after.keySet());
        ids.addAll(before.keySet());
        for (String id : ids) {
            JsonObject old = before.get(id);
            JsonObject now = after.get(id);
            if (old == null) {
                changes.add(new Change(when, coder, message, Action.ADDED, now, commit.name()));
            } else if (now == null) {
                changes.add(new Change(when, coder, message, Action.REMOVED, old, commit.name()));
            } else if (!old.equals(now)) {
                changes.add(new Change(when, coder, message, Action.CHANGED, now, commit.name()));
            }
        }
        return changes;
    }

    private static void read(Repository repository, TreeWalk tree, int index, Map<String, JsonObject> into) throws IOException, TeamException {
        ObjectId blob = tree.getObjectId(index);
        if (blob.equals(ObjectId.zeroId())) {
            return;
        }
        String text = new String(repository.open(blob).getBytes(), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                JsonObject record = SplitCodec.parse(line, tree.getPathString());
                into.put(SplitCodec.id(record), record);
            }
        }
    }
}
