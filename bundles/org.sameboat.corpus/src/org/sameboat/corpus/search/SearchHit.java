package org.sameboat.corpus.search;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One turn or coded excerpt that matched.
 *
 * @param excerpt      true for a coded excerpt, false for a turn
 * @param id           the model id of the turn or coding
 * @param documentId   the model id of its document
 * @param documentName the document's name
 * @param turn         the turn number in the document (from 1), if it lies in a turn
 * @param speaker      who speaks there, if known
 * @param range        the turn's or excerpt's range in the document text
 * @param matches      ranges of the matched words in the document text, in order, not overlapping
 * @param fragment     a one-line piece of the text with matches between « and »
 * @param code         for excerpts, the code's path
 * @param coder        for excerpts, the coder's name
 * @param score        relevance as Lucene scored it
 */
public record SearchHit(boolean excerpt, String id, String documentId, String documentName, OptionalInt turn,
        Optional<String> speaker, TextRange range, List<TextRange> matches, String fragment, Optional<String> code,
        Optional<String> coder, float score) {

    public SearchHit {
        matches = List.copyOf(matches);
    }
}
