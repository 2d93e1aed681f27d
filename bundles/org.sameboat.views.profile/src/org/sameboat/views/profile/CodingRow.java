package org.sameboat.views.profile;

import org.sameboat.model.Coding;
import org.sameboat.model.Document;

/**
 * One coding behind a cell of the profile, as listed.
 *
 * @param coding   the coding
 * @param document its document
 * @param turns    the turn numbers (from 1) it touches: "12", or "12–14"
 * @param text     the coded text
 */
public record CodingRow(Coding coding, Document document, String turns, String text) {

    /** The coder's name. */
    public String coder() {
        return coding.getCoder() == null ? "" : coding.getCoder().getName();
    }
}
