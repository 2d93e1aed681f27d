package org.sameboat.analysis.project;

import org.sameboat.analysis.internal.Ranges;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;


/**
 * Agreement with the character as the unit of analysis, as NVivo's coding comparison defines it:
 * for each code, every character of every compared document is one unit, coded ("yes") or not
 * ("no") by each coder. The characters of all compared documents are pooled into one table per
 * code (NVivo shows a figure per document and code; pooling gives one figure per code, weighted by
 * document length as NVivo's averages are).
 *
 * <p>Because uncoded text counts as agreement, long uncoded stretches push percent agreement up;
 * kappa and alpha correct for that, which is why all three are reported: percent agreement,
 * Cohen's kappa (two coders) or Fleiss' kappa (more) and nominal Krippendorff's alpha.
 */
public final class CharacterAgreement {

    private CharacterAgreement() {
    }

    /**
     * @param comparison coders, codes and documents
     * @return one row per code
     */
    public static AgreementReport compute(Comparison comparison) {
        int coders = comparison.coders().size();
        int codes = comparison.codes().size();
        List<DocumentCodings> documents = comparison.documentCodings();
        long characters = 0;
        for (DocumentCodings dc : documents) {
            characters += dc.length();
        }
        List<CodeAgreement> rows = new ArrayList<>();
        String[] pattern = new String[coders];
        for (int c = 0; c < codes; c++) {
            // 10^8 characters make only 2^coders patterns per code: count them, do not list them
            PatternCounts runs = new PatternCounts("no", "yes");
            for (DocumentCodings dc : documents) {
                addDocument(runs, dc, c, pattern);
            }
            rows.add(new CodeAgreement(comparison.codeLabels().get(c), Coefficients.standard(runs.build(coders))));
        }
        List<String> notes = List.of("unit: each character (code point) of the " + documents.size()
                + " document(s) every selected coder coded, per code coded or not; documents pooled");
        return new AgreementReport(AgreementReport.Unit.CHARACTER, comparison.coderNames(), documents.size(),
                characters, rows, notes);
    }

    /**
     * Counts the document's characters for one code by coder pattern, a run of equal characters at
     * a time: between two consecutive range boundaries every coder's value is the same.
     */
    private static void addDocument(PatternCounts runs, DocumentCodings dc, int code, String[] pattern) {
        int coders = pattern.length;
        int length = dc.length();
        int boundaryCount = 2;
        for (int r = 0; r < coders; r++) {
            boundaryCount += 2 * dc.ranges(r, code).size();
        }
        int[] boundaries = new int[boundaryCount];
        int n = 0;
        boundaries[n++] = 0;
        boundaries[n++] = length;
        for (int r = 0; r < coders; r++) {
            Ranges ranges = dc.ranges(r, code);
            for (int i = 0; i < ranges.size(); i++) {
                boundaries[n++] = clamp(ranges.start(i), length);
                boundaries[n++] = clamp(ranges.end(i), length);
            }
        }
        Arrays.sort(boundaries);
        int[] next = new int[coders]; // per coder, the first range not yet passed
        for (int b = 0; b + 1 < boundaries.length; b++) {
            int from = boundaries[b];
            int to = boundaries[b + 1];
            if (to <= from) {
                continue;
            }
            for (int r = 0; r < coders; r++) {
                Ranges ranges = dc.ranges(r, code);
                while (next[r] < ranges.size() && ranges.end(next[r]) <= from) {
                    next[r]++;
                }
                boolean coded = next[r] < ranges.size() && ranges.start(next[r]) <= from;
                pattern[r] = coded ? "yes" : "no";
            }
            runs.add(pattern, to - from);
        }
    }

    private static int clamp(int offset, int length) {
        return Math.max(0, Math.min(offset, length));
    }
}
