package org.sameboat.benchmarks.agreement;

import java.io.PrintStream;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.sameboat.analysis.agreement.CohenKappa;
import org.sameboat.analysis.agreement.FleissKappa;
import org.sameboat.analysis.agreement.KrippendorffAlpha;
import org.sameboat.analysis.agreement.ReliabilityData;
import org.sameboat.analysis.agreement.UnitizingAlpha;
import org.sameboat.analysis.agreement.UnitizingStudy;

/**
 * Side-by-side timing of Sameboat's agreement coefficients against DKPro Statistics Agreement
 * 2.2.1 on the same random data (fixed seeds), printed as a markdown table.
 *
 * <p>Unitizing alpha: 2 coders, 10k/20k/40k units per coder, 3 categories, units of length 1-20
 * separated by gaps of 0-14 positions. Coding coefficients: 200,000 units × 3 coders, 5
 * categories (Cohen's kappa on the first two coders). Times are wall-clock for the coefficient
 * only (data structures built beforehand): the best of 10 (ours) or 5 (DKPro) runs after as many
 * warm-up runs, except DKPro's unitizing alpha, timed once because it takes up to a minute.
 * Values are compared too, so a run also shows that both sides compute the same number.
 */
public final class AgreementBenchmark implements org.sameboat.benchmarks.Benchmark {

    @Override
    public String name() {
        return "agreement";
    }

    @Override
    public String description() {
        return "agreement coefficients and unitizing alpha beside DKPro Statistics 2.2.1, side by side in one run";
    }

    @Override
    public void run(java.util.List<String> args, PrintStream out) {
        run(out);
    }

    /**
     * Runs the benchmark (takes a few minutes, dominated by DKPro's unitizing alpha at 40k).
     *
     * @param out where to print the markdown table
     */
    public static void run(PrintStream out) {
        run(out, new int[] {10_000, 20_000, 40_000}, 200_000);
    }

    /**
     * Runs the benchmark at the given sizes.
     *
     * @param out where to print
     * @param unitizingSizes units per coder for unitizing alpha
     * @param codingUnits units for the coding coefficients
     */
    public static void run(PrintStream out, int[] unitizingSizes, int codingUnits) {
        out.println("| coefficient | size | Sameboat (ms) | DKPro 2.2.1 (ms) | speed-up | |value diff| |");
        out.println("|---|---|---:|---:|---:|---:|");
        for (int n : unitizingSizes) {
            benchmarkUnitizing(out, n);
        }
        benchmarkCoding(out, codingUnits);
    }

    private static void benchmarkUnitizing(PrintStream out, int unitsPerCoder) {
        int raters = 2;
        long length = unitsPerCoder * 35L + 10;
        UnitizingStudy.Builder ours = UnitizingStudy.builder(0, length, raters);
        UnitizingAnnotationStudy theirs = new UnitizingAnnotationStudy(raters, 0, length);
        SplittableRandom random = new SplittableRandom(unitsPerCoder);
        for (int r = 0; r < raters; r++) {
            long pos = 0;
            for (int i = 0; i < unitsPerCoder; i++) {
                pos += random.nextInt(0, 15);
                long len = 1 + random.nextInt(20);
                String category = "c" + random.nextInt(3);
                ours.unit(r, category, pos, len);
                theirs.addUnit(pos, len, r, category);
                pos += len;
            }
        }
        UnitizingStudy study = ours.build();
        Timing a = time(() -> UnitizingAlpha.compute(study).value(), 10, true);
        // DKPro is quadratic here (tens of seconds at 40k): one run, no separate warm-up; the
        // smaller sizes before it have already warmed up the JIT.
        Timing b = time(() -> new KrippendorffAlphaUnitizingAgreement(theirs)
                .calculateAgreement(), 1, false);
        row(out, "Krippendorff unitizing alpha (2 coders)",
                String.format(Locale.ROOT, "%,d units/coder", unitsPerCoder), a, b);
    }

    private static void benchmarkCoding(PrintStream out, int units) {
        int coders = 3;
        SplittableRandom random = new SplittableRandom(2026);
        ReliabilityData.Builder ours = ReliabilityData.builder(coders);
        ReliabilityData.Builder ours2 = ReliabilityData.builder(2);
        CodingAnnotationStudy theirs = new CodingAnnotationStudy(coders);
        CodingAnnotationStudy theirs2 = new CodingAnnotationStudy(2);
        for (int u = 0; u < units; u++) {
            int truth = 1 + random.nextInt(5);
            double[] row = new double[coders];
            Object[] item = new Object[coders];
            for (int g = 0; g < coders; g++) {
                int v = random.nextDouble() < 0.7 ? truth : 1 + random.nextInt(5);
                row[g] = v;
                item[g] = v;
            }
            ours.addNumericUnit(row);
            ours2.addNumericUnit(row[0], row[1]);
            theirs.addItemAsArray(item);
            theirs2.addItem(item[0], item[1]);
        }
        ReliabilityData data = ours.build();
        ReliabilityData data2 = ours2.build();
        String size = String.format(Locale.ROOT, "%,d units x %d coders", units, coders);
        row(out, "Krippendorff alpha (nominal)", size,
                time(() -> KrippendorffAlpha.nominal(data).value(), 10, true),
                time(() -> new KrippendorffAlphaAgreement(theirs, new NominalDistanceFunction())
                        .calculateAgreement(), 5, true));
        row(out, "Fleiss' kappa", size, time(() -> FleissKappa.compute(data).value(), 10, true),
                time(() -> new FleissKappaAgreement(theirs).calculateAgreement(), 5, true));
        row(out, "Cohen's kappa", String.format(Locale.ROOT, "%,d units x 2 coders", units),
                time(() -> CohenKappa.compute(data2).value(), 10, true),
                time(() -> new CohenKappaAgreement(theirs2).calculateAgreement(), 5, true));
    }

    private record Timing(double millis, double value) {
    }

    /** Best of {@code runs} wall-clock runs, optionally after as many warm-up runs. */
    private static Timing time(DoubleSupplier task, int runs, boolean warmUp) {
        double value = Double.NaN;
        for (int i = 0; warmUp && i < runs; i++) {
            value = task.getAsDouble(); // JIT compilation, class loading
        }
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            value = task.getAsDouble();
            best = Math.min(best, System.nanoTime() - start);
        }
        return new Timing(best / 1e6, value);
    }

    private static void row(PrintStream out, String name, String size, Timing ours,
            Timing theirs) {
        out.println(String.format(Locale.ROOT, "| %s | %s | %.2f | %.1f | %.0fx | %.1e |", name,
                size, ours.millis(), theirs.millis(), theirs.millis() / ours.millis(),
                Math.abs(ours.value() - theirs.value())));
        out.flush();
    }
}
