package org.sameboat.model.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The exclusive write lock on a project folder, held from reading the project to saving it so that two writers
 * never build on the same state and lose one another's change.
 * <p>
 * It is an operating-system lock ({@link FileChannel#tryLock()}) on {@value #FILE} in the project folder, so it
 * holds across processes and, on file systems that support it, across machines sharing the folder; the kernel
 * drops it when the holder dies, even by kill -9, so a lock file left behind by a crash is taken over without
 * asking anyone. The file holds the holder's {@link LockOwner} for the message a waiting writer prints; it is
 * never deleted, because deleting a lock file lets a second writer lock a new file while the first still holds
 * the old one.
 * <p>
 * Java gives one process one OS lock per file and throws {@link OverlappingFileLockException} for a second, and
 * on Linux closing any channel on the file drops the process's lock: so threads of one process queue on a
 * semaphore first, and only the thread that holds it touches the lock file.
 */
public final class ProjectLock implements AutoCloseable {

    /** The lock file's name in the project folder. */
    public static final String FILE = ".sameboat.lock";

    /** How often a waiting writer looks again at a lock held by another process; the OS offers no timed wait. */
    private static final long RETRY_MILLIS = 50;

    /** One entry per project folder locked or waited for in this process; the semaphore queues its threads. */
    private static final Map<Path, InProcess> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path folder;
    private final InProcess gate;
    private final FileChannel channel;
    private final FileLock lock;
    private final LockOwner owner;
    private boolean released;

    private ProjectLock(Path folder, InProcess gate, FileChannel channel, FileLock lock, LockOwner owner) {
        this.folder = folder;
        this.gate = gate;
        this.channel = channel;
        this.lock = lock;
        this.owner = owner;
    }

    /**
     * Takes the write lock on a project folder, waiting up to patience for another writer to finish.
     *
     * @throws ProjectLockedException when another writer still holds it after that time; the message names it
     * @throws ProjectStoreException  when the lock file cannot be made or locked (e.g. a read-only folder)
     */
    public static ProjectLock acquire(Path folder, Duration patience) throws ProjectLockedException, ProjectStoreException {
        Path key = key(folder);
        long deadline = System.nanoTime() + Math.max(0, patience.toNanos());
        InProcess gate = IN_PROCESS.computeIfAbsent(key, k -> new InProcess());
        try {
            if (!gate.permit.tryAcquire(Math.max(0, patience.toNanos()), TimeUnit.NANOSECONDS)) {
                LockOwner holder = gate.holder;
                throw locked(folder, patience, Optional.ofNullable(holder));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProjectLockedException("stopped waiting for the write lock on " + folder + " (interrupted)", Optional.empty());
        }
        try {
            ProjectLock taken = lockFile(folder, key, gate, deadline, patience);
            gate.holder = taken.owner;
            return taken;
        } catch (ProjectLockedException | ProjectStoreException | RuntimeException e) {
            gate.permit.release();
            throw e;
        }
    }

    /** Takes the lock only if nobody holds it now. */
    public static ProjectLock tryAcquire(Path folder) throws ProjectLockedException, ProjectStoreException {
        return acquire(folder, Duration.ZERO);
    }

    public Path folder() {
        return folder;
    }

    public LockOwner owner() {
        return owner;
    }

    /** Whether this lock is still held. */
    public synchronized boolean isHeld() {
        return !released;
    }

    /** Releases the lock; the lock file stays, emptied, for the next writer. Calling it again does nothing. */
    @Override
    public synchronized void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            channel.truncate(0);
        } catch (IOException e) {
            // the owner line left behind is harmless: the next writer overwrites it when it takes the lock
        }
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it as well
        }
        try {
            channel.close();
        } catch (IOException e) {
            // nothing left to do: the OS drops the lock with the descriptor
        }
        gate.holder = null;
        gate.permit.release();
    }

    private static ProjectLock lockFile(Path folder, Path key, InProcess gate, long deadline, Duration patience)
            throws ProjectLockedException, ProjectStoreException {
        Path file = key.resolve(FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new ProjectStoreException("cannot lock " + folder + " for writing (" + e.getMessage() + "); is the folder writable?", e);
        }
        try {
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    // the same folder under another path, locked by another thread of this process
                    lock = null;
                }
                if (lock != null) {
                    LockOwner owner = LockOwner.current();
                    byte[] text = owner.toFileText().getBytes(StandardCharsets.UTF_8);
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(text), 0);
                    channel.force(false);
                    return new ProjectLock(folder, gate, channel, lock, owner);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    Optional<LockOwner> holder = LockOwner.parse(read(channel));
                    channel.close();
                    throw locked(folder, patience, holder);
                }
                Thread.sleep(Math.min(RETRY_MILLIS, TimeUnit.NANOSECONDS.toMillis(left) + 1));
            }
        } catch (IOException e) {
            closeQuietly(channel);
            throw new ProjectStoreException("cannot lock " + folder + " for writing: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(channel);
            throw new ProjectLockedException("stopped waiting for the write lock on " + folder + " (interrupted)", Optional.empty());
        } catch (ProjectLockedException | RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static ProjectLockedException locked(Path folder, Duration patience, Optional<LockOwner> holder) {
        String who = holder.map(LockOwner::describe).orElse("another program");
        String waited = patience.isZero() ? "" : " (waited " + patience.toSeconds() + " s)";
        return new ProjectLockedException(folder + " is being changed by " + who + waited, holder);
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(512);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // already failing; the first error is the one to report
        }
    }

    private static Path key(Path folder) throws ProjectStoreException {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            if (!Files.isDirectory(folder)) {
                throw new ProjectStoreException(folder + " is not a folder; cannot lock it for writing", e);
            }
            return folder.toAbsolutePath().normalize();
        }
    }

    /** The threads of this process that want one folder's lock, and which of them has it. */
    private static final class InProcess {
        final Semaphore permit = new Semaphore(1, true);
        volatile LockOwner holder;
    }
}
