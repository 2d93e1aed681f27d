package org.sameboat.analysis.ena;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.internal.TurnPresence;
import org.sameboat.model.Code;
import org.sameboat.model.Document;
import org.sameboat.model.Turn;

/** Which codes each turn carries (a coding in scope touches it), the 0/1 table ENA starts from. */
public final class TurnCodes {

    private TurnCodes() {
    }

    /**
     * @param turns the document's turns to look at, in text order
     * @param codes the columns
     * @param filter the coder whose codings count (all coders pooled without one)
     * @return {@code [turn][code]}
     */
    public static boolean[][] of(Document document, List<Turn> turns, List<Code> codes, Filter filter) {
        Map<Code, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            index.putIfAbsent(codes.get(i), i);
        }
        boolean[] present = TurnPresence.of(document, turns, index, filter::accepts, codes.size());
        boolean[][] out = new boolean[turns.size()][codes.size()];
        for (int t = 0; t < turns.size(); t++) {
            System.arraycopy(present, t * codes.size(), out[t], 0, codes.size());
        }
        return out;
    }
}
