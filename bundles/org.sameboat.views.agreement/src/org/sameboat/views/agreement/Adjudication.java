package org.sameboat.views.agreement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Lookups;

/**
 * Writes one decision into the consensus coder, to be run inside {@code ProjectAccess.edit} so that it is one
 * undoable step. The turn's earlier consensus codings (of the compared codes) go first, so deciding again
 * replaces the earlier decision; then the chosen coder's codings of the turn are copied, cut to the turn, so
 * the consensus gets the same dynamic for the turn as the chosen coder. A coding that runs into the next turn
 * is decided turn by turn.
 */
final class Adjudication {

    private Adjudication() {
    }

    /** @return how many codings the consensus coder got */
    static int decide(Project project, Document document, Turn turn, Verdict verdict, Coder first, Coder second,
            List<Code> codes, String consensusName, Clock clock) {
        Coder consensus = Lookups.coderOrNew(project, consensusName);
        if (consensus == first || consensus == second) {
            throw new IllegalArgumentException("the consensus coder must be someone other than " + first.getName() + " and "
                    + second.getName());
        }
        Set<Code> compared = Set.copyOf(codes);
        int start = turn.getStart();
        int end = turn.getEnd();
        List<Coding> earlier = document.getCodings().stream().filter(c -> c.getCoder() == consensus
                && compared.contains(c.getCode()) && c.getStart() >= start && c.getEnd() <= end).toList();
        document.getCodings().removeAll(earlier);
        if (verdict == Verdict.NEITHER) {
            return 0;
        }
        Coder source = verdict == Verdict.FIRST ? first : second;
        List<Coding> chosen = new ArrayList<>(document.getCodings().stream().filter(c -> c.getCoder() == source
                && compared.contains(c.getCode()) && Math.min(c.getEnd(), end) > Math.max(c.getStart(), start)).toList());
        chosen.sort(Comparator.comparingInt(Coding::getStart));
        int added = 0;
        for (Coding coding : chosen) {
            int from = Math.max(coding.getStart(), start);
            int to = Math.min(coding.getEnd(), end);
            boolean exists = document.getCodings().stream().anyMatch(c -> c.getCoder() == consensus
                    && c.getCode() == coding.getCode() && c.getStart() == from && c.getEnd() == to);
            if (!exists) {
                Codings.add(document, coding.getCode(), consensus, from, to, clock).setMemo(coding.getMemo());
                added++;
            }
        }
        return added;
    }
}
