package org.sameboat.analysis.project;

import org.sameboat.analysis.internal.Ranges;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.agreement.UnitizingAlpha;
import org.sameboat.analysis.agreement.UnitizingStudy;

/**
 * Krippendorff's unitizing alpha on the character continuum: unlike the turn and character
 * levels it judges where coders put the boundaries of their units, not only which characters they
 * coded.
 *
 * <p>The continuum is the compared documents laid end to end in project order, each a stretch as
 * long as its text in code points, so a unit never spans two documents. Each coder is a rater,
 * each code a category, each coding a unit. Overlapping codings of one code by one coder are
 * merged into one unit first (u-alpha requires one rater's units of a category not to overlap);
 * the report notes how many were merged. One row per code (u-alpha of that category), then
 * {@value #ALL} (the overall u-alpha over all codes).
 */
public final class UnitizingAgreement {

    /** Label of the overall row. */
    public static final String ALL = "all codes";

    private UnitizingAgreement() {
    }

    /**
     * @param comparison coders, codes and documents
     * @return one row per code and the overall row
     */
    public static AgreementReport compute(Comparison comparison) {
        int coders = comparison.coders().size();
        int codes = comparison.codes().size();
        List<String> labels = comparison.codeLabels();
        List<DocumentCodings> documents = comparison.documentCodings();
        long continuum = 0;
        int merged = 0;
        for (DocumentCodings dc : documents) {
            continuum += dc.length();
            merged += dc.mergedCount();
        }
        List<CodeAgreement> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        notes.add("continuum: the " + documents.size() + " document(s) every selected coder coded, end to end, "
                + continuum + " characters");
        notes.add(merged == 0 ? "no overlapping codings of one code by one coder"
                : "merged " + merged + " coding(s) into others of the same code and coder they overlapped");
        if (continuum == 0) {
            for (String label : labels) {
                rows.add(new CodeAgreement(label, List.of(nothing(label))));
            }
            rows.add(new CodeAgreement(ALL, List.of(nothing(ALL))));
            return new AgreementReport(AgreementReport.Unit.UNITIZING, comparison.coderNames(), 0, 0, rows, notes);
        }
        UnitizingStudy.Builder study = UnitizingStudy.builder(0, continuum, coders);
        long offset = 0;
        for (DocumentCodings dc : documents) {
            for (int r = 0; r < coders; r++) {
                for (int c = 0; c < codes; c++) {
                    Ranges ranges = dc.ranges(r, c);
                    for (int i = 0; i < ranges.size(); i++) {
                        int start = Math.max(0, ranges.start(i));
                        int end = Math.min(dc.length(), ranges.end(i));
                        if (end > start) {
                            study.unit(r, labels.get(c), offset + start, end - start);
                        }
                    }
                }
            }
            offset += dc.length();
        }
        UnitizingStudy built = study.build();
        Map<String, AgreementResult> perCode = UnitizingAlpha.perCategory(built);
        for (String label : labels) {
            AgreementResult result = perCode.get(label);
            rows.add(new CodeAgreement(label, List.of(result != null ? result : nothing(label))));
        }
        rows.add(new CodeAgreement(ALL, List.of(built.units().isEmpty() ? nothing(ALL) : UnitizingAlpha.compute(built))));
        return new AgreementReport(AgreementReport.Unit.UNITIZING, comparison.coderNames(), documents.size(),
                continuum, rows, notes);
    }

    /** The result for a code no coder marked in the compared documents. */
    private static AgreementResult nothing(String label) {
        return new AgreementResult("Krippendorff's unitizing alpha for '" + label + "'", Double.NaN, Double.NaN,
                Double.NaN, AgreementResult.Basis.DISAGREEMENT, 0, false,
                "No coder marked this in the compared documents, so there is nothing to agree on.");
    }
}
