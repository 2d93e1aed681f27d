package org.sameboat.corpus.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.text.DocumentText;
import org.sameboat.model.text.OneLine;

/**
 * The Lucene index of one project, kept in the project folder under {@value #FOLDER}. It is derived data: it can
 * always be rebuilt from the model, and {@link #open} rebuilds it when it is missing, was made from another
 * version of the model (the commit carries a {@link ModelFingerprint}) or cannot be read.
 * <p>
 * One {@link IndexWriter} lives as long as this object; searches go through a {@link SearcherManager} that a
 * background thread refreshes, and wait only for the changes made through this object before they run. Model
 * changes reach the index through the change methods, keyed on element ids; {@link #commit} makes them durable
 * together with the fingerprint of the model they came from.
 * <p>
 * Not safe for concurrent changes; searches may run on any thread. A rebuild indexes with
 * {@link #indexingThreads()} threads.
 */
public final class ProjectIndex implements AutoCloseable {

    static {
        LuceneAdvice.quiet();
    }

    /** The index folder inside a project folder. */
    public static final String FOLDER = "index";
    static final String FINGERPRINT_KEY = "sameboat.fingerprint";
    /** Shared by all indexing threads; a large buffer means fewer, larger segments and less merging. */
    private static final double RAM_BUFFER_MB = 256;
    /** How stale the searcher may become while nobody searches. */
    private static final double BACKGROUND_REFRESH_SECONDS = 60;

    private final Directory directory;
    /** Absent when another program holds the writer and this one only reads the last commit. */
    private final Optional<Writing> writing;
    private final SearcherManager searchers;
    private final Project project;
    private final IndexState openedAs;
    /** Whether the index lives in memory only, because the project folder cannot be written. */
    private final boolean inMemory;
    /** Names behind doc-value ordinals, per segment. */
    private final SegmentNames names = new SegmentNames();
    /** Documents and their texts for hits, which take them from the model rather than from the index. */
    private final HitSources hitSources;
    /**
     * The writer's sequence number of the last change made through this index; searches wait for it. Changes come
     * from the UI thread and from jobs, searches from any thread, and it only grows.
     */
    private final AtomicLong generation = new AtomicLong();

    /** The writer and the thread that refreshes searchers from it. */
    private record Writing(IndexWriter writer, ControlledRealTimeReopenThread<IndexSearcher> refresher) {
    }

    private ProjectIndex(Directory directory, IndexWriter writer, Project project, IndexState openedAs, boolean inMemory)
            throws IOException {
        this.directory = directory;
        this.project = project;
        this.openedAs = openedAs;
        this.inMemory = inMemory;
        this.hitSources = new HitSources(project);
        this.searchers = new SearcherManager(writer, null);
        // every search waits for the changes made so far and gets them at once; refreshing in the background as
        // well (it was every second) flushed a rebuild's buffer into a new small segment each time, to be merged again
        var refresher = new ControlledRealTimeReopenThread<>(writer, searchers, BACKGROUND_REFRESH_SECONDS, 0.0);
        refresher.setName("Sameboat index refresh");
        refresher.setDaemon(true);
        refresher.start();
        this.writing = Optional.of(new Writing(writer, refresher));
    }

    private ProjectIndex(Directory directory, Project project) throws IOException {
        this.directory = directory;
        this.project = project;
        this.openedAs = IndexState.CURRENT;
        this.inMemory = false;
        this.hitSources = new HitSources(project);
        this.searchers = new SearcherManager(directory, null);
        this.writing = Optional.empty();
    }

    /**
     * Opens the index of a project folder for the given (loaded) model, building or rebuilding it when it is
     * missing, stale or unreadable. {@link #state()} says which.
     *
     * @throws IndexException when the folder cannot be written or another program holds the index open
     */
    public static ProjectIndex open(Path projectFolder, Project project) throws IndexException {
        return open(projectFolder, project, IndexStorage.FILES);
    }

