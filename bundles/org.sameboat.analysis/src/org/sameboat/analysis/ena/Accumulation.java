package org.sameboat.analysis.ena;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.extract.ProjectExtract;
import org.sameboat.analysis.internal.TurnPresence;
import org.sameboat.analysis.profile.Level;
import org.sameboat.model.Code;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;

/**
 * The accumulated connection counts of each unit: rENA's moving stanza window over the turns of each
 * document (the conversation), one adjacency vector per unit.
 *
 * <p>For every turn that carries codes, its stanza is the turn and the up to N − 1 turns before it in
 * the same document (of any speaker). The turn's connections are the pairs of codes that co-occur in
 * the stanza and involve the turn itself: two codes of the turn, or a code of the turn with a code of
 * an earlier turn of the stanza. Pairs among the earlier turns alone are not the turn's (they were
 * counted for the turn that made them). Each connection counts once per turn (rENA's binary
 * weighting), and a unit's vector is the sum over its turns. This equals rENA's ref_window_df:
 * UT(sum of stanza) − UT(sum of the earlier turns), made binary per turn.
 *
 * @param codes the codes' paths, in the order of the vectors
 * @param pairs the connections "A & B", in rENA's upper-triangle order: (1,2), (1,3), (2,3), (1,4), …
 * @param units the units' names, in the order they first speak or occur
 * @param groupValues for each unit, its value of the grouping field when units are split by one
 * @param counts units × pairs, the accumulated connection counts
 */
public record Accumulation(List<String> codes, List<String> pairs, List<String> units, List<Optional<String>> groupValues,
        double[][] counts) {

    private static final String NONE = "none";

    /**
     * @param codes the codes, in this order; empty means every code some turn in scope carries, in codebook order
     * @param unit what a unit is (speaker, session, group, stage)
     * @param split a second field to split units by (for comparing groups), or empty
     * @param window the stanza: the turn and the N − 1 turns before it, N ≥ 1
     * @throws IllegalArgumentException when window is below 1
     */
    public static Accumulation of(Project project, List<Code> codes, Level unit, Optional<Level> split, int window,
            Filter filter) {
        if (window < 1) {
            throw new IllegalArgumentException("--window must be at least 1 (the turn itself), not " + window);
        }
        List<Code> all = codes.isEmpty() ? CodePaths.allCodes(project) : List.copyOf(codes);
        Map<Code, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            index.putIfAbsent(all.get(i), i);
        }
        int n = all.size();
        List<Stanzas> documents = new ArrayList<>();
        boolean[] used = new boolean[n];
        for (Document document : project.getDocuments()) {
            if (!filter.accepts(document)) {
                continue;
            }
            List<Turn> turns = new ArrayList<>();
            for (Turn turn : document.getTurns()) {
                if (turn.getEnd() > turn.getStart() && filter.accepts(turn)) {
                    turns.add(turn);
                }
            }
            boolean[] present = TurnPresence.of(document, turns, index, filter::accepts, n);
            for (int i = 0; i < present.length; i++) {
                used[i % n] |= present[i];
            }
            documents.add(new Stanzas(document, turns, present));
        }
        // without --codes, codes no turn in scope carries would only add empty columns and nodes at the origin
        int[] kept = codes.isEmpty() ? IntStream.range(0, n).filter(c -> used[c]).toArray()
                : IntStream.range(0, n).toArray();
        int k = kept.length;
        int pairCount = k * (k - 1) / 2;
        Map<String, double[]> vectors = new LinkedHashMap<>();
        Map<String, Optional<String>> groups = new LinkedHashMap<>();
        int[] inWindow = new int[k];
        boolean[] current = new boolean[k];
        for (Stanzas stanzas : documents) {
            Arrays.fill(inWindow, 0);
            List<Turn> turns = stanzas.turns();
            for (int t = 0; t < turns.size(); t++) {
                // inWindow counts, per code, the earlier turns of this turn's stanza that carry it
                if (window > 1 && t - window >= 0) {
                    for (int c = 0; c < k; c++) {
                        if (stanzas.present()[(t - window) * n + kept[c]]) {
                            inWindow[c]--;
                        }
                    }
                }
                boolean any = false;
                for (int c = 0; c < k; c++) {
                    current[c] = stanzas.present()[t * n + kept[c]];
                    any |= current[c];
                }
                Turn turn = turns.get(t);
                Optional<String> key = unitKey(unit, split, stanzas.document(), turn);
                if (key.isPresent()) {
                    // a unit whose turns carry no code is still a unit: a zero network, reported as such
                    double[] vector = vectors.computeIfAbsent(key.get(), x -> new double[pairCount]);
                    groups.putIfAbsent(key.get(), split.map(s -> Units.value(s, stanzas.document(), turn).orElse(NONE)));
                    int p = 0;
                    for (int j = 1; j < k && any; j++) {
                        for (int i = 0; i < j; i++, p++) {
                            if (current[i] && (current[j] || inWindow[j] > 0) || current[j] && inWindow[i] > 0) {
                                vector[p]++;
                            }
                        }
                    }
                }
                if (window > 1) {
                    for (int c = 0; c < k; c++) {
                        if (current[c]) {
                            inWindow[c]++;
                        }
                    }
                }
            }
        }
        List<String> codeNames = new ArrayList<>();
        for (int c : kept) {
            codeNames.add(CodePaths.path(all.get(c)));
        }
        List<String> units = new ArrayList<>(vectors.keySet());
        double[][] counts = new double[units.size()][];
        List<Optional<String>> groupValues = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            counts[u] = vectors.get(units.get(u));
            groupValues.add(groups.get(units.get(u)));
        }
        return new Accumulation(List.copyOf(codeNames), pairNames(codeNames), List.copyOf(units), List.copyOf(groupValues),
                counts);
    }

    /** The turn's unit; split by the grouping field ("Lee (beginning)") unless the field is the unit itself. */
    private static Optional<String> unitKey(Level unit, Optional<Level> split, Document document, Turn turn) {
        Optional<String> name = Units.value(unit, document, turn);
        if (split.isEmpty() || split.get() == unit) {
            return name;
        }
        return name.map(n -> n + " (" + Units.value(split.get(), document, turn).orElse(NONE) + ")");
    }

    /** @return "A & B" for every pair of codes, in rENA's order: for j = 2..n, for i = 1..j − 1, (i, j) */
    /**
     * As {@link #of(Project, List, Level, Optional, int, Filter)}, on an immutable extract: safe in a job while the user edits the live model. Codes, coders and
     * the filter name live objects; the result is the same as computing on the model as it was extracted.
     */
    public static Accumulation of(ProjectExtract extract, List<Code> codes, Level unit, Optional<Level> split, int window,
            Filter filter) {
        return of(extract.project(), extract.copiesOf(codes), unit, split, window, extract.copyOf(filter));
    }

    public static List<String> pairNames(List<String> codes) {
        List<String> out = new ArrayList<>();
        for (int j = 1; j < codes.size(); j++) {
            for (int i = 0; i < j; i++) {
                out.add(codes.get(i) + " & " + codes.get(j));
            }
        }
        return List.copyOf(out);
    }

    /** @return the index of pair (i, j), i ≠ j, in rENA's order */
    public static int pairIndex(int i, int j) {
        int low = Math.min(i, j);
        int high = Math.max(i, j);
        return high * (high - 1) / 2 + low;
    }

    private record Stanzas(Document document, List<Turn> turns, boolean[] present) {
    }
}
