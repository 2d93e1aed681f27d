package org.sameboat.corpus.imports;

/** Reads one source file into a transcript. Implementations are stateless. */
public interface TranscriptParser {

    Transcript parse(Source source) throws ImportException;
}
