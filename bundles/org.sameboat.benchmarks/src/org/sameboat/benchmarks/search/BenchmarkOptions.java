package org.sameboat.benchmarks.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Options of the search benchmark.
 *
 * @param data       the AnnoMI utterance table to replicate: {@code --data FILE} (the full AnnoMI-simple.csv for the
 *                   published figures), else the slice of AnnoMI this bundle ships, copied into the work folder
 * @param megabytes  how much CSV to import, at least
 * @param work       folder for the generated corpus, the project and the bare index
 * @param iterations timed runs per query for index searches (scans get a tenth)
 */
record BenchmarkOptions(Path data, int megabytes, Path work, int iterations) {

    static BenchmarkOptions parse(List<String> args) throws IOException {
        Path data = null;
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
        if (data == null) {
            data = bundledSlice(work);
        }
        return new BenchmarkOptions(data, megabytes, work, iterations);
    }

    /**
     * The AnnoMI slice in this bundle (resources/annomi, see the README there), written into the work folder: the
     * benchmark copies and measures files on disk, and the installed bundle is a jar.
     */
    private static Path bundledSlice(Path work) throws IOException {
        String resource = "resources/annomi/AnnoMI-slice.csv";
        try (InputStream in = BenchmarkOptions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the benchmarks bundle; pass --data FILE");
            }
            Files.createDirectories(work);
            Path file = work.resolve("AnnoMI-slice.csv");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        }
    }
}
