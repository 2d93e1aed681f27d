package org.sameboat.analysis.project;

/**
 * A turn to adjudicate: two coders gave it different dynamics.
 *
 * @param documentId the document's id, which names it uniquely (two sessions may share a name)
 * @param document the document's name, for people
 * @param turn the turn's number in its document, from 1
 * @param speaker the speaker's pseudonym, empty if the turn has none
 * @param first the first coder's label
 * @param second the second coder's label
 * @param text the turn's text, empty if the document's text is not loaded
 */
public record Disagreement(String documentId, String document, int turn, String speaker, String first, String second, String text) {
}
