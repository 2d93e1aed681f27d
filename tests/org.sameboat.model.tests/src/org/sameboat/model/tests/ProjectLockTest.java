package org.sameboat.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Project;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.store.LockOwner;
import org.sameboat.model.store.ProjectLock;
import org.sameboat.model.store.ProjectLockedException;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;

/**
 * The project write lock: one writer at a time among threads and among processes, the holder named to the
 * loser, and a lock whose holder was killed taken over. The processes are real JVMs started from this one; they
 * run a small program against the lock classes copied out of the model bundle.
 */
class ProjectLockTest {

    private static final Duration LONG = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @Test
    void aSecondWriterInThisProcessIsToldWhoHoldsTheLock() throws Exception {
        try (ProjectLock held = ProjectLock.acquire(folder, Duration.ZERO)) {
            ExecutorService other = Executors.newSingleThreadExecutor();
            try {
                Future<ProjectLockedException> refused = other.submit(
                        () -> assertThrows(ProjectLockedException.class, () -> ProjectLock.tryAcquire(folder)));
                ProjectLockedException e = refused.get();
                assertTrue(e.getMessage().contains("process " + ProcessHandle.current().pid()), e.getMessage());
                assertTrue(e.getMessage().contains(held.owner().host()), e.getMessage());
                assertFalse(e.getMessage().contains("\n"), e.getMessage());
            } finally {
                other.shutdownNow();
            }
        }
    }

    @Test
    void theLockFileNamesItsHolderAndIsEmptiedOnRelease() throws Exception {
        Path file = folder.resolve(ProjectLock.FILE);
        try (ProjectLock held = ProjectLock.acquire(folder, Duration.ZERO)) {
            LockOwner written = LockOwner.parse(Files.readString(file)).orElseThrow();
            assertEquals(ProcessHandle.current().pid(), written.pid());
            assertEquals(held.owner().since(), written.since());
        }
        assertEquals("", Files.readString(file));
        ProjectLock.tryAcquire(folder).close();
    }

