package org.sameboat.ui.widgets;

/**
 * Snaps a selection to whole words, as MAXQDA does by default: an end inside a word moves out to the word's
 * border, and spaces at the ends are dropped. Works on UTF-16 indexes of the widget's text.
 */
public final class WordSnap {

    private WordSnap() {
    }

    /** The snapped {start, end}; the range as given when it holds nothing but spaces. */
    public static int[] snap(String text, int start, int end) {
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return new int[] {start, end};
        }
        while (from > 0 && inWord(text.charAt(from - 1)) && inWord(text.charAt(from))) {
            from--;
        }
        while (to < text.length() && inWord(text.charAt(to - 1)) && inWord(text.charAt(to))) {
            to++;
        }
        return new int[] {from, to};
    }

    /** Letters, digits, marks and the apostrophes and hyphens inside words ("didn't", "self-help"). */
    private static boolean inWord(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '\'' || c == '\u2019'
                || c == '-' || Character.isSurrogate(c);
    }
}
