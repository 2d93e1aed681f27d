package org.sameboat.views.cooccurrence;

import org.sameboat.model.Document;

/**
 * One place where two codes occur together (or, on the diagonal, where one code occurs).
 *
 * @param document the document
 * @param start    first code point of the excerpt
 * @param end      one past its last code point
 * @param turns    the turn numbers (from 1) it lies in: "12", or "12–14" for a window
 * @param speaker  the speaker, or the speakers of a window
 * @param text     the excerpt's text
 */
public record Excerpt(Document document, int start, int end, String turns, String speaker, String text) {

    /** The document's name, as listed. */
    public String documentName() {
        return document.getName();
    }
}
