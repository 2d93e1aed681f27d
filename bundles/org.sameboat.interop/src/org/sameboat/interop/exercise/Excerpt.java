package org.sameboat.interop.exercise;

import org.sameboat.model.Document;
import org.sameboat.model.text.DocumentText;

/**
 * Turns of one document an exercise holds: a whole document, or a run of its turns, which the exercise holds as a
 * document of its own.
 *
 * @param document the document
 * @param first the first turn, counted from 1
 * @param last the last turn, inclusive
 */
public record Excerpt(Document document, int first, int last) {

    /** Checks the turn numbers against the document. */
    public Excerpt {
        int turns = document.getTurns().size();
        boolean whole = first == 1 && last == turns;
        if (!whole && (first < 1 || last < first || last > turns)) {
            throw new IllegalArgumentException("turns " + first + "-" + last + " are not turns of '" + document.getName() + "', which has "
                    + turns + " turn(s)");
        }
    }

    /** @return the whole document */
    public static Excerpt whole(Document document) {
        return new Excerpt(document, 1, document.getTurns().size());
    }

    /** @return whether it is the whole document */
    public boolean isWhole() {
        return first == 1 && last == document.getTurns().size();
    }

    /** @return where it starts in the document's text (code points); a whole document from its header on */
    public int start() {
        return isWhole() ? 0 : document.getTurns().get(first - 1).getStart();
    }

    /** @return where it ends in the document's text (code points, exclusive) */
    public int end() {
        return isWhole() ? DocumentText.of(document.getText()).length() : document.getTurns().get(last - 1).getEnd();
    }
}
