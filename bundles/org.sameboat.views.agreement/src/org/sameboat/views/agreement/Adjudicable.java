package org.sameboat.views.agreement;

import org.sameboat.analysis.project.Disagreement;
import org.sameboat.model.Document;
import org.sameboat.model.Turn;

/**
 * A turn two coders disagree on, with what the consensus coder has for it now.
 *
 * @param document     the document
 * @param turn         the turn
 * @param disagreement the two coders' dynamics and the turn's text, as the analysis reports it
 * @param consensus    the consensus coder's dynamic of the turn ("none" when it has not coded it)
 */
public record Adjudicable(Document document, Turn turn, Disagreement disagreement, String consensus) {

    String key() {
        return document.getId() + "#" + disagreement.turn();
    }
}
