package org.sameboat.interop.refi;

import org.sameboat.model.text.DocumentText;

/**
 * A source text as a REFI file holds it, with the conversion of REFI positions to Sameboat offsets.
 * <p>
 * REFI positions count characters of the plain text as exported. We read them as Unicode code points of the
 * text exactly as stored (after a leading byte-order mark, which is no character of the text): a CRLF line end
 * counts as two characters there. Sameboat stores the LF-normalised text, so a position is mapped to the number
 * of normalised code points produced by the raw characters before it; a position between CR and LF maps to just
 * after the line end. The export writes LF-only UTF-8 text, where both conventions coincide.
 */
final class RefiText {

    private final String normalised;
    private final int rawLength;
    private final int rawUtf16Length;
    /** Normalised offset of every raw code-point boundary 0..rawLength; null when the text had no CR. */
    private final int[] offsets;

    private RefiText(String normalised, int rawLength, int rawUtf16Length, int[] offsets) {
        this.normalised = normalised;
        this.rawLength = rawLength;
        this.rawUtf16Length = rawUtf16Length;
        this.offsets = offsets;
    }

    static RefiText of(String raw) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        int rawLength = text.codePointCount(0, text.length());
        if (text.indexOf('\r') < 0) {
            return new RefiText(text, rawLength, text.length(), null);
        }
        int[] offsets = new int[rawLength + 1];
        int produced = 0;
        int rawIndex = 0;
        boolean afterCr = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            offsets[rawIndex++] = produced;
            if (!(cp == '\n' && afterCr)) {
                produced++;
            }
            afterCr = cp == '\r';
            i += Character.charCount(cp);
        }
        offsets[rawLength] = produced;
        return new RefiText(DocumentText.normalise(text), rawLength, text.length(), offsets);
    }

    /** The text as Sameboat stores it. */
    String normalised() {
        return normalised;
    }

    /** Length in REFI characters. */
    int rawLength() {
        return rawLength;
    }

    /** Length in UTF-16 units, which some exporters count instead of characters. */
    int rawUtf16Length() {
        return rawUtf16Length;
    }

    /** Whether [start, end) is a usable selection of this text. */
    boolean contains(long start, long end) {
        return 0 <= start && start < end && end <= rawLength;
    }

    /** The Sameboat offset of a REFI position inside the text. */
    int offset(long position) {
        return offsets == null ? (int) position : offsets[(int) position];
    }
}
