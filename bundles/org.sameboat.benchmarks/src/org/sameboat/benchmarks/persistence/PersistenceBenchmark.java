package org.sameboat.benchmarks.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.apache.commons.io.file.PathUtils;
import org.sameboat.benchmarks.Benchmark;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Ids;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.edit.ProjectTemplate;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectFormat;
import org.sameboat.model.store.ProjectStore;

/**
 * Save and load of whole projects at 1e4, 1e5 and 1e6 codings: the project store (XMI with id references, the
 * chosen format) beside EMF's binary resource on the same model, so the choice of format rests on figures.
 */
public final class PersistenceBenchmark implements Benchmark {

    private static final int CODINGS_PER_DOCUMENT = 1_000;
    private static final int TURNS_PER_DOCUMENT = 200;
    private static final int TURN_LENGTH = 100;

    @Override
    public String name() {
        return "persistence";
    }

    @Override
    public String description() {
        return "save/load of projects with 1e4, 1e5, 1e6 codings (XMI store vs EMF binary) [SIZES...]";
    }

    @Override
    public void run(List<String> args, PrintStream out) throws Exception {
        List<Integer> sizes = args.isEmpty() ? List.of(10_000, 100_000, 1_000_000) : args.stream().map(Integer::valueOf).toList();
        Path root = Files.createTempDirectory("sameboat-bench-persistence-");
        try {
            measure(synthetic(10_000), root.resolve("warm-up"));
            out.printf("Java %s, %d cores, max heap %d MB%n%n", System.getProperty("java.version"),
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            out.println("| codings | store save (s) | store load+validate (s) | model file (MB) | binary save (s) | binary load (s) | binary file (MB) |");
            out.println("|---:|---:|---:|---:|---:|---:|---:|");
            for (int size : sizes) {
                Figures f = measure(synthetic(size), root.resolve("n" + size));
                out.printf("| %,d | %.2f | %.2f | %.1f | %.2f | %.2f | %.1f |%n", size, f.storeSave, f.storeLoad, f.storeMb,
                        f.binarySave, f.binaryLoad, f.binaryMb);
            }
        } finally {
            PathUtils.deleteDirectory(root);
        }
    }

    private record Figures(double storeSave, double storeLoad, double storeMb, double binarySave, double binaryLoad, double binaryMb) {
    }

    private static Figures measure(Project project, Path folder) throws Exception {
        ProjectStore store = new ProjectStore();
        long t0 = System.nanoTime();
        store.save(project, folder);
        long t1 = System.nanoTime();
        LoadedProject loaded = store.load(folder);
        long t2 = System.nanoTime();
        if (loaded.hasErrors() || count(loaded.project()) != count(project)) {
            throw new IllegalStateException("the store did not round-trip the benchmark project: " + loaded.problems());
        }
        double storeMb = Files.size(folder.resolve(ProjectFormat.MODEL_FILE)) / 1e6;

        Path binaryFile = folder.resolve("project.bin");
        BinaryResourceImpl binary = new BinaryResourceImpl(URI.createFileURI(binaryFile.toString()));
        binary.getContents().add(loaded.project());
        long t3 = System.nanoTime();
        try (OutputStream stream = Files.newOutputStream(binaryFile)) {
            binary.save(stream, null);
        }
        long t4 = System.nanoTime();
        BinaryResourceImpl reread = new BinaryResourceImpl(URI.createFileURI(binaryFile.toString()));
        try (InputStream stream = Files.newInputStream(binaryFile)) {
            reread.load(stream, null);
        }
        long t5 = System.nanoTime();
        if (count((Project) reread.getContents().get(0)) != count(project)) {
            throw new IllegalStateException("the binary resource did not round-trip the benchmark project");
        }
        return new Figures(seconds(t1 - t0), seconds(t2 - t1), storeMb, seconds(t4 - t3), seconds(t5 - t4), Files.size(binaryFile) / 1e6);
    }

    /** A project with the given number of codings over documents of 200 turns, spread over two coders and ten codes. */
    public static Project synthetic(int codings) {
        SameboatFactory factory = SameboatFactory.eINSTANCE;
        Project project = ProjectTemplate.create("benchmark " + codings);
        List<Code> codes = CodePaths.allCodes(project);
        Coder[] coders = {Lookups.coderOrNew(project, "alex"), Lookups.coderOrNew(project, "sam")};
        Participant[] speakers = new Participant[6];
        for (int i = 0; i < speakers.length; i++) {
            speakers[i] = Ids.assign(factory.createParticipant());
            speakers[i].setPseudonym("Member " + (i + 1));
            project.getParticipants().add(speakers[i]);
        }
        Random random = new Random(codings);
        String turnText = "x".repeat(TURN_LENGTH - 1) + "\n";
        String text = turnText.repeat(TURNS_PER_DOCUMENT);
        int documents = Math.max(1, codings / CODINGS_PER_DOCUMENT);
        long created = Clock.systemUTC().millis();
        for (int d = 0; d < documents; d++) {
            Document document = Ids.assign(factory.createDocument());
            document.setName("document " + d);
            document.setText(text);
            document.setSession(d + 1);
            for (int t = 0; t < TURNS_PER_DOCUMENT; t++) {
                Turn turn = Ids.assign(factory.createTurn());
                turn.setStart(t * TURN_LENGTH);
                turn.setEnd(t * TURN_LENGTH + TURN_LENGTH - 1);
                turn.setSpeaker(speakers[t % speakers.length]);
                turn.setTime(t * 15_000L);
                document.getTurns().add(turn);
            }
            for (int c = 0; c < CODINGS_PER_DOCUMENT; c++) {
                Coding coding = Ids.assign(factory.createCoding());
                // distinct starts, so no two codings are duplicates; lengths vary
                int start = c * 19;
                coding.setStart(start);
                coding.setEnd(start + 1 + random.nextInt(150));
                coding.setCode(codes.get(random.nextInt(codes.size())));
                coding.setCoder(coders[c % 2]);
                coding.setCreated(created);
                document.getCodings().add(coding);
            }
            project.getDocuments().add(document);
        }
        return project;
    }

    private static long count(Project project) {
        return project.getDocuments().stream().mapToLong(d -> d.getCodings().size()).sum();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
