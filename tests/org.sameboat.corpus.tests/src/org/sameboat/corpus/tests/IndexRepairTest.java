package org.sameboat.corpus.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.corpus.search.CorpusSearch;
import org.sameboat.corpus.search.IndexState;
import org.sameboat.corpus.search.IndexStorage;
import org.sameboat.corpus.search.ProjectIndex;
import org.sameboat.corpus.search.SearchTarget;
import org.sameboat.model.Project;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.Document;

/** The README's promise: a missing, stale or damaged index is rebuilt on open, and a read-only project is still searched. */
class IndexRepairTest {

    @TempDir
    Path folder;
    private Project project;
    private long expected;

    @BeforeEach
    void indexTheSample() throws Exception {
        project = SampleProject.create(folder);
        try (ProjectIndex index = ProjectIndex.open(folder, project)) {
            expected = new CorpusSearch(index).search("alone", SearchTarget.TURNS, 0).total();
        }
        assertTrue(expected > 0);
    }

    @Test
    void anIndexWhoseFilesAllHoldGarbageIsRebuilt() throws Exception {
        try (Stream<Path> files = Files.list(folder.resolve(ProjectIndex.FOLDER))) {
            for (Path file : files.toList()) {
                Files.writeString(file, "garbage, not an index");
            }
        }
        assertRebuiltAndSearchedTwice(IndexState.CORRUPT);
    }

    @Test
    void aLockFileHoldingGarbageIsReplaced() throws Exception {
        Files.writeString(folder.resolve(ProjectIndex.FOLDER).resolve("write.lock"), "garbage");
        try (ProjectIndex index = ProjectIndex.open(folder, project)) {
            assertEquals(expected, new CorpusSearch(index).search("alone", SearchTarget.TURNS, 0).total());
        }
        assertEquals(0, Files.size(folder.resolve(ProjectIndex.FOLDER).resolve("write.lock")));
    }

    @Test
    void anIndexThatIsAPlainFileIsRebuiltAsAFolder() throws Exception {
        deleteIndex();
        Files.writeString(folder.resolve(ProjectIndex.FOLDER), "not a folder");
        assertRebuiltAndSearchedTwice(IndexState.CORRUPT);
        assertTrue(Files.isDirectory(folder.resolve(ProjectIndex.FOLDER)));
    }

    @Test
    void aCurrentIndexOnAReadOnlyDiskIsSearchedAsItIs() throws Exception {
        List<String> before = indexFiles();
        try (ProjectIndex index = ProjectIndex.openForReading(folder, project, ReadOnly::new)) {
            assertTrue(index.isReadOnly());
            assertFalse(index.isInMemory());
            assertEquals(expected, new CorpusSearch(index).search("alone", SearchTarget.TURNS, 0).total());
        }
        assertEquals(before, indexFiles());
    }

    @Test
    void aStaleIndexOnAReadOnlyDiskIsSearchedFromMemoryAndLeftAlone() throws Exception {
        Document d = project.getDocuments().get(0);
        Codings.add(d, CodePaths.find(project, "Mutual demand").orElseThrow(), Lookups.coderOrNew(project, "kim"),
                d.getTurns().get(0).getStart(), d.getTurns().get(0).getEnd(), java.time.Clock.systemUTC());
        List<String> before = indexFiles();
        try (ProjectIndex index = ProjectIndex.openForReading(folder, project, ReadOnly::new)) {
            assertTrue(index.isInMemory());
            assertEquals(IndexState.STALE, index.state());
            assertEquals(1, new CorpusSearch(index).search("coder:kim", SearchTarget.EXCERPTS, 0).total());
        }
        assertEquals(before, indexFiles());
    }

    @Test
    void aMissingIndexOnAReadOnlyDiskIsSearchedFromMemory() throws Exception {
        deleteIndex();
        try (ProjectIndex index = ProjectIndex.openForReading(folder, project, ReadOnly::new)) {
            assertTrue(index.isInMemory());
            assertEquals(IndexState.MISSING, index.state());
            assertEquals(expected, new CorpusSearch(index).search("alone", SearchTarget.TURNS, 0).total());
        }
        assertEquals(List.of(), indexFiles());
    }

    @Test
    void withoutWritePermissionTheIndexIsStillSearched() throws Exception {
        Path index = folder.resolve(ProjectIndex.FOLDER);
        try {
            index.toFile().setWritable(false, false);
            folder.toFile().setWritable(false, false);
            // as root, permissions do not bind and the index opens for writing as usual; either way it answers
            try (ProjectIndex opened = ProjectIndex.openForReading(folder, project)) {
                assertEquals(expected, new CorpusSearch(opened).search("alone", SearchTarget.TURNS, 0).total());
            }
        } finally {
            folder.toFile().setWritable(true, false);
            index.toFile().setWritable(true, false);
        }
    }

    private void assertRebuiltAndSearchedTwice(IndexState first) throws Exception {
        try (ProjectIndex index = ProjectIndex.open(folder, project)) {
            assertEquals(first, index.state());
            assertEquals(expected, new CorpusSearch(index).search("alone", SearchTarget.TURNS, 0).total());
        }
        try (ProjectIndex index = ProjectIndex.open(folder, project)) {
            assertEquals(IndexState.CURRENT, index.state());
        }
    }

    private void deleteIndex() throws IOException {
        Path index = folder.resolve(ProjectIndex.FOLDER);
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(index);
    }

    private List<String> indexFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve(ProjectIndex.FOLDER))) {
            return files.map(f -> f.getFileName() + ":" + f.toFile().length()).sorted().toList();
        }
    }

    /** The index folder as a read-only disk shows it to Lucene: everything reads, every write is denied. */
    private static final class ReadOnly extends FilterDirectory {

        ReadOnly(Path folder) throws IOException {
            super(FSDirectory.open(folder));
        }

        @Override
        public IndexOutput createOutput(String name, IOContext context) throws IOException {
            throw new AccessDeniedException(name);
        }

        @Override
        public IndexOutput createTempOutput(String prefix, String suffix, IOContext context) throws IOException {
            throw new AccessDeniedException(prefix);
        }

        @Override
        public void deleteFile(String name) throws IOException {
            throw new AccessDeniedException(name);
        }

        @Override
        public void rename(String source, String dest) throws IOException {
            throw new AccessDeniedException(source);
        }

        @Override
        public void sync(Collection<String> names) throws IOException {
            throw new AccessDeniedException(String.valueOf(names));
        }

        @Override
        public Lock obtainLock(String name) throws IOException {
            throw new AccessDeniedException(name);
        }
    }
}
