package org.sameboat.analysis.adjudicate;

/**
 * A coding by one of two coders that the other did not make on the same range with the same code: the unit of
 * decision in an adjudication.
 *
 * @param codingId id of the coding, how the decision sheet refers to it
 * @param start    Sameboat offset (code points)
 * @param end      Sameboat offset, exclusive
 */
public record Disagreement(String codingId, String document, String coder, String code, int start, int end, String text) {
}
