package org.sameboat.corpus.search;

/** What a search looks at. */
public enum SearchTarget {
    /** Speaker turns. */
    TURNS,
    /** Coded excerpts. */
    EXCERPTS,
    /** Excerpts when the query names a code or coder or relates codes, else turns. */
    AUTO
}
