package org.sameboat.benchmarks.analysis;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.profile.Level;
import org.sameboat.analysis.profile.Profile;
import org.sameboat.analysis.sequence.EventKind;
import org.sameboat.analysis.sequence.LagSequential;
import org.sameboat.benchmarks.Benchmark;
import org.sameboat.model.Project;

/**
 * Profiles and lag-sequential tables on the synthetic projects of {@link SyntheticProject} (200 turns
 * and 1,000 codings per document, 50 codes, two coders pooled) at 1e5, 3e5 and 1e6 codings, to show
 * that time grows linearly with the codings. Best of three runs after one warm-up, wall clock, on the
 * project already in memory; the statistics (chi-square, residuals, Yule's Q) are computed too.
 */
public final class SequentialBenchmark implements Benchmark {

    private static final int RUNS = 3;

    @Override
    public String name() {
        return "sequential";
    }

    @Override
    public String description() {
        return "profile (by stage, by speaker) and sequence (dynamic lag 1 and 3, role+code) at 1e5-1e6 codings [SIZES...]";
    }

    @Override
    public void run(List<String> args, PrintStream out) {
        List<Integer> sizes = args.isEmpty() ? List.of(100_000, 300_000, 1_000_000) : args.stream().map(Integer::valueOf).toList();
        out.printf("Java %s, %d cores, max heap %d MB%n%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.println("Profiles and sequences, 50 codes, both coders pooled (ms; in brackets ns per coding)");
        out.println();
        out.println("| codings | turns | profile by stage | profile by speaker | sequence, dynamic, lag 1 | lag 3 | role+code, lag 1 |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int size : sizes) {
            Project project = SyntheticProject.create(size, size);
            long turns = project.getDocuments().stream().mapToLong(d -> d.getTurns().size()).sum();
            double stage = best(() -> Profile.compute(project, List.of(), Level.STAGE, Filter.none()).test().p());
            double speaker = best(() -> Profile.compute(project, List.of(), Level.SPEAKER, Filter.none()).test().p());
            double lag1 = best(() -> statistics(project, EventKind.DYNAMIC, 1));
            double lag3 = best(() -> statistics(project, EventKind.DYNAMIC, 3));
            double roleCode = best(() -> statistics(project, EventKind.ROLE_CODE, 1));
            out.printf("| %,d | %,d | %s | %s | %s | %s | %s |%n", size, turns, cell(stage, size), cell(speaker, size),
                    cell(lag1, size), cell(lag3, size), cell(roleCode, size));
            out.flush();
        }
    }

    /** The table and every statistic of every cell, as the verb prints them. */
    private static double statistics(Project project, EventKind kind, int lag) {
        var table = LagSequential.compute(project, List.of(), kind, lag, Filter.none());
        double sum = 0;
        for (int g = 0; g < table.events().size(); g++) {
            for (int t = 0; t < table.events().size(); t++) {
                sum += table.expected(g, t) + table.probability(g, t) + table.adjustedResidual(g, t) + table.yulesQ(g, t);
            }
        }
        return sum;
    }

    private static String cell(double millis, int codings) {
        return String.format("%.0f (%.0f)", millis, millis * 1e6 / codings);
    }

    /** Best wall-clock time in ms of three runs after one warm-up run (the ENA benchmark times the same way). */
    static double best(Supplier<?> task) {
        task.get(); // JIT compilation, class loading
        long best = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            task.get();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best / 1e6;
    }
}
