package org.sameboat.benchmarks.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Timings of repeated runs, reported as percentiles in milliseconds. */
final class Latencies {

    private final long[] nanos;

    private Latencies(long[] nanos) {
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
    }

    /** Runs work warm-up times untimed, then times it iterations times. */
    static Latencies measure(int warmup, int iterations, Work work) throws Exception {
        return interleaved(warmup, iterations, List.of(work)).get(0);
    }

    /**
     * Times several pieces of work taking turns, one run of each per round, so that whatever else the machine does
     * meanwhile (a merge, another program) falls on all of them alike rather than on whichever ran at that moment.
     */
    static List<Latencies> interleaved(int warmup, int iterations, List<Work> works) throws Exception {
        for (int i = 0; i < warmup; i++) {
            for (Work work : works) {
                work.run();
            }
        }
        long[][] nanos = new long[works.size()][iterations];
        for (int i = 0; i < iterations; i++) {
            for (int w = 0; w < works.size(); w++) {
                long start = System.nanoTime();
                works.get(w).run();
                nanos[w][i] = System.nanoTime() - start;
            }
        }
        List<Latencies> all = new ArrayList<>();
        for (long[] times : nanos) {
            all.add(new Latencies(times));
        }
        return all;
    }

    /** Nearest-rank percentile in milliseconds. */
    double percentile(double p) {
        int rank = (int) Math.ceil(p / 100.0 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }
}
