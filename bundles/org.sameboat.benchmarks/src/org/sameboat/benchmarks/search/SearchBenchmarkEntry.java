package org.sameboat.benchmarks.search;

import java.io.PrintStream;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.sameboat.benchmarks.Benchmark;

/**
 * {@code ./sameboat bench search [--data ANNOMI.csv] [--mb 200] [--work DIR]}: import, index and query beside bare
 * Lucene; without {@code --data}, on the AnnoMI slice this bundle ships.
 */
public final class SearchBenchmarkEntry implements Benchmark {

    /** Kept so that JUL does not forget the level; Lucene's vector-API advice would clutter the figures. */
    private final Logger luceneVectorAdvice = Logger.getLogger("org.apache.lucene.internal.vectorization");

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String description() {
        return "import+index throughput and query latency beside a bare IndexWriter/IndexSearcher and a regex scan [--data F] [--mb N] [--work DIR]";
    }

    @Override
    public void run(List<String> args, PrintStream out) throws Exception {
        luceneVectorAdvice.setLevel(Level.SEVERE);
        new SearchBenchmark(BenchmarkOptions.parse(args), out, System.err).run();
        out.flush();
    }
}
