package org.sameboat.corpus.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import java.util.OptionalInt;

import org.sameboat.model.text.DocumentText;
import org.sameboat.model.text.XmlChars;

/** Decodes imported files: UTF-8 only, with or without byte-order mark, CRLF or LF; bad bytes are an error. */
public final class SourceDecoder {

    private SourceDecoder() {
    }

    /** The LF-normalised text of a source. */
    public static String decode(Source source) throws ImportException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(source.bytes());
        CharBuffer out = CharBuffer.allocate(source.bytes().length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int position = in.position();
            throw ImportException.at(source.name(), lineOf(source.bytes(), position),
                    "invalid UTF-8 byte 0x" + String.format("%02X", source.bytes()[position] & 0xFF)
                            + "; save the file as UTF-8 and import it again");
        }
        decoder.flush(out);
        String text = DocumentText.normalise(out.flip().toString());
        checkCharacters(source.name(), text);
        return text;
    }

    /**
     * Refuses a text holding a character the project file cannot hold. The whole file is checked, not only names and
     * titles: in one format or another any line may become a speaker, a title or a memo, and the text itself is
     * written into exports (REFI-QDA, HTML) that are XML too.
     */
    static void checkCharacters(String name, String text) throws ImportException {
        OptionalInt bad = XmlChars.firstIllegal(text);
        if (bad.isPresent()) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad.getAsInt(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw ImportException.at(name, line, "holds the character " + XmlChars.describeAt(text, bad.getAsInt())
                    + " at column " + (text.codePointCount(lineStart, bad.getAsInt()) + 1)
                    + ", which a project cannot hold (XML 1.0 has no way to write it); remove it and import the file again");
        }
    }

    private static int lineOf(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