    /** As {@link #open(Path, Project)}, with the index kept in the given storage. */
    public static ProjectIndex open(Path projectFolder, Project project, IndexStorage storage) throws IndexException {
        Path folder = projectFolder.resolve(FOLDER);
        Directory directory = null;
        try {
            // the index folder is derived data (README: a project is a folder); anything else in its place is damage
            boolean displaced = Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS);
            if (displaced) {
                Files.delete(folder);
            }
            Files.createDirectories(folder);
            directory = storage.open(folder);
            boolean lockRepaired = IndexHealth.repairLock(directory);
            IndexState found = IndexHealth.inspect(directory, project);
            IndexState state = displaced || lockRepaired && found == IndexState.MISSING ? IndexState.CORRUPT : found;
            if (state == IndexState.CORRUPT) {
                IndexHealth.clear(directory);
            }
            // an index that is rebuilt starts from nothing, so that an older layout's fields cannot clash with the new
            IndexWriter writer = new IndexWriter(directory, config(state == IndexState.CURRENT
                    ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE));
            return started(directory, writer, project, state, false);
        } catch (LockObtainFailedException e) {
            IndexHealth.closeQuietly(directory);
            throw new IndexException("the index in " + folder + " is in use by another Sameboat; close it and try again", e);
        } catch (IOException | RuntimeException e) {
            IndexHealth.closeQuietly(directory);
            throw new IndexException("cannot open the index in " + folder + ": " + OneLine.of(e), e);
        }
    }

    /** Starts searching on a new writer and builds the index when it has to; on failure the writer is let go. */
    private static ProjectIndex started(Directory directory, IndexWriter writer, Project project, IndexState state, boolean inMemory)
            throws IOException, IndexException {
        ProjectIndex index;
        try {
            index = new ProjectIndex(directory, writer, project, state, inMemory);
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            throw e;
        }
        if (state.rebuilt()) {
            try {
                index.rebuild();
            } catch (IndexException e) {
                // release the writer and its lock; the next open finds no current commit and tries again
                closeAfterFailure(index, e);
                throw e;
            }
        }
        return index;
    }

    /**
     * Opens the index for searching. When another program (a workbench, another command) holds the writer, the
     * last commit is searched as it is, provided it reflects this very model; {@link #isReadOnly()} then says so
     * and the change methods refuse. When the project folder cannot be written (a read-only disk, no permission),
     * a current index is searched as it is, and one that is missing, stale or damaged is built in memory from the
     * model for this search alone ({@link #isInMemory()}); nothing is written to the folder either way.
     *
     * @throws IndexException when the index is in use and out of date, or cannot be opened at all
     */
    public static ProjectIndex openForReading(Path projectFolder, Project project) throws IndexException {
        return openForReading(projectFolder, project, IndexStorage.FILES);
    }

    /** As {@link #openForReading(Path, Project)}, with the index kept in the given storage. */
    public static ProjectIndex openForReading(Path projectFolder, Project project, IndexStorage storage) throws IndexException {
        Path folder = projectFolder.resolve(FOLDER);
        boolean inUse;
        try {
            return open(projectFolder, project, storage);
        } catch (IndexException e) {
            inUse = e.getCause() instanceof LockObtainFailedException;
            if (!inUse && !IndexHealth.cannotWrite(e, folder)) {
                throw e;
            }
        }
        Directory directory = null;
        try {
            IndexState found = IndexState.MISSING;
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                directory = storage.open(folder);
                found = IndexHealth.inspect(directory, project);
                if (found == IndexState.CURRENT) {
                    return new ProjectIndex(directory, project);
                }
                directory.close();
                directory = null;
            }
            if (inUse) {
                throw new IndexException("the index in " + folder + " is in use by another Sameboat and does not reflect this "
                        + "version of the project yet; close the other program (or let it save) and try again", null);
            }
            directory = new ByteBuffersDirectory();
            IndexWriter writer = new IndexWriter(directory, config(IndexWriterConfig.OpenMode.CREATE));
            return started(directory, writer, project, found, true);
        } catch (IOException | RuntimeException e) {
            IndexHealth.closeQuietly(directory);
            throw new IndexException("cannot open the index in " + folder + ": " + OneLine.of(e), e);
        } catch (IndexException e) {
            IndexHealth.closeQuietly(directory);
            throw e;
        }
    }

    /** Whether this index was built in memory because the project folder cannot be written; it is not kept. */
    public boolean isInMemory() {
        return inMemory;
    }

    /** Whether this index only reads a commit that another program's writer made. */
    public boolean isReadOnly() {
        return writing.isEmpty();
    }

    private IndexWriter writer() {
        return writing.orElseThrow(() -> new IllegalStateException("this index was opened for reading only")).writer();
    }

    /**
     * How the index writer is set up; the search benchmark gives its bare Lucene writer the same settings. Names
     * are indexed as ready-made terms, so the writer needs the word analyzer alone.
     */
    public static IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig config = new IndexWriterConfig(CorpusAnalyzer.words());
        config.setOpenMode(mode);
        config.setRAMBufferSizeMB(RAM_BUFFER_MB);
        config.setCommitOnClose(false);
        return config;
    }

    /** How many threads a rebuild indexes with: one per core, up to four. */
    public static int indexingThreads() {
        return ParallelIndexer.threads();
    }

    /** What opening found. */
    public IndexState state() {
        return openedAs;
    }

    /** The model this index reflects. */
    public Project project() {
        return project;
    }

    /** Names behind doc-value ordinals, kept per segment. */
    SegmentNames names() {
        return names;
    }

    /** The model document with this id, if the model still has it. */
    Optional<Document> document(String id) {
        return hitSources.document(id);
    }

    /** A document's text addressed by code points, made once per text. */
    DocumentText text(Document document) {
        return hitSources.text(document);
    }

    /** Drops everything and indexes the whole model again, on {@link #indexingThreads()} threads, then commits. */
    public void rebuild() throws IndexException {
        String fingerprint;
        try {
            reached(writer().deleteAll());
            String[] alongside = new String[1];
            // this thread only waits for the indexing threads, so it works out the fingerprint meanwhile
            reached(ParallelIndexer.addAll(writer(), project.getDocuments(), () -> alongside[0] = ModelFingerprint.of(project)));
            fingerprint = alongside[0];
        } catch (IOException e) {
            throw failure("rebuild", e);
        }
        commit(fingerprint);
    }

    /** New documents, e.g. after an import: indexed on {@link #indexingThreads()} threads, as a rebuild is. */
    public void documentsAdded(Collection<Document> documents) throws IndexException {
        if (documents.isEmpty()) {
            return;
        }
        try {
            // entries the index may already hold for them (added another way, or by an undone removal) are replaced,
            // not doubled: one delete for all, before the threads add them
            List<BytesRef> ids = documents.stream().map(d -> new BytesRef(d.getId())).toList();
            reached(writer().deleteDocuments(new TermInSetQuery(SearchFields.DOC_ID, ids)));
            reached(ParallelIndexer.addAll(writer(), List.copyOf(documents), () -> { }));
        } catch (IOException e) {
            throw failure("update", e);
        }
    }

    /** Re-indexes one document: its turns and excerpts, replaced in one step so that no search sees it missing. */
    public void documentChanged(Document document) throws IndexException {
        try {
            reached(writer().updateDocuments(new Term(SearchFields.DOC_ID, document.getId()), IndexDocuments.of(document)));
        } catch (IOException e) {
            throw failure("update", e);
        }
    }

    /** Removes a document that left the model. */
    public void documentRemoved(String documentId) throws IndexException {
        delete(new Term(SearchFields.DOC_ID, documentId));
    }

    /** Re-indexes the excerpts of one document, e.g. after auto-coding or its undo. */
    public void codingsChanged(Document document) throws IndexException {
        try {
            Query excerptsOfDocument = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(SearchFields.DOC_ID, document.getId())), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(SearchFields.KIND, SearchFields.KIND_EXCERPT)), BooleanClause.Occur.FILTER).build();
            reached(writer().updateDocuments(excerptsOfDocument, IndexDocuments.excerpts(document)));
        } catch (IOException e) {
            throw failure("update", e);
        }
    }

    /** A new or edited coding (range, code, coder). */
    public void codingChanged(Coding coding) throws IndexException {
        Document document = coding.getDocument();
        if (document == null || document.getText() == null) {
            return;
        }
        try {
            // the cached text: a renamed code re-indexes every excerpt of it, and scanning the text for each was quadratic
            var doc = IndexDocuments.excerpt(document, text(document), coding);
            Term key = new Term(SearchFields.EXCERPT_KEY, coding.getId());
            reached(doc.isPresent() ? writer().updateDocument(key, doc.get()) : writer().deleteDocuments(key));
        } catch (IOException e) {
            throw failure("update", e);
        }
    }

    /** A coding that left the model. */
    public void codingRemoved(String codingId) throws IndexException {
        delete(new Term(SearchFields.EXCERPT_KEY, codingId));
    }

    /** A renamed or moved code: its excerpts and those of its descendants carry new names and paths. */
    public void codeChanged(Code code) throws IndexException {
        Set<Code> affected = new HashSet<>(CodePaths.allCodes(project).stream()
                .filter(c -> CodePaths.selfAndAncestors(c).contains(code)).toList());
        for (Document document : project.getDocuments()) {
            for (Coding coding : document.getCodings()) {
                if (affected.contains(coding.getCode())) {
                    codingChanged(coding);
                }
            }
        }
    }

    /** A renamed participant or changed role: every turn and excerpt they speak in. */
    public void participantChanged(Participant participant) throws IndexException {
        for (Document document : project.getDocuments()) {
            for (Turn turn : document.getTurns()) {
                if (turn.getSpeaker() == participant) {
                    documentChanged(document);
                    break;
                }
            }
        }
    }

    /** Makes all changes durable, recording the fingerprint of the model as it is now. */
    public void commit() throws IndexException {
        commit(ModelFingerprint.of(project));
    }

    private void commit(String fingerprint) throws IndexException {
        try {
            writer().setLiveCommitData(Map.of(FINGERPRINT_KEY, fingerprint).entrySet());
            reached(writer().commit());
        } catch (IOException e) {
            throw failure("commit", e);
        }
    }

    /**
     * Runs work against a searcher that sees every change made through this index so far; the searcher is
     * released afterwards whatever happens.
     */
    public <T> T withSearcher(SearcherWork<T> work) throws IndexException {
        if (writing.isPresent()) {
            try {
                writing.get().refresher().waitForGeneration(generation.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IndexException("interrupted while waiting for the index", e);
            }
        }
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw failure("search", e);
        }
        try {
            return work.run(searcher);
        } catch (IOException e) {
            throw failure("search", e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                // releasing only drops a reference; a failure here leaves nothing to repair
            }
        }
    }

    /** Work done with a searcher. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException, IndexException;
    }

    private void delete(Term term) throws IndexException {
        try {
            reached(writer().deleteDocuments(term));
        } catch (IOException e) {
            throw failure("update", e);
        }
    }

    private void reached(long sequenceNumber) {
        generation.accumulateAndGet(sequenceNumber, Math::max);
    }

    private static IndexException failure(String what, Exception e) {
        return new IndexException("index " + what + " failed: " + OneLine.of(e), e);
    }

    /** Uncommitted changes are dropped; the next open finds the commit's fingerprint stale and rebuilds. */
    @Override
    public void close() throws IndexException {
        List<Exception> failures = new ArrayList<>();
        writing.ifPresent(w -> w.refresher().close());
        try {
            searchers.close();
        } catch (IOException e) {
            failures.add(e);
        }
        if (writing.isPresent()) {
            try {
                writing.get().writer().rollback();
            } catch (IOException e) {
                failures.add(e);
            }
        }
        try {
            directory.close();
        } catch (IOException e) {
            failures.add(e);
        }
        if (!failures.isEmpty()) {
            throw failure("close", failures.get(0));
        }
    }

    private static void closeAfterFailure(ProjectIndex index, IndexException failure) {
        try {
            index.close();
        } catch (IndexException e) {
            failure.addSuppressed(e);
        }
    }
}
