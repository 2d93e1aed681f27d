package org.sameboat.corpus.search;

import java.util.List;
import java.util.Optional;

/**
 * What a search found.
 *
 * @param total    the exact number of matching turns or excerpts
 * @param excerpts whether excerpts (true) or turns were searched
 * @param hits     the best hits, at most the limit asked for
 * @param counts   matches per code, speaker and document, when they were asked for
 */
public record SearchResult(long total, boolean excerpts, List<SearchHit> hits, Optional<SearchCounts> counts) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
