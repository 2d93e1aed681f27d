package org.sameboat.team;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.store.ProjectFormat;
import org.sameboat.model.store.ProjectStore;

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
        Map<String, String> files = new HashMap<>();
        try (RevWalk walk = new RevWalk(repository()); TreeWalk tree = new TreeWalk(repository())) {
            tree.addTree(walk.parseCommit(commit).getTree());
            tree.setRecursive(true);
            tree.setFilter(PathFilter.create(SplitCodec.FOLDER));
            while (tree.next()) {
                files.put(tree.getPathString(), new String(repository().open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
            }
        }
        return SplitCodec.records(files);
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

    /** Writes the split form of a project into the working tree, removing the split files it no longer has. */
    void writeSplit(Project project) throws IOException {
        SortedMap<String, String> files = SplitCodec.files(project);
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
        for (var file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            if (Files.isRegularFile(path) && Files.readString(path).equals(file.getValue())) {
                continue;
            }
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        Files.writeString(folder.resolve(Constants.GITIGNORE_FILENAME), IGNORE);
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
     * Commits the split form and the texts as the coder; with {@code mergedWith}, as the merge of that commit.
     * Returns the commit, or nothing when there was nothing to commit.
     */
    Optional<RevCommit> commit(String message, String coder, Optional<ObjectId> mergedWith) throws GitAPIException, IOException {
        git.add().addFilepattern(Constants.GITIGNORE_FILENAME).addFilepattern(SplitCodec.FOLDER).addFilepattern(ProjectFormat.SOURCES_FOLDER).call();
        git.add().setUpdate(true).addFilepattern(SplitCodec.FOLDER).addFilepattern(ProjectFormat.SOURCES_FOLDER).call();
        if (mergedWith.isEmpty() && head().isPresent()) {
            Status status = git.status().addPath(SplitCodec.FOLDER).addPath(ProjectFormat.SOURCES_FOLDER).call();
            if (status.getAdded().isEmpty() && status.getChanged().isEmpty() && status.getRemoved().isEmpty()) {
                return Optional.empty();
            }
        }
        if (mergedWith.isPresent()) {
            repository().writeMergeHeads(List.of(mergedWith.get()));
        }
        PersonIdent who = person(coder);
        return Optional.of(git.commit().setAuthor(who).setCommitter(who).setMessage(message).call());
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
            var o = new com.google.gson.JsonObject();
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
