package org.sameboat.benchmarks.team;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.io.file.PathUtils;
import org.eclipse.jgit.api.Git;
import org.sameboat.benchmarks.Benchmark;
import org.sameboat.benchmarks.persistence.PersistenceBenchmark;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.team.SyncMonitor;
import org.sameboat.team.TeamShare;
import org.sameboat.team.TeamSync;

/**
 * Team sync at scale: a project of 1e5 codings shared through a bare repository over file://, two coders each making
 * 100 changes (additions and removals of codings), then the syncs that send, merge by id and bring in.
 */
public final class TeamSyncBenchmark implements Benchmark {

    private static final int CHANGES = 100;

    @Override
    public String name() {
        return "team-sync";
    }

    @Override
    public String description() {
        return "team init, clone and sync of a project of 1e5 codings with 100 changes on each side [CODINGS]";
    }

    @Override
    public void run(List<String> args, PrintStream out) throws Exception {
        int codings = args.isEmpty() ? 100_000 : Integer.parseInt(args.get(0));
        Path root = Files.createTempDirectory("sameboat-bench-team-");
        try {
            Path bare = root.resolve("shared.git");
            Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
            String remote = bare.toUri().toString();
            ProjectStore store = new ProjectStore();
            Path ann = root.resolve("ann");
            Path ben = root.resolve("ben");
            store.createWith(ann, PersistenceBenchmark.synthetic(codings));
            out.printf("Java %s, %d cores, max heap %d MB; %,d codings, %d changes on each side%n%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, codings, CHANGES);
            out.println("| step | seconds |");
            out.println("|---|---:|");
            long t0 = System.nanoTime();
            new TeamShare().init(ann, remote, "alex");
            row(out, "team init (split, commit, push)", t0);
            t0 = System.nanoTime();
            new TeamShare().cloneInto(remote, ben, "sam");
            row(out, "team clone (fetch, build the model file)", t0);
            int removed = change(store, ann, "alex", 1) + change(store, ben, "sam", 2);
            long expected = codings + CHANGES - removed;
            TeamSync sync = new TeamSync();
            t0 = System.nanoTime();
            sync.run(ann, SyncMonitor.SILENT);
            row(out, "sync, first coder: commit 100 changes and push", t0);
            t0 = System.nanoTime();
            TeamSync.Outcome merged = sync.run(ben, SyncMonitor.SILENT);
            row(out, "sync, second coder: commit, fetch, three-way merge by id, save, push", t0);
            t0 = System.nanoTime();
            sync.run(ann, SyncMonitor.SILENT);
            row(out, "sync, first coder again: fetch and take the merge", t0);
            long annCodings = count(store.load(ann).project());
            long benCodings = count(store.load(ben).project());
            if (annCodings != benCodings || annCodings != expected || !merged.conflicts().isEmpty()) {
                throw new IllegalStateException("the coders did not end with the same project: " + annCodings + " and " + benCodings + " codings");
            }
            out.printf("%nBoth coders end with %,d codings: %,d, plus %d added and %d removed between them, as merging by hand gives.%n",
                    annCodings, codings, CHANGES, removed);
        } finally {
            PathUtils.deleteDirectory(root);
        }
    }

    /** Half the changes add codings, half remove existing ones of the coder's, spread over the documents; returns how many it removed. */
    private static int change(ProjectStore store, Path folder, String coderName, long seed) throws Exception {
        Project project = store.load(folder).project();
        Random random = new Random(seed);
        Coder coder = Lookups.coder(project, coderName).orElseThrow();
        List<Code> codes = CodePaths.allCodes(project);
        List<Document> documents = project.getDocuments();
        List<Coding> removable = new ArrayList<>();
        java.util.Set<Coding> before = new java.util.HashSet<>();
        documents.forEach(d -> before.addAll(d.getCodings()));
        for (int i = 0; i < CHANGES / 2; i++) {
            Document document = documents.get(random.nextInt(documents.size()));
            int start = random.nextInt(document.getTurns().get(document.getTurns().size() - 1).getEnd() - 10);
            Codings.add(document, codes.get(random.nextInt(codes.size())), coder, start, start + 5, Clock.systemUTC());
            Document other = documents.get(random.nextInt(documents.size()));
            other.getCodings().stream().filter(c -> c.getCoder() == coder && before.contains(c) && !removable.contains(c)).findFirst().ifPresent(removable::add);
        }
        removable.forEach(c -> c.getDocument().getCodings().remove(c));
        store.save(project, folder);
        return removable.size();
    }

    private static long count(Project project) {
        return project.getDocuments().stream().mapToLong(d -> d.getCodings().size()).sum();
    }

    private static void row(PrintStream out, String step, long since) {
        out.printf("| %s | %.2f |%n", step, (System.nanoTime() - since) / 1e9);
    }
}
