package org.sameboat.ui.api;

import org.sameboat.model.Document;

/**
 * One hit of a corpus search, as put into the selection by the search view.
 *
 * @param document the document hit
 * @param start    first code point of the hit
 * @param end      one past its last code point
 * @param fragment the hit's text with matches marked, for display
 */
public record SearchHit(Document document, int start, int end, String fragment) {
}
