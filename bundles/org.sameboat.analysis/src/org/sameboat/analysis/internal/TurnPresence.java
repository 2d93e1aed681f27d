package org.sameboat.analysis.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Turn;

/** Which codes occur in which turns: a coding occurs in every turn it covers a character of. */
public final class TurnPresence {

    private TurnPresence() {
    }

    /**
     * @param which the codings that count
     * @param turns the turns in scope, in text order, not overlapping
     * @return {@code [turn * codes + code]}: whether a coding in scope of the code touches the turn
     */
    public static boolean[] of(Document document, List<Turn> turns, Map<Code, Integer> index, Predicate<Coding> which,
            int codes) {
        int[] turnStarts = new int[turns.size()];
        int[] turnEnds = new int[turns.size()];
        for (int t = 0; t < turns.size(); t++) {
            turnStarts[t] = turns.get(t).getStart();
            turnEnds[t] = turns.get(t).getEnd();
        }
        boolean[] present = new boolean[turns.size() * codes];
        for (Coding coding : document.getCodings()) {
            Integer c = index.get(coding.getCode());
            if (c == null || !which.test(coding)) {
                continue;
            }
            int start = coding.getStart();
            int end = coding.getEnd();
            for (int t = Ranges.firstEndingAfter(turnEnds, start); t < turnStarts.length && turnStarts[t] < end; t++) {
                if (Math.min(end, turnEnds[t]) > Math.max(start, turnStarts[t])) {
                    present[t * codes + c] = true;
                }
            }
        }
        return present;
    }
}
