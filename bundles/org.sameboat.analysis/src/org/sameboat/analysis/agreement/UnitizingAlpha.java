package org.sameboat.analysis.agreement;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Krippendorff's unitizing alpha (u-alpha; Krippendorff 1995, "On the reliability of unitizing
 * continuous data"; Krippendorff 2004, "Measuring the reliability of qualitative text analysis
 * data", and <i>Content Analysis</i> 2nd ed., pp. 251-256), computed exactly as DKPro Statistics'
 * {@code KrippendorffAlphaUnitizingAgreement} (2.2.1) defines it, but in O(n log n).
 *
 * <p>Per category c, each rater's continuum is cut into that rater's units of c and the gaps
 * between them. Observed disagreement sums, over pairs of raters and overlapping segments, the
 * squared begin and end differences of two overlapping units, or {@code l^2} for a unit lying
 * entirely inside the other rater's gap; {@code D_o(c) = 2 sum / (R L^2)}. Expected
 * disagreement is
 * {@code D_e(c) = (2/L) sum_units [(N_c - 1) (2l^3 - 3l^2 + l)/3 + l^2 sum_{gaps g >= l} (g - l + 1)]
 * / (R L (R L - 1) - sum_units l (l - 1))}. The overall coefficient is
 * {@code 1 - mean_c D_o(c) / mean_c D_e(c)} over the categories that occur, as in DKPro.
 *
 * <p>Complexity: units are sorted once; observed disagreement is a linear merge of two raters'
 * segment lists per rater pair and category; the inner gap sum of the expected disagreement (a
 * nested loop in DKPro, quadratic in the number of units) becomes a binary search over the sorted
 * gap lengths with suffix sums. Total O(n log n + R n).
 *
 * <p>Degenerate cases: fewer than two raters, no units at all, or a category whose expected
 * disagreement is 0 (its units and gaps leave nothing to disagree on) yield an undefined result
 * with an explanation, where DKPro returns 0 (its convention for D_o = D_e) or NaN.
 */
public final class UnitizingAlpha {

    private UnitizingAlpha() {
    }

