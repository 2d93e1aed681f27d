package org.sameboat.corpus.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts every match per code, speaker and document from doc values, and the exact total. Counting happens per
 * segment by ordinal; the names of the ordinals counted are read when the segment is finished, from
 * {@link SegmentNames}.
 */
final class FacetCounter implements CollectorManager<FacetCounter.PerThread, FacetCounter.Counts> {

    record Counts(long total, Map<String, Long> perCode, Map<String, Long> perSpeaker, Map<String, Long> perDocument) {
    }

    private final SegmentNames names;

    FacetCounter(SegmentNames names) {
        this.names = names;
    }

    @Override
    public PerThread newCollector() {
        return new PerThread(names);
    }

    @Override
    public Counts reduce(Collection<PerThread> collectors) {
        long total = 0;
        Map<String, Long> code = new HashMap<>();
        Map<String, Long> speaker = new HashMap<>();
        Map<String, Long> document = new HashMap<>();
        for (PerThread c : collectors) {
            total += c.total;
            c.code.forEach((k, v) -> code.merge(k, v, Long::sum));
            c.speaker.forEach((k, v) -> speaker.merge(k, v, Long::sum));
            c.document.forEach((k, v) -> document.merge(k, v, Long::sum));
        }
        return new Counts(total, code, speaker, document);
    }

    static final class PerThread implements Collector {
        private final SegmentNames names;
        private final Map<String, Long> code = new HashMap<>();
        private final Map<String, Long> speaker = new HashMap<>();
        private final Map<String, Long> document = new HashMap<>();
        private long total;

        PerThread(SegmentNames names) {
            this.names = names;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            Field codes = new Field(names.of(context.reader(), SearchFields.CODE_PATH), code);
            Field speakers = new Field(names.of(context.reader(), SearchFields.SPEAKER_NAME), speaker);
            Field documents = new Field(names.of(context.reader(), SearchFields.DOC_NAME), document);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                    // counting needs no scores
                }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    codes.collect(doc);
                    speakers.collect(doc);
                    documents.collect(doc);
                }

                @Override
                public void finish() throws IOException {
                    codes.finish();
                    speakers.finish();
                    documents.finish();
                }
            };
        }

        /** One counted field in one segment. */
        private static final class Field {
            private final SegmentNames.Names names;
            private final SortedDocValues values;
            private final int[] counts;
            private final Map<String, Long> into;

            Field(SegmentNames.Names names, Map<String, Long> into) {
                this.names = names;
                this.values = names.values();
                this.counts = new int[values.getValueCount()];
                this.into = into;
            }

            void collect(int doc) throws IOException {
                if (values.advanceExact(doc)) {
                    counts[values.ordValue()]++;
                }
            }

            void finish() throws IOException {
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        into.merge(names.of(ord), (long) counts[ord], Long::sum);
                    }
                }
            }
        }
    }
}
