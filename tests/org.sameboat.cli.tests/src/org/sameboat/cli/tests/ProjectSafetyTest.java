package org.sameboat.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sameboat.model.store.ProjectFormat;
import org.sameboat.model.store.ProjectLock;
import org.sameboat.model.store.ProjectStore;

/**
 * The command line on a project that others write at the same time, that is damaged, or whose transcript was
 * edited behind its back: nothing a user was told is saved goes missing, and nothing damaged passes for data.
 */
class ProjectSafetyTest {

    private static final String TEXT = "#session: 1\n#worker: Dana\n\n[00:00:03] Dana: Who wants to start?\n"
            + "[00:00:09] Lee: I feel like nobody gets it, nobody at all, and I am tired.\n";

    @TempDir
    Path temp;

    private final CommandLine cli = new CommandLine();
    private Path folder;

    @BeforeEach
    void aProjectWithOneTranscript() throws Exception {
        folder = temp.resolve("p");
        assertEquals(0, cli.run("new", folder.toString()), cli.err());
        Path file = temp.resolve("s1.txt");
        Files.writeString(file, TEXT);
        assertEquals(0, cli.run("import", folder.toString(), file.toString()), cli.err());
        assertEquals(0, cli.run("code", folder.toString(), "--doc", "s1", "--from", "5", "--to", "20", "--code", "4", "--coder", "alex"), cli.err());
    }

    @Test
    void codeCommandsRunningAtOnceInThreadsLoseNoCoding() throws Exception {
        int writers = 3;
        int rounds = 6;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int w = 0; w < writers; w++) {
                String coder = "coder" + w;
                results.add(pool.submit(() -> {
                    CommandLine own = new CommandLine();
                    int saved = 0;
                    for (int round = 0; round < rounds; round++) {
                        int exit = own.run("code", folder.toString(), "--doc", "s1", "--from", String.valueOf(round), "--to",
                                String.valueOf(round + 30), "--code", "5", "--coder", coder);
                        if (exit == 0) {
                            saved++;
                        } else {
                            // a loser must be told, in one line, that nothing was changed
                            assertEquals(1, exit, own.err());
                            assertTrue(own.err().contains("is being changed by") && own.err().contains("nothing was changed"), own.err());
                        }
                    }
                    return saved;
                }));
            }
            int saved = 0;
            for (Future<Integer> result : results) {
                saved += result.get(5, TimeUnit.MINUTES);
            }
            // counted in the model: an excerpt in the CSV may span lines
            int present = new ProjectStore().load(folder).project().getDocuments().get(0).getCodings().size();
            assertEquals(1 + saved, present, "codings in the project against codings reported saved");
            assertEquals(writers * rounds, saved, "with a 10 s wait every writer should have had its turn");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWriterFindingTheProjectLockedSaysWhoHoldsItAndChangesNothing() throws Exception {
        byte[] before = Files.readAllBytes(folder.resolve(ProjectFormat.MODEL_FILE));
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (ProjectLock held = ProjectLock.acquire(folder, Duration.ZERO)) {
            System.setProperty("sameboat.lock.wait", "0");
            int exit = other.submit(() -> cli.run("code", folder.toString(), "--doc", "s1", "--from", "5", "--to", "20", "--code", "5",
                    "--coder", "sam")).get(1, TimeUnit.MINUTES);
            assertEquals(1, exit);
            String err = cli.err().strip();
            assertFalse(err.contains("\n"), err);
            assertTrue(err.contains("is being changed by process " + ProcessHandle.current().pid()), err);
            assertTrue(err.contains(" on host " + held.owner().host() + " since "), err);
        } finally {
            System.clearProperty("sameboat.lock.wait");
            other.shutdownNow();
        }
        assertTrue(Arrays.equals(before, Files.readAllBytes(folder.resolve(ProjectFormat.MODEL_FILE))));
    }

    static Stream<List<String>> readingVerbs() {
        return Stream.of(List.of("info"), List.of("codings"), List.of("codings", "--csv"), List.of("codebook"), List.of("search", "nobody"),
                List.of("agree", "--unit", "turn"), List.of("cooccur", "--mode", "turn", "--measure", "count"), List.of("transitions"),
                List.of("export", "--csv", "OUT/out.csv"), List.of("export", "--html", "OUT/out.html"), List.of("qdpx", "export", "OUT/out.qdpx"),
                List.of("qdc", "export", "OUT/out.qdc"), List.of("reindex"),
                List.of("code", "--doc", "s1", "--from", "1", "--to", "4", "--code", "4", "--coder", "alex"),
                List.of("autocode", "nobody", "--code", "4", "--coder", "alex"), List.of("import", "OUT/s2.txt"));
    }

