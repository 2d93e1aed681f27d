package org.sameboat.benchmarks.agreement;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.agreement.Bootstrap;
import org.sameboat.analysis.agreement.CongerKappa;
import org.sameboat.analysis.agreement.FleissKappa;
import org.sameboat.analysis.agreement.GwetAc;
import org.sameboat.analysis.agreement.KrippendorffAlpha;
import org.sameboat.analysis.agreement.ReliabilityData;

/**
 * {@code ./sameboat bench calculator [--units N] [--replicates N] [--csv FILE]}: the reliability calculator
 * ({@code agree --data}) at scale, 200,000 units × 3 coders by default: point estimates, the bootstrap interval
 * that {@code --ci} adds, and DKPro Statistics' alpha on the same data. {@code --csv FILE} also writes the data as
 * the CSV {@code agree --data} reads, so that the command line (and other tools) can be timed on the very same
 * units; the data is the random data of {@code bench agreement} (seed 2026, 5 categories, each value the unit's
 * true category with probability 0.7).
 */
public final class CalculatorBenchmark implements org.sameboat.benchmarks.Benchmark {

    private static final int CODERS = 3;

    @Override
    public String name() {
        return "calculator";
    }

    @Override
    public String description() {
        return "agree --data at 200,000 units x 3 coders: point estimates, the --ci bootstrap, DKPro alpha; --csv FILE "
                + "writes the data for timing the command line";
    }

    @Override
    public void run(List<String> args, PrintStream out) throws IOException {
        int units = intOption(args, "--units").orElse(200_000);
        int replicates = intOption(args, "--replicates").orElse(Bootstrap.DEFAULT_REPLICATES);
        Optional<Path> csv = option(args, "--csv").map(Path::of);
        double[][] rows = generate(units);
        if (csv.isPresent()) {
            write(rows, csv.get());
            out.println("wrote " + csv.get() + " (" + units + " units x " + CODERS + " coders)");
        }
        ReliabilityData.Builder builder = ReliabilityData.builder(CODERS);
        CodingAnnotationStudy dkpro = new CodingAnnotationStudy(CODERS);
        for (double[] row : rows) {
            builder.addNumericUnit(row);
            dkpro.addItemAsArray(new Object[] {(int) row[0], (int) row[1], (int) row[2]});
        }
        ReliabilityData data = builder.build();
        String size = String.format(Locale.ROOT, "%,d units x %d coders", units, CODERS);
        out.println("| what | size | ms | value |");
        out.println("|---|---|---:|---:|");
        row(out, "Krippendorff's alpha (nominal), point estimate", size, best(() -> KrippendorffAlpha.nominal(data).value(), 10));
        row(out, "Fleiss' kappa, point estimate", size, best(() -> FleissKappa.compute(data).value(), 10));
        row(out, "Conger's kappa, point estimate", size, best(() -> CongerKappa.compute(data).value(), 10));
        row(out, "Gwet's AC1, point estimate", size, best(() -> GwetAc.ac1(data).value(), 10));
        row(out, "DKPro 2.2.1 Krippendorff's alpha (nominal), point estimate", size,
                best(() -> new KrippendorffAlphaAgreement(dkpro, new NominalDistanceFunction()).calculateAgreement(), 5));
        Bootstrap bootstrap = Bootstrap.withSeed(20_260_101L).replicates(replicates);
        for (var coefficient : List.<Named>of(new Named("Krippendorff's alpha (nominal)", KrippendorffAlpha::nominal),
                new Named("Conger's kappa", CongerKappa::compute))) {
            row(out, coefficient.name() + ", --ci bootstrap (" + replicates + " replicates over counted patterns)", size,
                    best(() -> bootstrap.interval(data, coefficient.function()).lower(), 3));
        }
    }

    private record Named(String name, Function<ReliabilityData, AgreementResult> function) {
    }

    private record Timing(double millis, double value) {
    }

    /** Best of {@code runs} wall-clock runs after one warm-up run (JIT compilation, class loading). */
    private static Timing best(DoubleSupplier task, int runs) {
        double value = task.getAsDouble();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            value = task.getAsDouble();
            best = Math.min(best, System.nanoTime() - start);
        }
        return new Timing(best / 1e6, value);
    }

    private static void row(PrintStream out, String what, String size, Timing timing) {
        out.println(String.format(Locale.ROOT, "| %s | %s | %.2f | %.6f |", what, size, timing.millis(), timing.value()));
        out.flush();
    }

    /** The data of {@code bench agreement}'s coding coefficients: the same seed and draws. */
    private static double[][] generate(int units) {
        SplittableRandom random = new SplittableRandom(2026);
        double[][] rows = new double[units][CODERS];
        for (int u = 0; u < units; u++) {
            int truth = 1 + random.nextInt(5);
            for (int g = 0; g < CODERS; g++) {
                rows[u][g] = random.nextDouble() < 0.7 ? truth : 1 + random.nextInt(5);
            }
        }
        return rows;
    }

    private static void write(double[][] rows, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("unit,c1,c2,c3\n");
            for (int u = 0; u < rows.length; u++) {
                w.write((u + 1) + "," + (int) rows[u][0] + "," + (int) rows[u][1] + "," + (int) rows[u][2] + "\n");
            }
        }
    }

    private static Optional<String> option(List<String> args, String name) {
        int i = args.indexOf(name);
        if (i < 0) {
            return Optional.empty();
        }
        if (i + 1 >= args.size()) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return Optional.of(args.get(i + 1));
    }

    private static Optional<Integer> intOption(List<String> args, String name) {
        Optional<String> value = option(args, name);
        try {
            Optional<Integer> n = value.map(Integer::parseInt);
            if (n.isPresent() && n.get() < 2) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number of at least 2, not '" + value.get() + "'");
        }
    }
}
