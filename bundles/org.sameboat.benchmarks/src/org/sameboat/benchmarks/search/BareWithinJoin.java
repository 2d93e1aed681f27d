package org.sameboat.benchmarks.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * "A within n turns of B" answered by a plain Lucene program on Sameboat's index, for the benchmark: B's excerpts
 * are gathered by document and turn from doc values, then A's are searched; each one with a B excerpt (another
 * entry) in the same document at most n turns away is counted, and the best 20 by score are kept. It reads the
 * index's field names and nothing of Sameboat's search code.
 */
final class BareWithinJoin {

    private static final String DOCUMENT = "docid";
    private static final String TURN = "turn";
    private static final int TOP = 20;

    /** An excerpt as the join needs it: its entry number and turn. */
    private record Excerpt(int entry, long turn) {
    }

    private BareWithinJoin() {
    }

    /** What the join found: how many A excerpts relate, and the best 20 of them, best first. */
    record Result(long total, List<ScoreDoc> top) {
    }

    static Result run(IndexSearcher searcher, Query a, Query b, int turns) throws IOException {
        Map<String, List<Excerpt>> bByDocument = new HashMap<>();
        for (Pass pass : searcher.search(b, new Passes(Map.of(), turns, ScoreMode.COMPLETE_NO_SCORES))) {
            pass.gathered.forEach((document, excerpts) -> bByDocument.computeIfAbsent(document, d -> new ArrayList<>()).addAll(excerpts));
        }
        long count = 0;
        PriorityQueue<ScoreDoc> best = new PriorityQueue<>((x, y) -> Float.compare(x.score, y.score));
        for (Pass pass : searcher.search(a, new Passes(bByDocument, turns, ScoreMode.COMPLETE))) {
            count += pass.related;
            for (ScoreDoc hit : pass.best) {
                keep(best, hit);
            }
        }
        List<ScoreDoc> top = new ArrayList<>(best);
        top.sort((x, y) -> Float.compare(y.score, x.score));
        return new Result(count, top);
    }

    private static void keep(PriorityQueue<ScoreDoc> best, ScoreDoc hit) {
        best.add(hit);
        if (best.size() > TOP) {
            best.poll();
        }
    }

    /** One pass per slice of the index. */
    private record Passes(Map<String, List<Excerpt>> others, int turns, ScoreMode mode) implements CollectorManager<Pass, List<Pass>> {
        @Override
        public Pass newCollector() {
            return new Pass(others, turns, mode);
        }

        @Override
        public List<Pass> reduce(Collection<Pass> collectors) {
            return List.copyOf(collectors);
        }
    }

    /**
     * Without other excerpts to relate to, gathers the matches by document; with them, counts and ranks the matches
     * that relate.
     */
    private static final class Pass extends SimpleCollector {
        private final Map<String, List<Excerpt>> others;
        private final int turns;
        private final ScoreMode mode;
        private final Map<String, List<Excerpt>> gathered = new HashMap<>();
        private final PriorityQueue<ScoreDoc> best = new PriorityQueue<>((x, y) -> Float.compare(x.score, y.score));
        private long related;
        private Scorable scorer;
        private SortedDocValues documents;
        private SortedNumericDocValues turnNumbers;
        /** Document ids by ordinal in the current segment, looked up once each. */
        private String[] names;
        private int docBase;

        Pass(Map<String, List<Excerpt>> others, int turns, ScoreMode mode) {
            this.others = others;
            this.turns = turns;
            this.mode = mode;
        }

        @Override
        public ScoreMode scoreMode() {
            return mode;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            documents = DocValues.getSorted(context.reader(), DOCUMENT);
            turnNumbers = DocValues.getSortedNumeric(context.reader(), TURN);
            names = new String[documents.getValueCount()];
            docBase = context.docBase;
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!documents.advanceExact(doc)) {
                return;
            }
            int ord = documents.ordValue();
            if (names[ord] == null) {
                names[ord] = documents.lookupOrd(ord).utf8ToString();
            }
            Excerpt excerpt = new Excerpt(docBase + doc, turnNumbers.advanceExact(doc) ? turnNumbers.nextValue() : 0);
            if (mode == ScoreMode.COMPLETE_NO_SCORES) {
                gathered.computeIfAbsent(names[ord], n -> new ArrayList<>()).add(excerpt);
                return;
            }
            for (Excerpt other : others.getOrDefault(names[ord], List.of())) {
                if (other.entry() != excerpt.entry() && excerpt.turn() > 0 && other.turn() > 0
                        && Math.abs(excerpt.turn() - other.turn()) <= turns) {
                    related++;
                    keep(best, new ScoreDoc(excerpt.entry(), scorer.score()));
                    return;
                }
            }
        }
    }
}
