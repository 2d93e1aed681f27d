package org.sameboat.corpus.imports;

import java.util.List;

/** Plain text: one document, its text kept whole, no turns. */
public final class PlainTextParser implements TranscriptParser {

    @Override
    public List<Transcript> parse(Source source) throws ImportException {
        return List.of(read(source));
    }

    /** The one transcript a file of this format holds. */
    public Transcript read(Source source) throws ImportException {
        String text = SourceDecoder.decode(source);
        return new Transcript(source.name(), source.baseName(), text, List.of(), Transcript.SessionMetadata.NONE);
    }
}
