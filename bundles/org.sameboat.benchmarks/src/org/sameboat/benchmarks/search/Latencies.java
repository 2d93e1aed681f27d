package org.sameboat.benchmarks.search;

import java.util.Arrays;

/** Timings of repeated runs, reported as percentiles in milliseconds. */
final class Latencies {

    private final long[] nanos;

    private Latencies(long[] nanos) {
        this.nanos = nanos.clone();
        Arrays.sort(this.nanos);
    }

    /** Runs work warm-up times untimed, then times it iterations times. */
    static Latencies measure(int warmup, int iterations, Work work) throws Exception {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            work.run();
            nanos[i] = System.nanoTime() - start;
        }
        return new Latencies(nanos);
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
