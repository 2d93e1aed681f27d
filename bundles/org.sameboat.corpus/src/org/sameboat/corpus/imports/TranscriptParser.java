package org.sameboat.corpus.imports;

import java.util.List;

/** Reads one source file into transcripts. Implementations are stateless. */
public interface TranscriptParser {

    /** The transcripts in one source: one for text and subtitle files, one per document for utterance tables. */
    List<Transcript> parse(Source source) throws ImportException;
}
