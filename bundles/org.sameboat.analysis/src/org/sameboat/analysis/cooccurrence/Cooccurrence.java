package org.sameboat.analysis.cooccurrence;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sameboat.analysis.extract.ProjectExtract;
import org.sameboat.analysis.internal.Ranges;
import org.sameboat.analysis.internal.TurnPresence;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.text.Turns;

/**
 * Code co-occurrence in a project: which codes are applied together, by overlapping codings, in
 * the same turn, or within a window of consecutive turns. See {@link CooccurrenceTable} for what
 * the cells count and {@link Filter} for what is counted.
 *
 * <p>Turn and window modes: a code occurs in a turn when one of its codings in scope covers at
 * least one character of the turn. Windows are the runs of N consecutive turns in scope of one
 * document (turns 1..N, 2..N+1, ...); a document with fewer turns in scope than N is one window.
 * Windows never span documents, and {@code window:1} is the turn mode.
 */
public final class Cooccurrence {

    private Cooccurrence() {
    }

    /**
     * @param project the project
     * @param codes the codes to relate, in the order of the table (empty means every code, in
     *        codebook order)
     * @param mode when codes co-occur
     * @param filter what is counted
     * @return the table
     */
    public static CooccurrenceTable compute(Project project, List<Code> codes, Mode mode, Filter filter) {
        List<Code> order = codes.isEmpty() ? CodePaths.allCodes(project) : List.copyOf(codes);
        Map<Code, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i), i);
        }
        int n = order.size();
        long[] frequency = new long[n];
        long[][] together = new long[n][n];
        long[] characters = new long[n];
        long[][] shared = new long[n][n];
        long units = 0;
        for (Document document : project.getDocuments()) {
            if (!filter.accepts(document)) {
                continue;
            }
            if (mode.kind() == Mode.Kind.OVERLAP) {
                units += overlaps(document, index, filter, frequency, together, characters, shared);
            } else {
                units += windows(document, index, filter, mode.window(), frequency, together);
            }
        }
        if (mode.kind() == Mode.Kind.OVERLAP) {
            OverlapSweep.mirror(together);
        }
        return new CooccurrenceTable(mode, order.stream().map(CodePaths::path).toList(), units, frequency, together,
                characters, shared);
    }

    /**
     * As {@link #compute(Project, List, Mode, Filter)}, on an immutable extract: safe in a job while the user edits the live model. Codes, coders and
     * the filter name live objects; the result is the same as computing on the model as it was extracted.
     */
    public static CooccurrenceTable compute(ProjectExtract extract, List<Code> codes, Mode mode, Filter filter) {
        return compute(extract.project(), extract.copiesOf(codes), mode, extract.copyOf(filter));
    }

    /** Overlap mode for one document; returns the number of codings in scope. */
    private static int overlaps(Document document, Map<Code, Integer> index, Filter filter, long[] frequency,
            long[][] together, long[] characters, long[][] shared) {
        int size = document.getCodings().size();
        int[] starts = new int[size];
        int[] ends = new int[size];
        int[] codes = new int[size];
        int count = 0;
        for (Coding coding : document.getCodings()) {
            Integer c = index.get(coding.getCode());
            if (c == null || coding.getEnd() <= coding.getStart() || !filter.accepts(coding)
                    || !turnInScope(document, coding, filter)) {
                continue;
            }
            starts[count] = coding.getStart();
            ends[count] = coding.getEnd();
            codes[count] = c;
            frequency[c]++;
            count++;
        }
        OverlapSweep.count(starts, ends, codes, count, together);
        characters(starts, ends, codes, count, characters, shared);
        return count;
    }

    private static boolean turnInScope(Document document, Coding coding, Filter filter) {
        if (filter.role().isEmpty()) {
            return true;
        }
        Optional<Turn> turn = Turns.forRange(document, coding.getStart(), coding.getEnd());
        return turn.isPresent() && filter.accepts(turn.get());
    }

    /**
     * Characters each code covers, and each pair covers together, in one document: each code's
     * ranges merged, then intersected pairwise by linear merges (codes × ranges in total).
     */
    private static void characters(int[] starts, int[] ends, int[] codes, int count, long[] characters,
            long[][] shared) {
        int n = characters.length;
        int[] perCode = new int[n];
        for (int i = 0; i < count; i++) {
            perCode[codes[i]]++;
        }
        int[][] s = new int[n][];
        int[][] e = new int[n][];
        for (int c = 0; c < n; c++) {
            s[c] = new int[perCode[c]];
            e[c] = new int[perCode[c]];
            perCode[c] = 0;
        }
        for (int i = 0; i < count; i++) {
            int c = codes[i];
            s[c][perCode[c]] = starts[i];
            e[c][perCode[c]] = ends[i];
            perCode[c]++;
        }
        List<Integer> used = new ArrayList<>();
        Ranges[] merged = new Ranges[n];
        for (int c = 0; c < n; c++) {
            if (perCode[c] > 0) {
                merged[c] = Ranges.merge(s[c], e[c], perCode[c]);
                characters[c] += merged[c].covered();
                used.add(c);
            }
        }
        for (int a = 0; a < used.size(); a++) {
            for (int b = a + 1; b < used.size(); b++) {
                int i = used.get(a);
                int j = used.get(b);
                long both = merged[i].intersection(merged[j]);
                shared[i][j] += both;
                shared[j][i] += both;
            }
        }
    }

    /** Turn and window modes for one document; returns the number of windows. */
    private static int windows(Document document, Map<Code, Integer> index, Filter filter, int window,
            long[] frequency, long[][] together) {
        List<Turn> turns = new ArrayList<>();
        for (Turn turn : document.getTurns()) {
            if (turn.getEnd() > turn.getStart() && filter.accepts(turn)) {
                turns.add(turn);
            }
        }
        if (turns.isEmpty()) {
            return 0;
        }
        int n = frequency.length;
        boolean[] present = TurnPresence.of(document, turns, index, filter::accepts, n);
        int windows = Math.max(1, turns.size() - window + 1);
        int[] inWindow = new int[n]; // turns of the current window each code occurs in
        int[] codesHere = new int[n];
        for (int t = 0; t < Math.min(window, turns.size()) - 1; t++) {
            add(present, t, n, inWindow, 1);
        }
        for (int w = 0; w < windows; w++) {
            int last = Math.min(w + window, turns.size()) - 1;
            add(present, last, n, inWindow, 1);
            int k = 0;
            for (int c = 0; c < n; c++) {
                if (inWindow[c] > 0) {
                    codesHere[k++] = c;
                }
            }
            for (int a = 0; a < k; a++) {
                frequency[codesHere[a]]++;
                for (int b = a + 1; b < k; b++) {
                    together[codesHere[a]][codesHere[b]]++;
                    together[codesHere[b]][codesHere[a]]++;
                }
            }
            add(present, w, n, inWindow, -1); // the first turn leaves as the window slides on
        }
        return windows;
    }

    private static void add(boolean[] present, int turn, int n, int[] inWindow, int delta) {
        for (int c = 0; c < n; c++) {
            if (present[turn * n + c]) {
                inWindow[c] += delta;
            }
        }
    }
}
