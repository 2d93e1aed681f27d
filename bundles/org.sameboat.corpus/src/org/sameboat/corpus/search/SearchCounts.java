package org.sameboat.corpus.search;

import java.util.Collections;
import java.util.Map;

/**
 * Counts over all matches of a search (facets). They cost a doc-values read per match and field, so a search
 * makes them only when asked ({@link CorpusSearch#search(String, SearchTarget, int, boolean)}).
 *
 * @param perCode     matches per code path (excerpt searches only; empty for turns)
 * @param perSpeaker  matches per speaker
 * @param perDocument matches per document name
 */
public record SearchCounts(Map<String, Long> perCode, Map<String, Long> perSpeaker, Map<String, Long> perDocument) {

    public SearchCounts {
        // the maps are made for this record alone; wrapping them spares copying thousands of documents' counts
        perCode = Collections.unmodifiableMap(perCode);
        perSpeaker = Collections.unmodifiableMap(perSpeaker);
        perDocument = Collections.unmodifiableMap(perDocument);
    }
}
