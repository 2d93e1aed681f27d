package org.sameboat.model.store;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replaces files so that a process killed at any moment leaves either the old or the new content, never a
 * mix: write a temporary file beside the target, sync it, keep the old file as backup, rename the temporary
 * file over the target, sync the folder. The project store and every export go through this one class.
 */
public final class AtomicFile {

    static final String TEMP_MARKER = ".tmp-";

    /** Writes the whole new content to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final SaveObserver observer;

    AtomicFile(SaveObserver observer) {
        this.observer = observer;
    }

    /**
     * Replaces target (an export, a report) with content, making its folder if needed; on failure the target
     * is as before and no temporary file is left.
     */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        new AtomicFile(SaveObserver.NONE).replace(absolute, null, content);
    }

    /**
     * Replaces target with new content; when backup is given, the previous target becomes the backup.
     * On an I/O error the target and backup are as before and the temporary file is removed.
     */
    void replace(Path target, Path backup, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = folder.resolve(target.getFileName() + TEMP_MARKER + UUID.randomUUID());
        try {
            writeSynced(temp, target, content);
            observer.reached(target, SaveObserver.Step.TEMP_WRITTEN);
            if (backup != null && Files.exists(target)) {
                keepBackup(target, backup);
                observer.reached(target, SaveObserver.Step.BACKUP_MADE);
            }
            move(temp, target);
            observer.reached(target, SaveObserver.Step.REPLACED);
            syncFolder(folder);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private void writeSynced(Path temp, Path target, Content content) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream counting = new FilterOutputStream(Channels.newOutputStream(channel)) {
                private long total;

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                    total += length;
                    observer.written(target, total);
                }

                @Override
                public void close() {
                    // the channel is closed by try-with-resources after it has been synced
                }
            };
            try (OutputStream out = new BufferedOutputStream(counting, 1 << 16)) {
                content.writeTo(out);
            }
            channel.force(true);
        }
    }

    private static void keepBackup(Path target, Path backup) throws IOException {
        // a hard link costs nothing and is exactly the old content; the rename makes the new backup appear at once
        Path linkTemp = backup.resolveSibling(backup.getFileName() + TEMP_MARKER + UUID.randomUUID());
        try {
            Files.createLink(linkTemp, target);
        } catch (IOException | UnsupportedOperationException e) {
            Files.deleteIfExists(linkTemp);
            Files.copy(target, linkTemp, StandardCopyOption.COPY_ATTRIBUTES);
        }
        move(linkTemp, backup);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + to.getParent() + " cannot replace files atomically", e);
        }
    }

    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // some file systems refuse to open folders; the renames are still atomic there
        }
    }
}
