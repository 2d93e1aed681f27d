package org.sameboat.views.sequence;

import org.sameboat.analysis.sequence.TurnPair;
import org.sameboat.model.Turn;

/**
 * One turn pair behind a cell, as listed.
 *
 * @param pair        the pair
 * @param givenNumber the given turn's number in its document, from 1
 * @param targetNumber the target turn's number, from 1
 * @param givenText   the start of the given turn's text
 * @param targetText  the start of the target turn's text
 */
public record PairRow(TurnPair pair, int givenNumber, int targetNumber, String givenText, String targetText) {

    /** "Ana → Ben": who spoke the given turn, then the target turn. */
    public String speakers() {
        return speaker(pair.given()) + " \u2192 " + speaker(pair.target());
    }

    private static String speaker(Turn turn) {
        return turn.getSpeaker() == null || turn.getSpeaker().getPseudonym() == null ? "?" : turn.getSpeaker().getPseudonym();
    }
}
