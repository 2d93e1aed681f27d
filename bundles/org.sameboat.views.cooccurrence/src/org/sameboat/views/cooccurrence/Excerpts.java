package org.sameboat.views.cooccurrence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.cooccurrence.Mode;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.text.DocumentText;
import org.sameboat.model.text.Turns;

/**
 * The excerpts behind one cell of a co-occurrence table, found with the same definitions the analysis counts
 * with (docs/analysis.md), so a cell's count is the number of excerpts listed: in overlap mode each pair of
 * overlapping codings gives the text they share; in turn mode each turn both codes touch; in window mode each
 * window of turns both codes touch. On the diagonal: each coding, turn or window of the one code.
 */
final class Excerpts {

    private Excerpts() {
    }

    static List<Excerpt> of(Project project, Code first, Code second, Mode mode, Filter filter) {
        List<Excerpt> found = new ArrayList<>();
        for (Document document : project.getDocuments()) {
            if (!filter.accepts(document) || document.getText() == null) {
                continue;
            }
            DocumentText text = DocumentText.of(document.getText());
            if (mode.kind() == Mode.Kind.OVERLAP) {
                overlaps(document, text, first, second, filter, found);
            } else {
                windows(document, text, first, second, mode.window(), filter, found);
            }
        }
        return found;
    }

    private static void overlaps(Document document, DocumentText text, Code first, Code second, Filter filter,
            List<Excerpt> found) {
        List<Coding> ofFirst = inScope(document, first, filter);
        if (first == second) {
            ofFirst.forEach(c -> found.add(excerpt(document, text, c.getStart(), c.getEnd())));
            return;
        }
        List<Coding> ofSecond = inScope(document, second, filter);
        List<int[]> shared = new ArrayList<>();
        for (Coding a : ofFirst) {
            for (Coding b : ofSecond) {
                if (a.getStart() < b.getEnd() && b.getStart() < a.getEnd()) {
                    shared.add(new int[] {Math.max(a.getStart(), b.getStart()), Math.min(a.getEnd(), b.getEnd())});
                }
            }
        }
        shared.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[1], y[1]));
        shared.forEach(range -> found.add(excerpt(document, text, range[0], range[1])));
    }

    /** Codings that count in overlap mode: non-empty, of the coder, and (with a role) whose turn is of that role. */
    private static List<Coding> inScope(Document document, Code code, Filter filter) {
        List<Coding> codings = new ArrayList<>();
        for (Coding coding : document.getCodings()) {
            if (coding.getCode() == code && coding.getEnd() > coding.getStart() && filter.accepts(coding)
                    && (filter.role().isEmpty() || Turns.forRange(document, coding.getStart(), coding.getEnd())
                            .filter(filter::accepts).isPresent())) {
                codings.add(coding);
            }
        }
        return codings;
    }

    private static Excerpt excerpt(Document document, DocumentText text, int start, int end) {
        Optional<Turn> turn = Turns.forRange(document, start, end);
        String number = turn.map(t -> String.valueOf(document.getTurns().indexOf(t) + 1)).orElse("");
        String speaker = turn.map(Excerpts::speaker).orElse("");
        return new Excerpt(document, start, end, number, speaker, text.slice(start, end));
    }

    private static void windows(Document document, DocumentText text, Code first, Code second, int window, Filter filter,
            List<Excerpt> found) {
        List<Turn> turns = new ArrayList<>();
        for (Turn turn : document.getTurns()) {
            if (turn.getEnd() > turn.getStart() && filter.accepts(turn)) {
                turns.add(turn);
            }
        }
        if (turns.isEmpty()) {
            return;
        }
        boolean[] hasFirst = presence(document, turns, first, filter);
        boolean[] hasSecond = first == second ? hasFirst : presence(document, turns, second, filter);
        int windows = Math.max(1, turns.size() - window + 1);
        for (int w = 0; w < windows; w++) {
            int last = Math.min(w + window, turns.size()) - 1;
            boolean a = false;
            boolean b = false;
            for (int t = w; t <= last; t++) {
                a |= hasFirst[t];
                b |= hasSecond[t];
            }
            if (a && b) {
                Turn from = turns.get(w);
                Turn to = turns.get(last);
                int fromNumber = document.getTurns().indexOf(from) + 1;
                int toNumber = document.getTurns().indexOf(to) + 1;
                Set<String> speakers = new LinkedHashSet<>();
                turns.subList(w, last + 1).forEach(t -> speakers.add(speaker(t)));
                speakers.remove("");
                found.add(new Excerpt(document, from.getStart(), to.getEnd(),
                        fromNumber == toNumber ? String.valueOf(fromNumber) : fromNumber + "\u2013" + toNumber,
                        String.join(", ", speakers), text.slice(from.getStart(), to.getEnd())));
            }
        }
    }

    /** Whether a coding of the code in scope covers at least one character of each turn. */
    private static boolean[] presence(Document document, List<Turn> turns, Code code, Filter filter) {
        boolean[] present = new boolean[turns.size()];
        for (Coding coding : document.getCodings()) {
            if (coding.getCode() != code || !filter.accepts(coding)) {
                continue;
            }
            for (int t = 0; t < turns.size(); t++) {
                Turn turn = turns.get(t);
                if (Math.min(coding.getEnd(), turn.getEnd()) > Math.max(coding.getStart(), turn.getStart())) {
                    present[t] = true;
                }
            }
        }
        return present;
    }

    private static String speaker(Turn turn) {
        return turn.getSpeaker() == null || turn.getSpeaker().getPseudonym() == null ? "" : turn.getSpeaker().getPseudonym();
    }
}