    /**
     * @param study the unitizing study
     * @return overall u-alpha (disagreement basis: observed and expected are category means)
     */
    public static AgreementResult compute(UnitizingStudy study) {
        String name = "Krippendorff's unitizing alpha";
        Optional<AgreementResult> early = degenerate(study, name);
        if (early.isPresent()) {
            return early.get();
        }
        int q = study.categories().size();
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < q; c++) {
            observed += observed(study, c);
            expected += expected(study, c);
        }
        return AgreementResult.ofDisagreement(name, observed / q, expected / q,
                study.units().size());
    }

    /**
     * @param study the unitizing study
     * @return u-alpha per category, in first-seen category order
     */
    public static Map<String, AgreementResult> perCategory(UnitizingStudy study) {
        Map<String, AgreementResult> out = new LinkedHashMap<>();
        for (int c = 0; c < study.categories().size(); c++) {
            String label = study.categories().get(c);
            String name = "Krippendorff's unitizing alpha for category '" + label + "'";
            Optional<AgreementResult> early = degenerate(study, name);
            if (early.isPresent()) {
                out.put(label, early.get());
                continue;
            }
            int n = 0;
            for (int r = 0; r < study.raterCount(); r++) {
                n += study.begins(c, r).length;
            }
            out.put(label, AgreementResult.ofDisagreement(name, observed(study, c),
                    expected(study, c), n));
        }
        return out;
    }

    private static Optional<AgreementResult> degenerate(UnitizingStudy study, String name) {
        if (study.raterCount() < 2) {
            return Optional.of(AgreementResult.undefined(name, Double.NaN, Double.NaN,
                    AgreementResult.Basis.DISAGREEMENT, study.units().size(),
                    "Unitizing agreement needs at least two raters; this study has "
                            + study.raterCount() + "."));
        }
        if (study.units().isEmpty()) {
            return Optional.of(AgreementResult.undefined(name, Double.NaN, Double.NaN,
                    AgreementResult.Basis.DISAGREEMENT, 0,
                    "No rater marked any unit, so there is nothing to compare."));
        }
        return Optional.empty();
    }

    /** Segment list of one rater for one category: units and the gaps between them. */
    private static final class Segments {
        final long[] begin;
        final long[] length;
        final boolean[] unit;
        final int size;

        Segments(long start, long total, long[] bs, long[] ls) {
            int cap = 2 * bs.length + 1;
            begin = new long[cap];
            length = new long[cap];
            unit = new boolean[cap];
            int n = 0;
            long pos = start;
            for (int i = 0; i < bs.length; i++) {
                if (bs[i] > pos) {
                    begin[n] = pos;
                    length[n] = bs[i] - pos;
                    n++;
                }
                begin[n] = bs[i];
                length[n] = ls[i];
                unit[n] = true;
                n++;
                pos = bs[i] + ls[i];
            }
            if (pos < start + total) {
                begin[n] = pos;
                length[n] = start + total - pos;
                n++;
            }
            size = n;
        }
    }

    static double observed(UnitizingStudy study, int category) {
        int raters = study.raterCount();
        long b = study.begin();
        long len = study.length();
        Segments[] segs = new Segments[raters];
        for (int r = 0; r < raters; r++) {
            segs[r] = new Segments(b, len, study.begins(category, r), study.lengths(category, r));
        }
        CompensatedSum sum = new CompensatedSum();
        for (int r1 = 0; r1 < raters; r1++) {
            for (int r2 = r1 + 1; r2 < raters; r2++) {
                Segments s1 = segs[r1];
                Segments s2 = segs[r2];
                int i = 0;
                int j = 0;
                // Every pair of overlapping segments is visited once, as in DKPro's sweep.
                while (i < s1.size && j < s2.size) {
                    double d = distance(s1.begin[i], s1.length[i], s1.unit[i], s2.begin[j],
                            s2.length[j], s2.unit[j]);
                    if (d != 0) {
                        sum.add(d);
                    }
                    long e1 = s1.begin[i] + s1.length[i];
                    long e2 = s2.begin[j] + s2.length[j];
                    if (e1 <= e2) {
                        i++;
                    }
                    if (e2 <= e1) {
                        j++;
                    }
                }
            }
        }
        return 2.0 * sum.value() / ((double) raters * (raters - 1) * ((double) len * len));
    }

    /** Krippendorff's (2004) segment distance, as DKPro's {@code measureDistance}. */
    static double distance(long b1, long l1, boolean unit1, long b2, long l2, boolean unit2) {
        long beginDiff = b1 - b2;
        long lengthDiff = l1 - l2;
        if (unit1 && unit2 && -l1 < beginDiff && beginDiff < l2) {
            double d1 = beginDiff;
            double d2 = beginDiff + lengthDiff; // end difference
            return d1 * d1 + d2 * d2;
        } else if (unit1 && !unit2 && -lengthDiff >= beginDiff && beginDiff >= 0) {
            return (double) l1 * l1; // unit 1 lies inside rater 2's gap
        } else if (!unit1 && unit2 && -lengthDiff <= beginDiff && beginDiff <= 0) {
            return (double) l2 * l2;
        }
        return 0.0;
    }

    static double expected(UnitizingStudy study, int category) {
        int raters = study.raterCount();
        long b = study.begin();
        long len = study.length();
        int nc = 0;
        int gapCount = 0;
        Segments[] segs = new Segments[raters];
        for (int r = 0; r < raters; r++) {
            segs[r] = new Segments(b, len, study.begins(category, r), study.lengths(category, r));
            nc += study.begins(category, r).length;
            gapCount += segs[r].size - study.begins(category, r).length;
        }
        long[] gaps = new long[gapCount];
        int g = 0;
        for (Segments s : segs) {
            for (int i = 0; i < s.size; i++) {
                if (!s.unit[i]) {
                    gaps[g++] = s.length[i];
                }
            }
        }
        java.util.Arrays.sort(gaps);
        // suffix[i] = sum of gaps[i..]; exact in long (total gap length <= R * L).
        long[] suffix = new long[gaps.length + 1];
        for (int i = gaps.length - 1; i >= 0; i--) {
            suffix[i] = suffix[i + 1] + gaps[i];
        }
        CompensatedSum numerator = new CompensatedSum();
        CompensatedSum squared = new CompensatedSum();
        for (int r = 0; r < raters; r++) {
            for (long l : study.lengths(category, r)) {
                double ld = l;
                squared.add(ld * (ld - 1.0));
                numerator.add((nc - 1.0) * (2.0 * ld * ld * ld - 3.0 * ld * ld + ld) / 3.0);
                int first = lowerBound(gaps, l);
                long count = gaps.length - first;
                if (count > 0) {
                    // sum_{g >= l} (g - l + 1) = sum g - (l - 1) * count, exact in long
                    long inner = suffix[first] - (l - 1) * count;
                    numerator.add(ld * ld * inner);
                }
            }
        }
        double rl = (double) raters * len;
        double denominator = rl * (rl - 1.0) - squared.value();
        return numerator.value() * (2.0 / len) / denominator;
    }

    /** First index with a[i] >= key in an ascending array. */
    private static int lowerBound(long[] a, long key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