    @ParameterizedTest
    @MethodSource("readingVerbs")
    void everyVerbOnAProjectCutInHalfSaysItIsDamagedAndBuildsNoIndex(List<String> verb) throws Exception {
        Files.writeString(temp.resolve("s2.txt"), TEXT);
        cutModelInHalf();
        byte[] damaged = Files.readAllBytes(folder.resolve(ProjectFormat.MODEL_FILE));

        int exit = cli.run(command(verb));

        assertEquals(1, exit, cli.out() + cli.err());
        String err = cli.err().strip();
        assertFalse(err.contains("\n"), err);
        assertTrue(err.contains(ProjectFormat.MODEL_FILE + " is damaged at line "), err);
        assertTrue(err.contains(ProjectFormat.BACKUP_FILE) && err.contains("sameboat restore " + folder), err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(Files.exists(folder.resolve("index")), "an index was built from a damaged model");
        assertTrue(Arrays.equals(damaged, Files.readAllBytes(folder.resolve(ProjectFormat.MODEL_FILE))));
        assertFalse(Files.exists(temp.resolve("out.csv")) || Files.exists(temp.resolve("out.qdpx")));
    }

    @Test
    void restoreBringsBackThePreviousSaveOfADamagedProject() throws Exception {
        cutModelInHalf();

        assertEquals(0, cli.run("restore", folder.toString()), cli.err());
        assertTrue(cli.err().contains(".damaged-"), cli.err());
        assertTrue(cli.out().contains("documents  1"), cli.out());

        assertEquals(0, cli.run("codings", folder.toString(), "--csv"), cli.err());
        assertEquals(1, cli.out().lines().count(), "the previous save was made before the coding: " + cli.out());
    }

    @Test
    void aTranscriptEditedWithoutChangingItsLengthIsReportedByInfo() throws Exception {
        Path source;
        try (Stream<Path> files = Files.list(folder.resolve(ProjectFormat.SOURCES_FOLDER))) {
            source = files.findFirst().orElseThrow();
        }
        Files.writeString(source, Files.readString(source).replace("tired", "happy"));

        assertEquals(1, cli.run("info", folder.toString()));
        assertTrue(cli.out().contains("the text of document 's1'") && cli.out().contains("changed"), cli.out());
        assertEquals(1, cli.run("code", folder.toString(), "--doc", "s1", "--from", "1", "--to", "4", "--code", "4", "--coder", "alex"));
    }

    @Test
    void filesNoSaveRefersToAreListedByInfoAndRemovedByClean() throws Exception {
        Path orphan = folder.resolve(ProjectFormat.SOURCES_FOLDER).resolve("0000-orphan.txt");
        Files.writeString(orphan, "Ana: the only copy\n");
        Path killedSave = folder.resolve(ProjectFormat.MODEL_FILE + ".tmp-1234");
        Files.writeString(killedSave, "<half");

        assertEquals(0, cli.run("info", folder.toString()), cli.err());
        assertTrue(cli.out().contains("leftovers  2 file(s)") && cli.out().contains("sameboat clean " + folder), cli.out());
        assertTrue(cli.out().contains("sources/0000-orphan.txt"), cli.out());
        assertTrue(Files.exists(orphan), "info removed a file");

        assertEquals(0, cli.run("clean", folder.toString()), cli.err());
        assertFalse(Files.exists(orphan) || Files.exists(killedSave));
        assertEquals(0, cli.run("info", folder.toString()));
        assertFalse(cli.out().contains("leftovers"), cli.out());
        assertEquals(1, new ProjectStore().load(folder).project().getDocuments().size());
    }

    private void cutModelInHalf() throws Exception {
        Path model = folder.resolve(ProjectFormat.MODEL_FILE);
        byte[] whole = Files.readAllBytes(model);
        Files.write(model, Arrays.copyOf(whole, whole.length / 2));
        try (Stream<Path> index = Files.walk(folder.resolve("index"))) {
            index.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private String[] command(List<String> verb) {
        List<String> args = new ArrayList<>();
        int at = verb.get(0).equals("qdpx") || verb.get(0).equals("qdc") ? 2 : 1;
        args.addAll(verb.subList(0, at));
        args.add(folder.toString());
        verb.subList(at, verb.size()).forEach(a -> args.add(a.replace("OUT/", temp + "/")));
        return args.toArray(String[]::new);
    }
}
