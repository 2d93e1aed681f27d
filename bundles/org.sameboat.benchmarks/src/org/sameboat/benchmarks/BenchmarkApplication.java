package org.sameboat.benchmarks;

import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.sameboat.benchmarks.agreement.AgreementBenchmark;
import org.sameboat.benchmarks.agreement.CalculatorBenchmark;
import org.sameboat.benchmarks.analysis.AnalysisBenchmark;
import org.sameboat.benchmarks.analysis.EnaBenchmark;
import org.sameboat.benchmarks.analysis.NetworkBenchmark;
import org.sameboat.benchmarks.analysis.SequentialBenchmark;
import org.sameboat.benchmarks.persistence.PersistenceBenchmark;
import org.sameboat.benchmarks.search.SearchBenchmarkEntry;
import org.sameboat.benchmarks.team.TeamSyncBenchmark;
import org.sameboat.benchmarks.ui.TranscriptBenchmark;

/** {@code ./sameboat bench NAME [ARGS]}: runs one benchmark, or lists them. */
public final class BenchmarkApplication implements IApplication {

    private static List<Benchmark> benchmarks() {
        return List.of(new PersistenceBenchmark(), new TranscriptBenchmark(), new AnalysisBenchmark(),
                new SequentialBenchmark(), new NetworkBenchmark(), new EnaBenchmark(), new AgreementBenchmark(), new CalculatorBenchmark(),
                new SearchBenchmarkEntry(),
                new TeamSyncBenchmark());
    }

    @Override
    public Object start(IApplicationContext context) {
        Object raw = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] args = raw instanceof String[] strings ? strings : new String[0];
        for (Benchmark benchmark : benchmarks()) {
            if (args.length > 0 && benchmark.name().equals(args[0])) {
                try {
                    benchmark.run(Arrays.asList(args).subList(1, args.length), System.out);
                    return IApplication.EXIT_OK;
                } catch (IllegalStateException | IllegalArgumentException e) {
                    // what the user must change (a display, an argument): the message says it, a trace would not
                    System.err.println("sameboat bench " + benchmark.name() + ": " + e.getMessage());
                    return Integer.valueOf(2);
                } catch (Exception | Error e) {
                    System.err.println("sameboat bench " + benchmark.name() + ": failed: " + e);
                    e.printStackTrace();
                    return Integer.valueOf(1);
                }
            }
        }
        System.err.println(args.length == 0 ? "usage: sameboat bench NAME" : "sameboat bench: no benchmark '" + args[0] + "'");
        for (Benchmark benchmark : benchmarks()) {
            System.err.println("  " + benchmark.name() + "  " + benchmark.description());
        }
        return Integer.valueOf(2);
    }

    @Override
    public void stop() {
        // benchmarks run to completion
    }
}
