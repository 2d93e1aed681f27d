package org.sameboat.corpus.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found.
 *
 * @param total       the exact number of matching turns or excerpts
 * @param excerpts    whether excerpts (true) or turns were searched
 * @param hits        the best hits, at most the limit asked for
 * @param perCode     matches per code path, over all matches (excerpt searches only)
 * @param perSpeaker  matches per speaker, over all matches
 * @param perDocument matches per document name, over all matches
 */
public record SearchResult(long total, boolean excerpts, List<SearchHit> hits, Map<String, Long> perCode,
        Map<String, Long> perSpeaker, Map<String, Long> perDocument) {

    public SearchResult {
        hits = List.copyOf(hits);
        perCode = Map.copyOf(perCode);
        perSpeaker = Map.copyOf(perSpeaker);
        perDocument = Map.copyOf(perDocument);
    }
}
