package org.sameboat.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Lookups;
import org.sameboat.team.RecordMerge;
import org.sameboat.team.SplitCodec;
import org.sameboat.team.SyncMonitor;
import org.sameboat.team.TeamShare;
import org.sameboat.team.TeamSync;

/**
 * A sync costs what changed, not what the project holds: it rewrites only the split files whose content changed,
 * stages them so that Git sees the working tree as committed, and merges from the files that differ between the
 * three versions with the same result as merging the versions whole.
 */
class SyncTouchesWhatChangedTest {

    @TempDir
    Path tmp;

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    @Test
    void aSyncRewritesOnlyTheSplitFilesThatChangedAndLeavesNothingUnstaged() throws Exception {
        SharedProjects shared = new SharedProjects(tmp);
        Path ann = shared.newProject("ann");
        new TeamShare().init(ann, shared.remote, "ann");
        Path ben = shared.folder("ben");
        new TeamShare().cloneInto(shared.remote, ben, "ben");
        List<Path> before = splitFiles(ann);
        for (Path file : before) {
            Files.setLastModifiedTime(file, LONG_AGO);
        }
        Project project = shared.load(ann);
        Document document = project.getDocuments().get(0);
        Coding alexs = document.getCodings().stream().filter(c -> c.getCoder().getName().equals("alex")).findFirst().orElseThrow();
        String alexFile = SplitCodec.FOLDER + "/codings/" + document.getId() + "/" + alexs.getCoder().getId() + ".jsonl";
        shared.edit(ann, p -> {
            Document d = p.getDocuments().get(0);
            d.getCodings().removeIf(c -> c.getCoder().getName().equals("alex"));
            CodePaths.find(p, "5").orElseThrow().setDefinition("Support as the members name it");
        });

        new TeamSync().run(ann, SyncMonitor.SILENT);

        Map<String, String> ours = files(ann);
        assertFalse(Files.exists(ann.resolve(alexFile)), "the codings file of a coder with no codings left is gone");
        assertFalse(ours.containsKey(alexFile));
        int rewritten = 0;
        for (Path file : splitFiles(ann)) {
            String name = ann.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            if (!Files.getLastModifiedTime(file).equals(LONG_AGO)) {
                rewritten++;
                assertTrue(name.startsWith(SplitCodec.FOLDER + "/codebooks/"), name + " was rewritten though only the codebook changed");
            }
        }
        assertEquals(1, rewritten, "the one codebook that changed is rewritten");
        try (Git git = Git.open(ann.toFile())) {
            assertTrue(git.status().call().isClean(), "what the sync wrote is what it committed");
            assertEquals(git.getRepository().resolve(Constants.HEAD), git.getRepository().resolve("refs/remotes/origin/main"));
        }
        assertEquals(SplitCodec.files(shared.load(ann)), ours, "the commit holds the split form of the saved project");

        new TeamSync().run(ben, SyncMonitor.SILENT);
        Project bens = shared.load(ben);
        assertTrue(bens.getDocuments().get(0).getCodings().stream().noneMatch(c -> c.getCoder().getName().equals("alex")));
        assertEquals("Support as the members name it", CodePaths.find(bens, "5").orElseThrow().getDefinition());
        try (Git git = Git.open(ben.toFile())) {
            assertTrue(git.status().call().isClean());
        }
    }

    @Test
    void mergingFromTheFilesThatDifferEqualsMergingTheWholeVersionsOnRandomEdits() throws Exception {
        SharedProjects shared = new SharedProjects(tmp);
        Path ann = shared.newProject("ann");
        new TeamShare().init(ann, shared.remote, "ann");
        Path ben = shared.folder("ben");
        new TeamShare().cloneInto(shared.remote, ben, "ben");
        Random random = new Random(7);
        TeamSync sync = new TeamSync();
        int merges = 0;
        for (int round = 0; round < 8; round++) {
            for (Path folder : List.of(ann, ben)) {
                String coder = folder.getFileName().toString();
                shared.edit(folder, project -> editRandomly(project, coder, random));
            }
            sync.run(ann, SyncMonitor.SILENT);
            sync.run(ben, SyncMonitor.SILENT);
            try (Repository repository = Git.open(ben.toFile()).getRepository(); RevWalk walk = new RevWalk(repository)) {
                RevCommit merge = walk.parseCommit(repository.resolve(Constants.HEAD));
                assertEquals(2, merge.getParentCount(), "round " + round + ": both coders changed the project, so ben's sync merged");
                RevCommit ours = walk.parseCommit(merge.getParent(0));
                RevCommit theirs = walk.parseCommit(merge.getParent(1));
                walk.reset();
                walk.setRevFilter(RevFilter.MERGE_BASE);
                walk.markStart(ours);
                walk.markStart(theirs);
                RevCommit base = walk.next();
                RecordMerge.Result whole = RecordMerge.merge(SplitCodec.records(files(repository, base)), SplitCodec.records(files(repository, ours)),
                        SplitCodec.records(files(repository, theirs)));
                Map<String, String> expected = SplitCodec.files(SplitCodec.project(whole.merged()));
                assertEquals(expected, files(repository, merge), "round " + round + ": the merge committed is the merge of the whole versions");
                assertEquals(expected, SplitCodec.files(shared.load(ben)), "round " + round + ": the project saved is that merge");
                merges++;
            }
            sync.run(ann, SyncMonitor.SILENT);
            assertEquals(SplitCodec.files(shared.load(ben)), SplitCodec.files(shared.load(ann)), "round " + round + ": both end alike");
        }
        assertEquals(8, merges);
    }

    /** Codings added and removed by the coder, and now and then a code's definition or a new code, as people work. */
    private static void editRandomly(Project project, String coder, Random random) {
        Document document = project.getDocuments().get(0);
        List<Code> codes = CodePaths.allCodes(project);
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            Turn turn = document.getTurns().get(random.nextInt(document.getTurns().size()));
            int start = turn.getStart() + random.nextInt(turn.getEnd() - turn.getStart() - 1);
            Codings.add(document, codes.get(random.nextInt(codes.size())), Lookups.coder(project, coder).orElseThrow(), start, start + 1,
                    TeamFixtures.CLOCK);
        }
        List<Coding> own = document.getCodings().stream().filter(c -> c.getCoder().getName().equals(coder)).toList();
        if (own.size() > 2 && random.nextBoolean()) {
            document.getCodings().remove(own.get(random.nextInt(own.size())));
        }
        if (random.nextInt(3) == 0) {
            codes.get(random.nextInt(codes.size())).setDefinition(coder + " says " + random.nextInt(1000));
        }
    }

    private static List<Path> splitFiles(Path folder) throws Exception {
        try (Stream<Path> all = Files.walk(folder.resolve(SplitCodec.FOLDER))) {
            return all.filter(Files::isRegularFile).toList();
        }
    }

    private static Map<String, String> files(Path folder) throws Exception {
        try (Repository repository = Git.open(folder.toFile()).getRepository(); RevWalk walk = new RevWalk(repository)) {
            return files(repository, walk.parseCommit(repository.resolve(Constants.HEAD)));
        }
    }

    private static Map<String, String> files(Repository repository, ObjectId commit) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (RevWalk walk = new RevWalk(repository); TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(walk.parseCommit(commit).getTree());
            tree.setRecursive(true);
            tree.setFilter(PathFilter.create(SplitCodec.FOLDER));
            while (tree.next()) {
                files.put(tree.getPathString(), new String(repository.open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
