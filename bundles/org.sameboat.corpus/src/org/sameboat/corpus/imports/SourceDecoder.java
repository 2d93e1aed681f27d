package org.sameboat.corpus.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.sameboat.model.text.DocumentText;

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
        return DocumentText.normalise(out.flip().toString());
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
