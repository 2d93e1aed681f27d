package org.sameboat.benchmarks.search;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * Runs one benchmark, named by the first argument: {@code -application org.sameboat.benchmarks.app search
 * [--data ANNOMI.csv] [--mb 200] [--work DIR]}. Results go to stdout as Markdown, progress to stderr.
 */
public final class BenchmarkApplication implements IApplication {

    /** Kept so that JUL does not forget the level; Lucene's vector-API advice would clutter the log. */
    private final Logger luceneVectorAdvice = Logger.getLogger("org.apache.lucene.internal.vectorization");

    @Override
    public Object start(IApplicationContext context) throws Exception {
        luceneVectorAdvice.setLevel(Level.SEVERE);
        Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> args = raw instanceof String[] strings ? Arrays.asList(strings) : List.of();
        PrintStream out = System.out;
        if (args.isEmpty() || !args.get(0).equals("search")) {
            System.err.println("usage: -application org.sameboat.benchmarks.app search [--data ANNOMI.csv] [--mb 200] [--work DIR]");
            return Integer.valueOf(2);
        }
        new SearchBenchmark(BenchmarkOptions.parse(args.subList(1, args.size())), out, System.err).run();
        out.flush();
        return IApplication.EXIT_OK;
    }

    @Override
    public void stop() {
        // a benchmark runs to its end
    }
}
