package org.sameboat.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.store.ProjectFormat;
import org.sameboat.model.store.ProjectStore;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A project folder that is also a Git working tree: the model file stays where it is (loaded and saved atomically as
 * ever, and ignored by Git), while Git keeps the split form ({@value SplitCodec#FOLDER}/) and the document texts
 * (sources/). The coder a folder works as is kept in its Git configuration (sameboat.coder), never in the project.
 */
public final class TeamFolder implements AutoCloseable {

    public static final String BRANCH = "main";
    public static final String REMOTE = "origin";
    static final String SHARED_REF = Constants.R_HEADS + BRANCH;
    static final String TRACKING_REF = Constants.R_REMOTES + REMOTE + "/" + BRANCH;
    private static final String CONFLICTS_FILE = "sameboat-conflicts.jsonl";
    /** Git keeps the split form, the texts and this file; the model file, its backup, the index and locks stay local. */
    static final String IGNORE = "/*\n!/.gitignore\n!/" + SplitCodec.FOLDER + "/\n!/" + ProjectFormat.SOURCES_FOLDER + "/\n";

    private final Path folder;
    private final Git git;

    /** The branch a blind coder's work waits on until they release it; only they push it, and no sync fetches it. */
    static String coderRef(String coder) {
        String name = coder.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[.-]+", "");
        return Constants.R_HEADS + "coder/" + (name.isEmpty() ? "coder" : name);
    }

    private TeamFolder(Path folder, Git git) {
        this.folder = folder;
        this.git = git;
    }

    /** Whether a folder is shared through Git. */
    public static boolean isShared(Path folder) {
        return Files.isDirectory(folder.resolve(Constants.DOT_GIT));
    }

    public static TeamFolder open(Path folder) throws TeamException {
        if (!isShared(folder)) {
            throw new TeamException(folder + " is not shared through Git; share it with: sameboat team init " + folder + " REMOTE");
        }
        try {
            return new TeamFolder(folder, Git.open(folder.toFile()));
        } catch (IOException e) {
            throw new TeamException("cannot open the Git repository in " + folder + ": " + e.getMessage(), e);
        }
    }

    static TeamFolder wrap(Path folder, Git git) {
        return new TeamFolder(folder, git);
    }

    public Path folder() {
        return folder;
    }

    Git git() {
        return git;
    }

    Repository repository() {
        return git.getRepository();
    }

    /** The coder this folder works as. */
    public Optional<String> coder() {
        return Optional.ofNullable(repository().getConfig().getString("sameboat", null, "coder"));
    }

    void setCoder(String coder) throws IOException {
        StoredConfig config = repository().getConfig();
        config.setString("sameboat", null, "coder", coder);
        config.save();
    }

    public Optional<String> remote() {
        return Optional.ofNullable(repository().getConfig().getString("remote", REMOTE, "url"));
    }

    Optional<ObjectId> head() throws IOException {
        return Optional.ofNullable(repository().resolve(Constants.HEAD));
    }

    Optional<ObjectId> tracking() throws IOException {
        return Optional.ofNullable(repository().exactRef(TRACKING_REF)).map(ref -> ref.getObjectId());
    }

    /** The records of the split form in a commit. */
    Records records(ObjectId commit) throws IOException, TeamException {
        try (RevWalk walk = new RevWalk(repository())) {
            return records(walk.parseCommit(commit).getTree(), PathFilter.create(SplitCodec.FOLDER));
        }
    }

    /**
     * The three versions a merge needs, read so that it costs what changed rather than what the project holds: ours
     * as this folder has it in memory (the split form last written and committed), base and theirs only from the
     * split files that are not alike in all three. A record in a file alike in all three is alike in all three, so
     * {@link RecordMerge} keeps it from ours, as it would having read it everywhere; a record that changed, moved,
     * appeared or went away sits in a file that differs, and is read on every side that has it.
     */
    MergeInputs mergeInputs(Optional<ObjectId> base, ObjectId ours, SortedMap<String, List<JsonObject>> ourSplit, ObjectId theirs)
            throws IOException, TeamException {
        Records ourRecords = SplitCodec.records(ourSplit);
        try (RevWalk walk = new RevWalk(repository())) {
            RevTree ourTree = walk.parseCommit(ours).getTree();
            RevTree theirTree = walk.parseCommit(theirs).getTree();
            if (base.isEmpty()) {
                return new MergeInputs(new Records(), ourRecords, records(theirTree, PathFilter.create(SplitCodec.FOLDER)));
            }
            RevTree baseTree = walk.parseCommit(base.get()).getTree();
            List<String> differing = differing(baseTree, ourTree, theirTree);
            if (differing.isEmpty()) {
                return new MergeInputs(new Records(), ourRecords, new Records());
            }
            TreeFilter only = PathFilterGroup.createFromStrings(differing);
            return new MergeInputs(records(baseTree, only), ourRecords, records(theirTree, only));
        }
    }

    /** The split form in a commit, as records by file. */
    SortedMap<String, List<JsonObject>> split(ObjectId commit) throws IOException, TeamException {
        SortedMap<String, List<JsonObject>> split = new TreeMap<>();
        try (RevWalk walk = new RevWalk(repository())) {
            for (var file : contents(walk.parseCommit(commit).getTree(), PathFilter.create(SplitCodec.FOLDER)).entrySet()) {
                split.put(file.getKey(), SplitCodec.recordsOf(file.getKey(), file.getValue()));
            }
        }
        return split;
    }

    /**
     * The records of a commit, when the split form of another commit is at hand: only the split files that differ
     * between the two are read.
     */
    Records records(ObjectId commit, SortedMap<String, List<JsonObject>> knownSplit, ObjectId known) throws IOException, TeamException {
        SortedMap<String, List<JsonObject>> split = new TreeMap<>(knownSplit);
        try (RevWalk walk = new RevWalk(repository())) {
            RevTree tree = walk.parseCommit(commit).getTree();
            List<String> differing = differing(walk.parseCommit(known).getTree(), tree);
            differing.forEach(split::remove);
            if (!differing.isEmpty()) {
                for (var file : contents(tree, PathFilterGroup.createFromStrings(differing)).entrySet()) {
                    split.put(file.getKey(), SplitCodec.recordsOf(file.getKey(), file.getValue()));
                }
            }
        }
        return SplitCodec.records(split);
    }

    /** The split files that are not alike in all the trees. */
    private List<String> differing(RevTree... trees) throws IOException {
        List<String> differing = new ArrayList<>();
        try (TreeWalk tree = new TreeWalk(repository())) {
            for (RevTree one : trees) {
                tree.addTree(one);
            }
            tree.setRecursive(true);
            tree.setFilter(AndTreeFilter.create(PathFilter.create(SplitCodec.FOLDER), TreeFilter.ANY_DIFF));
            while (tree.next()) {
                differing.add(tree.getPathString());
            }
        }
        return differing;
    }

    /** What {@link #mergeInputs} read: base and theirs may hold only the records of the files that differ. */
    record MergeInputs(Records base, Records ours, Records theirs) {
    }

    private Records records(RevTree root, TreeFilter filter) throws IOException, TeamException {
        return SplitCodec.records(contents(root, filter));
    }

    private Map<String, String> contents(RevTree root, TreeFilter filter) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (TreeWalk tree = new TreeWalk(repository())) {
            tree.addTree(root);
            tree.setRecursive(true);
            tree.setFilter(filter);
            ObjectReader reader = tree.getObjectReader();
            while (tree.next()) {
                files.put(tree.getPathString(), new String(reader.open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** The records of the split form in the working tree. */
    Records workingRecords() throws IOException, TeamException {
        Map<String, String> files = new HashMap<>();
        Path team = folder.resolve(SplitCodec.FOLDER);
        if (Files.isDirectory(team)) {
            try (Stream<Path> all = Files.walk(team)) {
                for (Path file : all.filter(Files::isRegularFile).toList()) {
                    files.put(relative(file), Files.readString(file));
                }
            }
        }
        return SplitCodec.records(files);
    }

    private String relative(Path file) {
        return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /**
     * Writes the split form of a project into the working tree and stages it, removing the split files it no longer
     * has. Only the files whose content differs from what the index holds are written, hashed into one object
     * inserter and staged in one edit of the index: a sync of a few changes in a large project touches a few files,
     * not all of them, and needs no walk of the working tree afterwards. Returns the split form written, as records.
     */
    SortedMap<String, List<JsonObject>> writeSplit(Project project) throws IOException {
        SortedMap<String, List<JsonObject>> split = SplitCodec.split(project);
        SortedMap<String, String> files = SplitCodec.files(split);
        Path team = folder.resolve(SplitCodec.FOLDER);
        if (Files.isDirectory(team)) {
            try (Stream<Path> all = Files.walk(team)) {
                for (Path file : all.filter(Files::isRegularFile).toList()) {
                    if (!files.containsKey(relative(file))) {
                        Files.delete(file);
                    }
                }
            }
        }
        DirCache index = repository().lockDirCache();
        try (ObjectInserter inserter = repository().newObjectInserter()) {
            Map<String, DirCacheEntry> staged = new HashMap<>();
            for (DirCacheEntry entry : index.getEntriesWithin(SplitCodec.FOLDER)) {
                staged.put(entry.getPathString(), entry);
            }
            DirCacheEditor editor = index.editor();
            for (String gone : staged.keySet()) {
                if (!files.containsKey(gone)) {
                    editor.add(new DirCacheEditor.DeletePath(gone));
                }
            }
            for (var file : files.entrySet()) {
                byte[] content = file.getValue().getBytes(StandardCharsets.UTF_8);
                Path path = folder.resolve(file.getKey());
                DirCacheEntry entry = staged.get(file.getKey());
                // a file still as staged that holds this content is staged with it: comparing bytes is cheaper than hashing them
                if (entry != null && entry.getStage() == DirCacheEntry.STAGE_0 && entry.getLength() == content.length && isAsStaged(path, entry)
                        && Arrays.equals(Files.readAllBytes(path), content)) {
                    continue;
                }
                if (!Files.isRegularFile(path) || Files.size(path) != content.length || !Arrays.equals(Files.readAllBytes(path), content)) {
                    Files.createDirectories(path.getParent());
                    Files.write(path, content);
                }
                ObjectId blob = inserter.insert(Constants.OBJ_BLOB, content);
                Instant modified = Files.getLastModifiedTime(path).toInstant();
                editor.add(new DirCacheEditor.PathEdit(file.getKey()) {
                    @Override
                    public void apply(DirCacheEntry staging) {
                        staging.setFileMode(FileMode.REGULAR_FILE);
                        staging.setObjectId(blob);
                        staging.setLength(content.length);
                        staging.setLastModified(modified);
                    }
                });
            }
            inserter.flush();
            editor.finish();
            index.write();
            index.commit();
        } finally {
            index.unlock();
        }
        Path ignore = folder.resolve(Constants.GITIGNORE_FILENAME);
        if (!Files.isRegularFile(ignore) || !Files.readString(ignore).equals(IGNORE)) {
            Files.writeString(ignore, IGNORE);
        }
        return split;
    }

    /** Whether a file on disk is still the one the index entry was made from (Git's own test: size and time). */
    private static boolean isAsStaged(Path path, DirCacheEntry entry) throws IOException {
        if (!Files.isRegularFile(path) || entry.isSmudged()) {
            return false;
        }
        return Files.size(path) == entry.getLength() && Files.getLastModifiedTime(path).toInstant().equals(entry.getLastModifiedInstant());
    }

    /** Writes the texts of a project's documents that this folder lacks, taking them from a commit. */
    void writeMissingTexts(ObjectId commit, Project project) throws IOException, TeamException {
        try (RevWalk walk = new RevWalk(repository())) {
            RevCommit from = walk.parseCommit(commit);
            for (Document document : project.getDocuments()) {
                Path text = ProjectStore.textFile(folder, document);
                if (Files.exists(text)) {
                    continue;
                }
                try (TreeWalk found = TreeWalk.forPath(repository(), ProjectFormat.SOURCES_FOLDER + "/" + text.getFileName(), from.getTree())) {
                    if (found == null) {
                        throw new TeamException("the shared project names document " + document.getName() + " but holds no text for it");
                    }
                    Files.createDirectories(text.getParent());
                    Files.write(text, repository().open(found.getObjectId(0)).getBytes());
                }
            }
        }
    }

    /**
     * Commits the split form (staged by {@link #writeSplit}) and the texts as the coder; with {@code mergedWith}, as
     * the merge of that commit. Returns the commit, or nothing when there was nothing to commit.
     */
    Optional<RevCommit> commit(String message, String coder, Optional<ObjectId> mergedWith) throws GitAPIException, IOException {
        git.add().addFilepattern(Constants.GITIGNORE_FILENAME).addFilepattern(ProjectFormat.SOURCES_FOLDER).call();
        git.add().setUpdate(true).addFilepattern(ProjectFormat.SOURCES_FOLDER).call();
        Optional<ObjectId> head = head();
        if (mergedWith.isEmpty() && head.isPresent() && stagedTree().equals(headTree(head.get()))) {
            return Optional.empty();
        }
        if (mergedWith.isPresent()) {
            repository().writeMergeHeads(List.of(mergedWith.get()));
        }
        PersonIdent who = person(coder);
        return Optional.of(git.commit().setAuthor(who).setCommitter(who).setMessage(message).call());
    }

    /** The tree the index would commit; comparing it with HEAD's needs no walk of the working tree. */
    private ObjectId stagedTree() throws IOException {
        try (ObjectInserter inserter = repository().newObjectInserter()) {
            ObjectId tree = repository().readDirCache().writeTree(inserter);
            inserter.flush();
            return tree;
        }
    }

    private ObjectId headTree(ObjectId head) throws IOException {
        try (RevWalk walk = new RevWalk(repository())) {
            return walk.parseCommit(head).getTree().getId();
        }
    }

    PersonIdent person(String coder) {
        String email = repository().getConfig().getString("user", null, "email");
        return new PersonIdent(coder, email == null ? "" : email);
    }

    /** The conflicts the last merges left for the user to decide. */
    public List<Conflict> conflicts() throws TeamException {
        Path file = repository().getDirectory().toPath().resolve(CONFLICTS_FILE);
        List<Conflict> conflicts = new ArrayList<>();
        if (!Files.exists(file)) {
            return conflicts;
        }
        try {
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    var o = JsonParser.parseString(line).getAsJsonObject();
                    conflicts.add(new Conflict(o.get("id").getAsString(), o.get("kind").getAsString(), o.get("field").getAsString(),
                            o.get("ours").getAsString(), o.get("theirs").getAsString()));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new TeamException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return conflicts;
    }

    /** Keeps the conflicts still to decide (in the Git folder: they are this coder's business, not the project's). */
    void saveConflicts(List<Conflict> conflicts) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Conflict conflict : conflicts) {
            var o = new JsonObject();
            o.addProperty("id", conflict.id());
            o.addProperty("kind", conflict.kind());
            o.addProperty("field", conflict.field());
            o.addProperty("ours", conflict.ours());
            o.addProperty("theirs", conflict.theirs());
            lines.append(o).append('\n');
        }
        Files.writeString(repository().getDirectory().toPath().resolve(CONFLICTS_FILE), lines);
    }

    @Override
    public void close() {
        git.close();
    }
}
