package org.sameboat.corpus.search;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.sameboat.model.Document;
import org.sameboat.model.Project;

/**
 * What {@link ProjectIndex} checks before it trusts an index folder, and the repairs it may make: an index is
 * derived data, so anything doubtful is rebuilt rather than searched.
 */
final class IndexHealth {

    private IndexHealth() {
    }

    /** Whether the folder holds an index of this very model, one of another version, none, or a damaged one. */
    static IndexState inspect(Directory directory, Project project) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return IndexState.MISSING;
            }
            SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
            if (!ModelFingerprint.of(project).equals(commit.getUserData().get(ProjectIndex.FINGERPRINT_KEY))) {
                return IndexState.STALE;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                // every file's checksum: a damaged byte found now costs a rebuild, found during a search it would
                // cost a wrong answer or a failure; reading the index once is cheap beside loading its project
                for (var leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity();
                }
                return reader.numDocs() == expectedCount(project) ? IndexState.CURRENT : IndexState.CORRUPT;
            }
        } catch (IOException | RuntimeException e) {
            return IndexState.CORRUPT;
        }
    }

    private static int expectedCount(Project project) {
        int count = 0;
        for (Document document : project.getDocuments()) {
            count += IndexDocuments.count(document);
        }
        return count;
    }

    /**
     * Lucene's lock file is empty while it is fine; one holding bytes (a damaged disk, a stray write) makes every
     * writer fail ("Unexpected lock file size") however often the index is rebuilt. Taking the lock proves that no
     * other program uses the index, so the file can then be removed and made afresh by the writer.
     *
     * @return whether a damaged lock file was removed
     */
    static boolean repairLock(Directory directory) throws IOException {
        long size;
        try {
            size = directory.fileLength(IndexWriter.WRITE_LOCK_NAME);
        } catch (NoSuchFileException | FileNotFoundException e) {
            return false;
        }
        if (size == 0) {
            return false;
        }
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            directory.deleteFile(IndexWriter.WRITE_LOCK_NAME);
        }
        return true;
    }

    /** Deletes an unreadable index; under the write lock, so that an index another program is writing is never touched. */
    static void clear(Directory directory) throws IOException {
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String file : directory.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    directory.deleteFile(file);
                }
            }
        }
    }

    /**
     * Whether opening failed because the project folder cannot be written: the file system says so (read-only,
     * access denied), or the folder is not writable. Root passes permission checks, but not a read-only mount.
     */
    static boolean cannotWrite(IndexException failure, Path folder) {
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException || cause instanceof FileSystemException fs
                    && String.valueOf(fs.getReason()).toLowerCase(Locale.ROOT).contains("read-only")) {
                return true;
            }
        }
        Path existing = Files.isDirectory(folder) ? folder : folder.getParent();
        return existing != null && !Files.isWritable(existing);
    }

    /** Closes a directory on a path that is already failing; the first error is the one worth reporting. */
    static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException e) {
                // already failing
            }
        }
    }
}
