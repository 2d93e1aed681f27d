package org.sameboat.analysis.project;

import org.sameboat.analysis.internal.Ranges;
import java.util.List;
import java.util.Map;

import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Turn;
import org.sameboat.model.text.DocumentText;

/** One document's codings grouped by coder and code, each group merged into disjoint ranges. */
final class DocumentCodings {

    private final Document document;
    private final int length;
    /** [coder][code]. */
    private final Ranges[][] ranges;

    private DocumentCodings(Document document, int length, Ranges[][] ranges) {
        this.document = document;
        this.length = length;
        this.ranges = ranges;
    }

    /**
     * Groups the codings of the given coders and codes; codings of anyone or anything else are
     * left out.
     */
    static DocumentCodings of(Document document, Map<Coder, Integer> coders, Map<Code, Integer> codes) {
        int groups = coders.size() * codes.size();
        int[] counts = new int[groups];
        List<Coding> codings = document.getCodings();
        for (Coding coding : codings) {
            int g = group(coding, coders, codes);
            if (g >= 0) {
                counts[g]++;
            }
        }
        int[][] starts = new int[groups][];
        int[][] ends = new int[groups][];
        for (int g = 0; g < groups; g++) {
            starts[g] = new int[counts[g]];
            ends[g] = new int[counts[g]];
            counts[g] = 0;
        }
        for (Coding coding : codings) {
            int g = group(coding, coders, codes);
            if (g >= 0) {
                starts[g][counts[g]] = coding.getStart();
                ends[g][counts[g]] = coding.getEnd();
                counts[g]++;
            }
        }
        Ranges[][] ranges = new Ranges[coders.size()][codes.size()];
        for (int r = 0; r < coders.size(); r++) {
            for (int c = 0; c < codes.size(); c++) {
                int g = r * codes.size() + c;
                ranges[r][c] = Ranges.merge(starts[g], ends[g], counts[g]);
            }
        }
        return new DocumentCodings(document, length(document), ranges);
    }

    private static int group(Coding coding, Map<Coder, Integer> coders, Map<Code, Integer> codes) {
        Integer r = coders.get(coding.getCoder());
        Integer c = codes.get(coding.getCode());
        return r == null || c == null ? -1 : r * codes.size() + c;
    }

    /**
     * The document's length in code points: its text when loaded; otherwise (text is transient and
     * may be missing) the furthest turn or coding end, which bounds everything that was coded.
     */
    static int length(Document document) {
        if (document.getText() != null) {
            return DocumentText.of(document.getText()).length();
        }
        int max = 0;
        for (Turn turn : document.getTurns()) {
            max = Math.max(max, turn.getEnd());
        }
        for (Coding coding : document.getCodings()) {
            max = Math.max(max, coding.getEnd());
        }
        return max;
    }

    Document document() {
        return document;
    }

    int length() {
        return length;
    }

    Ranges ranges(int coder, int code) {
        return ranges[coder][code];
    }

    int mergedCount() {
        int sum = 0;
        for (Ranges[] row : ranges) {
            for (Ranges r : row) {
                sum += r.mergedCount();
            }
        }
        return sum;
    }
}
