package org.sameboat.analysis.cooccurrence;

import java.util.Locale;

/**
 * When two codes co-occur.
 *
 * @param kind overlapping codings, the same turn, or a window of turns
 * @param window the window's length in turns (1 for {@link Kind#TURN}, 0 for {@link Kind#OVERLAP})
 */
public record Mode(Kind kind, int window) {

    /** The unit of co-occurrence. */
    public enum Kind {
        /** Two codings co-occur when they share at least one character. */
        OVERLAP,
        /** Two codes co-occur in a turn when codings of both touch it. */
        TURN,
        /** Two codes co-occur in a window of consecutive turns when codings of both touch it. */
        WINDOW
    }

    /** Checks that the window fits the kind. */
    public Mode {
        if (kind == Kind.OVERLAP && window != 0 || kind == Kind.TURN && window != 1) {
            throw new IllegalArgumentException(kind + " takes no window length");
        }
        if (kind == Kind.WINDOW && window < 1) {
            throw new IllegalArgumentException("a window spans at least 1 turn, not " + window);
        }
    }

    /** @return co-occurrence of overlapping codings */
    public static Mode overlap() {
        return new Mode(Kind.OVERLAP, 0);
    }

    /** @return co-occurrence in the same turn */
    public static Mode turn() {
        return new Mode(Kind.TURN, 1);
    }

    /**
     * @param turns the window's length, at least 1 (1 is the same as {@link #turn()})
     * @return co-occurrence within a window of that many consecutive turns
     */
    public static Mode window(int turns) {
        return new Mode(Kind.WINDOW, turns);
    }

    /**
     * @param text "overlap", "turn" or "window:N"
     * @return the mode
     * @throws IllegalArgumentException if the text is none of these
     */
    public static Mode parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("overlap")) {
            return overlap();
        }
        if (t.equals("turn")) {
            return turn();
        }
        if (t.startsWith("window:")) {
            try {
                return window(Integer.parseInt(t.substring("window:".length())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("window:N needs a whole number of turns, not '" + text + "'");
            }
        }
        throw new IllegalArgumentException("mode must be overlap, turn or window:N, not '" + text + "'");
    }

    @Override
    public String toString() {
        return kind == Kind.WINDOW ? "window:" + window : kind.name().toLowerCase(Locale.ROOT);
    }
}
