package org.sameboat.analysis.adjudicate;

import java.util.List;

/**
 * What an adjudication did to the consensus coder.
 *
 * @param agreed  codings on which both coders agreed, added now (those already there are not counted)
 * @param kept    disagreements decided 'keep', added now
 * @param dropped disagreements decided 'drop'
 * @param open    disagreements still without a decision
 */
public record AdjudicationResult(String consensus, int agreed, int kept, int dropped, List<Disagreement> open) {

    public AdjudicationResult {
        open = List.copyOf(open);
    }
}
