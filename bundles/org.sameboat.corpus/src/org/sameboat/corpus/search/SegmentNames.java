package org.sameboat.corpus.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;

/**
 * The strings behind the ordinals of sorted doc values (document ids and names, speakers, code paths), kept per
 * segment once looked up. Looking an ordinal up decompresses a block of the terms dictionary; a search that counts
 * per document or joins excerpts by document would otherwise do that for every document of every query. Segments
 * never change, so an entry stays right until its segment is closed, when it is dropped.
 */
final class SegmentNames {

    private record Key(Object segment, String field) {
    }

    private final Map<Key, String[]> names = new ConcurrentHashMap<>();
    private final Map<Object, Boolean> watched = new ConcurrentHashMap<>();

    /** The names of one field in one segment, to be read with {@link Names#of(int)}. */
    Names of(LeafReader reader, String field) throws IOException {
        SortedDocValues values = reader.getSortedDocValues(field);
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (values == null) {
            return new Names(DocValues.emptySorted(), new String[0]);
        }
        if (helper == null) {
            // a reader without a stable core (none of Sameboat's) gets names for this search only
            return new Names(values, new String[values.getValueCount()]);
        }
        Object segment = helper.getKey();
        if (watched.putIfAbsent(segment, Boolean.TRUE) == null) {
            helper.addClosedListener(closed -> {
                names.keySet().removeIf(k -> k.segment() == closed);
                watched.remove(closed);
            });
        }
        return new Names(values, names.computeIfAbsent(new Key(segment, field), k -> new String[values.getValueCount()]));
    }

    /** Doc values of one field in one segment and the names known so far; filled in as ordinals are asked for. */
    static final class Names {
        private final SortedDocValues values;
        private final String[] known;

        private Names(SortedDocValues values, String[] known) {
            this.values = values;
            this.known = known;
        }

        /** The doc values, positioned by the caller with {@code advanceExact}. */
        SortedDocValues values() {
            return values;
        }

        /** The name of an ordinal; two threads may look the same one up, and both store the same string. */
        String of(int ord) throws IOException {
            String name = known[ord];
            if (name == null) {
                name = values.lookupOrd(ord).utf8ToString();
                known[ord] = name;
            }
            return name;
        }

        /** The name of a document's value, or null when it has none. */
        String at(int doc) throws IOException {
            return values.advanceExact(doc) ? of(values.ordValue()) : null;
        }
    }
}
