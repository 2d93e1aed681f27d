package org.sameboat.benchmarks.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Options of the search benchmark.
 *
 * @param data       the AnnoMI utterance table to replicate
 * @param megabytes  how much CSV to import, at least
 * @param work       folder for the generated corpus, the project and the bare index
 * @param iterations timed runs per query for index searches (scans get a tenth)
 */
record BenchmarkOptions(Path data, int megabytes, Path work, int iterations) {

    static BenchmarkOptions parse(List<String> args) throws IOException {
        Path data = Path.of(System.getProperty("sameboat.shared.data", "../shared/data"), "annomi", "AnnoMI-simple.csv");
        int megabytes = 200;
        Path work = null;
        int iterations = 200;
        for (int i = 0; i + 1 < args.size(); i += 2) {
            String value = args.get(i + 1);
            switch (args.get(i)) {
                case "--data" -> data = Path.of(value);
                case "--mb" -> megabytes = Integer.parseInt(value);
                case "--work" -> work = Path.of(value);
                case "--iterations" -> iterations = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args.get(i));
            }
        }
        if (work == null) {
            work = Files.createTempDirectory("sameboat-search-benchmark");
        }
        return new BenchmarkOptions(data, megabytes, work, iterations);
    }
}
