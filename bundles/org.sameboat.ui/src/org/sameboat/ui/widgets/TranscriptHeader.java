package org.sameboat.ui.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header lines a transcript starts with ("#title: …", "#group: …", as the turn-text import reads them) and
 * where the talk after them begins. The document keeps them, so codings' offsets count them; the transcript
 * shows them as a block above the turns.
 */
public record TranscriptHeader(List<Field> fields, int bodyStart) {

    /** One header line: its key as written (lower case) and its value. */
    public record Field(String key, String value) {
    }

    public static final TranscriptHeader NONE = new TranscriptHeader(List.of(), 0);

    // the import's own header pattern (TurnTextParser): '#', a key of letters, a colon, the value
    private static final Pattern LINE = Pattern.compile("#\\s*([A-Za-z]+)\\s*:\\s*(.*)", Pattern.DOTALL);

    /** The header at the start of a text, with the blank lines after it; none when the text starts with talk. */
    public static TranscriptHeader of(String text) {
        List<Field> fields = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int newline = text.indexOf('\n', at);
            int end = newline < 0 ? text.length() : newline;
            String line = text.substring(at, end).replace("\r", "");
            Matcher header = LINE.matcher(line);
            if (header.matches()) {
                fields.add(new Field(header.group(1).toLowerCase(java.util.Locale.ROOT), header.group(2).strip()));
            } else if (!line.isBlank() || fields.isEmpty()) {
                break;
            }
            at = newline < 0 ? text.length() : newline + 1;
        }
        return fields.isEmpty() ? NONE : new TranscriptHeader(List.copyOf(fields), at);
    }
}