    @Test
    void aWaitingWriterGetsTheLockOnceTheHolderReleasesIt() throws Exception {
        ProjectLock held = ProjectLock.acquire(folder, Duration.ZERO);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch started = new CountDownLatch(1);
            Future<Long> waiter = other.submit(() -> {
                started.countDown();
                try (ProjectLock taken = ProjectLock.acquire(folder, LONG)) {
                    return taken.owner().pid();
                }
            });
            started.await();
            held.close();
            assertEquals(ProcessHandle.current().pid(), waiter.get(60, TimeUnit.SECONDS));
        } finally {
            held.close();
            other.shutdownNow();
        }
    }

    @Test
    void threadsChangingOneProjectUnderTheLockLoseNoUpdate() throws Exception {
        ProjectStore store = new ProjectStore();
        store.save(Fixtures.smallProject(), folder);
        int before = store.load(folder).project().getCoders().size();
        int writers = 4;
        int rounds = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        try (ProjectLock lock = ProjectLock.acquire(folder, LONG)) {
                            Project project = store.load(folder).project();
                            Lookups.coderOrNew(project, "writer " + writer + " round " + round);
                            store.save(project, folder);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : done) {
                writer.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        Project after = store.load(folder).project();
        assertEquals(before + writers * rounds, after.getCoders().size());
    }

    @Test
    void twoProcessesChangingOneFileUnderTheLockLoseNoUpdate() throws Exception {
        Path classes = copyLockClasses();
        Path counter = folder.resolve("counter.txt");
        Files.writeString(counter, "");
        int rounds = 25;
        Process first = child(classes, "append", "first", String.valueOf(rounds));
        Process second = child(classes, "append", "second", String.valueOf(rounds));
        assertEquals(0, first.waitFor(), () -> output(first));
        assertEquals(0, second.waitFor(), () -> output(second));

        List<String> lines = Files.readAllLines(counter);
        assertEquals(2 * rounds, lines.size(), "lost updates: " + lines);
        assertEquals(rounds, lines.stream().filter(l -> l.startsWith("first ")).count());
        assertEquals(rounds, lines.stream().filter(l -> l.startsWith("second ")).count());
    }

    @Test
    void aLockHeldByAProcessKilledWithSigkillIsTakenOverByTheNextWriter() throws Exception {
        Path classes = copyLockClasses();
        Process holder = child(classes, "hold", "holder", "0");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("locked", out.readLine(), () -> output(holder));
            ProjectLockedException e = assertThrows(ProjectLockedException.class, () -> ProjectLock.tryAcquire(folder));
            assertTrue(e.getMessage().contains("process " + holder.pid()), e.getMessage());
            assertEquals(holder.pid(), e.owner().orElseThrow().pid());

            holder.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no finally, no release by the JVM
            holder.waitFor();
        }
        assertTrue(Files.exists(folder.resolve("project.sameboat.tmp-killed")), "the killed write's temp file stays");
        try (ProjectLock taken = ProjectLock.tryAcquire(folder)) {
            assertEquals(ProcessHandle.current().pid(), taken.owner().pid());
        }
    }

    @Test
    void aFolderThatDoesNotExistCannotBeLocked() {
        ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> ProjectLock.tryAcquire(folder.resolve("missing")));
        assertTrue(e.getMessage().contains("not a folder"), e.getMessage());
    }

    /** The child program: "append NAME ROUNDS" appends to counter.txt under the lock; "hold" locks and waits to be killed. */
    private static final String CHILD = """
            import java.nio.file.*;
            import java.time.Duration;
            import org.sameboat.model.store.ProjectLock;

            public class LockChild {
                public static void main(String[] args) throws Exception {
                    Path folder = Path.of(args[0]);
                    if (args[1].equals("hold")) {
                        ProjectLock lock = ProjectLock.acquire(folder, Duration.ofSeconds(60));
                        Files.writeString(folder.resolve("project.sameboat.tmp-killed"), "half a save");
                        System.out.println("locked");
                        System.out.flush();
                        System.in.read();
                        lock.close();
                        return;
                    }
                    Path counter = folder.resolve("counter.txt");
                    for (int round = 0; round < Integer.parseInt(args[3]); round++) {
                        try (ProjectLock lock = ProjectLock.acquire(folder, Duration.ofSeconds(60))) {
                            String before = Files.readString(counter);
                            // give the other writer every chance to come between the read and the write
                            Thread.yield();
                            Path temp = folder.resolve("counter.tmp-" + args[2]);
                            Files.writeString(temp, before + args[2] + " " + round + "\\n");
                            Files.move(temp, counter, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
            """;

    private Process child(Path classes, String mode, String name, String rounds) throws IOException {
        Path source = classes.resolve("LockChild.java");
        if (!Files.exists(source)) {
            Files.writeString(source, CHILD);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", classes.toString(), source.toString(), folder.toString(), mode, name, rounds)
                .redirectErrorStream(true).start();
    }

    /** The lock and the classes it uses, as class files, so a plain JVM can run them outside OSGi. */
    private Path copyLockClasses() throws IOException {
        Path classes = Files.createDirectories(folder.resolve("child-classes"));
        List<Class<?>> needed = new ArrayList<>(List.of(ProjectLock.class.getNestMembers()));
        needed.addAll(List.of(LockOwner.class, ProjectLockedException.class, ProjectStoreException.class));
        for (Class<?> type : needed) {
            String file = type.getName().replace('.', '/') + ".class";
            Path target = classes.resolve(file);
            Files.createDirectories(target.getParent());
            try (InputStream in = type.getResourceAsStream("/" + file)) {
                Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return classes;
    }

    private static String output(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e.getMessage() + ")";
        }
    }

    @Test
    void aProjectIsNotMadeInAFolderWhileAnotherWriterHoldsIt() throws Exception {
        // the @TempDir folder: new and empty
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (ProjectLock held = ProjectLock.tryAcquire(folder)) {
            // another command (a thread here) making a project in the same folder meanwhile is refused, not merged
            Future<Project> made = other.submit(() -> new ProjectStore().create(folder, "second"));
            java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class, made::get);
            assertTrue(e.getCause() instanceof ProjectStoreException && e.getCause().getMessage().contains("nothing was made"),
                    String.valueOf(e.getCause()));
        } finally {
            other.shutdown();
        }
        assertFalse(ProjectStore.isProject(folder));
        // the lock file left behind holds no data: the folder still counts as empty
        assertEquals("first", new ProjectStore().create(folder, "first").getName());
        ProjectStoreException again = assertThrows(ProjectStoreException.class, () -> new ProjectStore().create(folder, "third"));
        assertTrue(again.getMessage().contains("already holds a project"), again.getMessage());
        assertEquals("first", new ProjectStore().load(folder).project().getName());
    }
}
