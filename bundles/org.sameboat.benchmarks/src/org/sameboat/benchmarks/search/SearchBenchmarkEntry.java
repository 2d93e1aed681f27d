package org.sameboat.benchmarks.search;

import java.io.PrintStream;
import java.util.List;

import org.sameboat.benchmarks.Benchmark;
import org.sameboat.corpus.search.LuceneAdvice;

/**
 * {@code ./sameboat bench search [--data ANNOMI.csv] [--mb 200] [--work DIR]}: import, index and query beside bare
 * Lucene; without {@code --data}, on the AnnoMI slice this bundle ships.
 */
public final class SearchBenchmarkEntry implements Benchmark {

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
        LuceneAdvice.quiet();
        new SearchBenchmark(BenchmarkOptions.parse(args), out, System.err).run();
        out.flush();
    }
}
