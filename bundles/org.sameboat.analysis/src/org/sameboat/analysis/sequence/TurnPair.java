package org.sameboat.analysis.sequence;

import org.sameboat.model.Document;
import org.sameboat.model.Turn;

/**
 * One pair a lag-sequential table counts: the given turn and the target turn lag turns later, in one document.
 *
 * @param document the document both turns belong to
 * @param given the earlier turn
 * @param target the later turn
 */
public record TurnPair(Document document, Turn given, Turn target) {
}
