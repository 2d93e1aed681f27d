package org.sameboat.analysis.project;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.sameboat.analysis.internal.Ranges;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;

/**
 * A turn's dynamic: the one code that best describes the turn, so that a turn can be treated as a
 * nominal unit (for agreement, confusion matrices and transitions).
 *
 * <p>The dynamic is the code whose codings cover the most characters of the turn; overlapping
 * codings of one code are merged first, so coding a passage twice does not count twice. A tie
 * goes to the code that comes first in the given order (codebook order: depth first, parents
 * before children). A turn no coding touches has the dynamic {@value #NONE}. Only the given codes
 * compete; codings of other codes are ignored.
 */
public final class TurnDynamics {

    /** The label of a turn without any of the codes. */
    public static final String NONE = "none";

    private final List<Code> codes;
    private final Map<Code, Integer> index = new IdentityHashMap<>();

    /**
     * @param codesInOrder the codes that compete, in tie-break order
     */
    public TurnDynamics(List<Code> codesInOrder) {
        this.codes = List.copyOf(codesInOrder);
        for (int i = 0; i < codes.size(); i++) {
            index.put(codes.get(i), i);
        }
    }

    /** @return the competing codes, in tie-break order */
    public List<Code> codes() {
        return codes;
    }

    /**
     * @param document a document; its turns must be in text order and not overlap
     * @param which the codings that count (e.g. those of one coder)
     * @return per turn, the index of its dynamic in {@link #codes()}, or -1 for {@value #NONE}
     */
    public int[] dominant(Document document, Predicate<Coding> which) {
        int n = codes.size();
        int[][] starts = new int[n][];
        int[][] ends = new int[n][];
        int[] counts = new int[n];
        for (Coding coding : document.getCodings()) {
            Integer c = index.get(coding.getCode());
            if (c != null && which.test(coding)) {
                counts[c]++;
            }
        }
        for (int c = 0; c < n; c++) {
            starts[c] = new int[counts[c]];
            ends[c] = new int[counts[c]];
            counts[c] = 0;
        }
        for (Coding coding : document.getCodings()) {
            Integer c = index.get(coding.getCode());
            if (c != null && which.test(coding)) {
                starts[c][counts[c]] = coding.getStart();
                ends[c][counts[c]] = coding.getEnd();
                counts[c]++;
            }
        }
        Ranges[] perCode = new Ranges[n];
        for (int c = 0; c < n; c++) {
            perCode[c] = Ranges.merge(starts[c], ends[c], counts[c]);
        }
        return dominant(coverage(document.getTurns(), perCode), document.getTurns().size(), n);
    }

    /** @return the label of a dynamic index: the code's path, or {@value #NONE} for -1 */
    public String label(int dynamic) {
        return dynamic < 0 ? NONE : CodePaths.path(codes.get(dynamic));
    }

    /** Per turn the dynamic's index (or -1), from a coverage matrix as {@link #coverage} makes it. */
    static int[] dominant(long[] coverage, int turns, int codes) {
        int[] out = new int[turns];
        for (int t = 0; t < turns; t++) {
            int best = -1;
            long most = 0;
            for (int c = 0; c < codes; c++) {
                long covered = coverage[t * codes + c];
                if (covered > most) { // strictly more: an equal later code loses the tie
                    most = covered;
                    best = c;
                }
            }
            out[t] = best;
        }
        return out;
    }

    /**
     * Characters of each turn covered by each code: {@code [turn * codes + code]}. Each merged range
     * visits only the turns it overlaps, found by binary search, so the cost is linear in ranges
     * plus the turns they span.
     */
    static long[] coverage(List<Turn> turns, Ranges[] perCode) {
        int codes = perCode.length;
        int[] turnStarts = new int[turns.size()];
        int[] turnEnds = new int[turns.size()];
        for (int t = 0; t < turns.size(); t++) {
            turnStarts[t] = turns.get(t).getStart();
            turnEnds[t] = turns.get(t).getEnd();
        }
        long[] out = new long[turns.size() * codes];
        for (int c = 0; c < codes; c++) {
            Ranges r = perCode[c];
            for (int i = 0; i < r.size(); i++) {
                int start = r.start(i);
                int end = r.end(i);
                for (int t = Ranges.firstEndingAfter(turnEnds, start); t < turnStarts.length && turnStarts[t] < end; t++) {
                    int lo = Math.max(start, turnStarts[t]);
                    int hi = Math.min(end, turnEnds[t]);
                    if (hi > lo) {
                        out[t * codes + c] += hi - lo;
                    }
                }
            }
        }
        return out;
    }
}
