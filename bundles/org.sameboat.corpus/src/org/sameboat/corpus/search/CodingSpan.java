package org.sameboat.corpus.search;

/** What auto-coding codes for each hit. */
public enum CodingSpan {
    /** The hit's whole turn (or, for an excerpt hit, the excerpt). */
    TURN,
    /** Each run of matched words; a hit with no matched words (e.g. only speaker:…) gets its whole turn. */
    MATCH
}
