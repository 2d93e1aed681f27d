package org.sameboat.model.text;

import java.util.Objects;

/**
 * A document's text addressed in Sameboat's one offset convention: Unicode code points of the
 * LF-normalised text, ranges half-open.
 * <p>
 * Java strings index UTF-16 units, so a text with characters outside the Basic Multilingual Plane (emoji,
 * some CJK) needs a mapping; texts without any keep the identity mapping and pay nothing.
 */
public final class DocumentText {

    private final String text;
    private final int length;
    /** UTF-16 index of every code point, plus one past the end; null when the two coincide. */
    private final int[] charIndexOfCodePoint;

    private DocumentText(String text) {
        this.text = text;
        this.length = text.codePointCount(0, text.length());
        this.charIndexOfCodePoint = length == text.length() ? null : mapCodePoints(text, length);
    }

    /** Wraps an already normalised text. */
    public static DocumentText of(String normalisedText) {
        return new DocumentText(Objects.requireNonNull(normalisedText, "text"));
    }

    /**
     * Brings raw imported text into the stored form: a leading byte-order mark is dropped and CRLF or lone
     * CR line ends become LF. Nothing else changes (no Unicode normalisation, no trimming).
     */
    public static String normalise(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int[] mapCodePoints(String text, int codePoints) {
        int[] map = new int[codePoints + 1];
        int charIndex = 0;
        for (int cp = 0; cp < codePoints; cp++) {
            map[cp] = charIndex;
            charIndex += Character.charCount(text.codePointAt(charIndex));
        }
        map[codePoints] = text.length();
        return map;
    }

    /** The text itself. */
    public String string() {
        return text;
    }

    /** Length in code points. */
    public int length() {
        return length;
    }

    /** Whether [start, end) is a valid range of this text. */
    public boolean contains(int start, int end) {
        return 0 <= start && start <= end && end <= length;
    }

    /** The text of the code-point range [start, end). */
    public String slice(int start, int end) {
        if (!contains(start, end)) {
            throw new IndexOutOfBoundsException("range " + start + "-" + end + " is outside the text (length " + length + ")");
        }
        return text.substring(charIndex(start), charIndex(end));
    }

    /** UTF-16 index of a code-point offset (0..length). */
    public int charIndex(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > length) {
            throw new IndexOutOfBoundsException("offset " + codePointOffset + " is outside the text (length " + length + ")");
        }
        return charIndexOfCodePoint == null ? codePointOffset : charIndexOfCodePoint[codePointOffset];
    }

    /** Code-point offset of a UTF-16 index (0..string length); an index inside a surrogate pair rounds down. */
    public int codePointOffset(int charIndex) {
        if (charIndex < 0 || charIndex > text.length()) {
            throw new IndexOutOfBoundsException("index " + charIndex + " is outside the text (" + text.length() + " chars)");
        }
        if (charIndexOfCodePoint == null) {
            return charIndex;
        }
        int found = java.util.Arrays.binarySearch(charIndexOfCodePoint, charIndex);
        return found >= 0 ? found : -found - 2;
    }
}
