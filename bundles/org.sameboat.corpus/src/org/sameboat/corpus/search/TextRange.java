package org.sameboat.corpus.search;

/**
 * A half-open range [start, end) of a document's text in Sameboat's offsets (code points of the normalised text).
 */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + "-" + end);
        }
    }
}
