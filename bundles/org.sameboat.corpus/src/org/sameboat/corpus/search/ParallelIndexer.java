package org.sameboat.corpus.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.index.IndexWriter;
import org.sameboat.model.Document;

/**
 * Adds documents to a writer on several threads, each taking the next document; IndexWriter is made for that.
 * A rebuild and a large import both come through here.
 */
final class ParallelIndexer {

    private ParallelIndexer() {
    }

    /** How many threads indexing uses: one per core, up to four. */
    static int threads() {
        return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Indexes documents while the calling thread does other work; returns the last sequence number. Each thread
     * ends by flushing a buffer, so that the commit, which flushes what is left on its own thread, finds little left.
     */
    static long addAll(IndexWriter writer, List<Document> documents, Runnable meanwhile) throws IOException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong last = new AtomicLong(-1);
        AtomicBoolean failed = new AtomicBoolean();
        int threads = Math.min(threads(), Math.max(1, documents.size()));
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("Sameboat indexing ", 1).factory())) {
            List<Future<Void>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    try {
                        for (int i = next.getAndIncrement(); i < documents.size() && !failed.get(); i = next.getAndIncrement()) {
                            last.accumulateAndGet(writer.addDocuments(IndexDocuments.of(documents.get(i))), Math::max);
                        }
                        writer.flushNextBuffer();
                    } catch (IOException | RuntimeException e) {
                        failed.set(true);
                        throw e;
                    }
                    return null;
                }));
            }
            try {
                meanwhile.run();
            } catch (RuntimeException e) {
                failed.set(true);
                throw e;
            }
            for (Future<Void> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.set(true);
            throw new IOException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
        return last.get();
    }
}
