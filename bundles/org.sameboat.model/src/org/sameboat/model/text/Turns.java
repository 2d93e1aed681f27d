package org.sameboat.model.text;

import java.util.List;
import java.util.Optional;

import org.sameboat.model.Document;
import org.sameboat.model.Turn;

/** Finding turns by offset. Turns of a document are kept in text order and do not overlap. */
public final class Turns {

    private Turns() {
    }

    /** The turn whose range contains the offset, if any. Binary search: turns are sorted by start. */
    public static Optional<Turn> at(Document document, int offset) {
        int index = indexAt(document.getTurns(), offset);
        return index < 0 ? Optional.empty() : Optional.of(document.getTurns().get(index));
    }

    /** Index of the turn containing offset, or -1. A turn [s, e) contains s..e-1; an empty turn contains nothing. */
    public static int indexAt(List<Turn> turns, int offset) {
        int low = 0;
        int high = turns.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Turn turn = turns.get(mid);
            if (offset < turn.getStart()) {
                high = mid - 1;
            } else if (offset >= turn.getEnd()) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * The turn a coded range belongs to: the turn containing its first character, else the first turn that
     * starts inside the range. Empty when the range touches no turn.
     */
    public static Optional<Turn> forRange(Document document, int start, int end) {
        Optional<Turn> containing = at(document, start);
        if (containing.isPresent()) {
            return containing;
        }
        for (Turn turn : document.getTurns()) {
            if (turn.getStart() >= start && turn.getStart() < end) {
                return Optional.of(turn);
            }
            if (turn.getStart() >= end) {
                break;
            }
        }
        return Optional.empty();
    }
}
