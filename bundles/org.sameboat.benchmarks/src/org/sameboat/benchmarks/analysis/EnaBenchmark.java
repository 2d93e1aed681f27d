package org.sameboat.benchmarks.analysis;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.ena.Accumulation;
import org.sameboat.analysis.ena.EnaModel;
import org.sameboat.analysis.ena.GroupPair;
import org.sameboat.analysis.profile.Level;
import org.sameboat.benchmarks.Benchmark;
import org.sameboat.model.Code;
import org.sameboat.model.Project;

/**
 * Epistemic network analysis on the synthetic projects of {@link SyntheticProject} (200 turns and 1,000 codings per
 * document, 6 speakers, 50 codes, two coders pooled) at 1e5 turns: the accumulation alone and the whole model
 * (normalisation, centring, rotation, node positions, fit, test) by speaker, by speaker and stage with a means
 * rotation, and by session (one unit per document). Best of three runs after one warm-up, wall clock, project in memory.
 */
public final class EnaBenchmark implements Benchmark {

    private static final int WINDOW = 4;

    @Override
    public String name() {
        return "ena";
    }

    @Override
    public String description() {
        return "ena (accumulation and model, by speaker, speaker × stage, session; 10 and 50 codes) at 1e5 turns [TURNS...]";
    }

    @Override
    public void run(List<String> args, PrintStream out) {
        List<Integer> sizes = args.isEmpty() ? List.of(100_000) : args.stream().map(Integer::valueOf).toList();
        out.printf("Java %s, %d cores, max heap %d MB%n%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.println("ENA, window " + WINDOW + ", both coders pooled (ms)");
        out.println();
        out.println("| turns | codings | codes | accumulate by speaker | model by speaker | speaker × stage, means rotation"
                + " | model by session |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int turns : sizes) {
            int codings = turns / SyntheticProject.TURNS_PER_DOCUMENT * SyntheticProject.CODINGS_PER_DOCUMENT;
            Project project = SyntheticProject.create(codings, turns);
            List<Code> all = project.getCodebooks().get(0).getCodes();
            for (List<Code> codes : List.of(all.subList(0, 10), all)) {
                double accumulate = SequentialBenchmark.best(() -> Accumulation.of(project, codes, Level.SPEAKER, Optional.empty(), WINDOW,
                        Filter.none()));
                double speaker = SequentialBenchmark.best(() -> model(project, codes, Level.SPEAKER, Optional.empty()));
                double stages = SequentialBenchmark.best(() -> model(project, codes, Level.SPEAKER, Optional.of(GroupPair.parse("stage:beginning,ending"))));
                double session = SequentialBenchmark.best(() -> model(project, codes, Level.SESSION, Optional.empty()));
                out.printf("| %,d | %,d | %d | %.0f | %.0f | %.0f | %.0f |%n", turns, codings, codes.size(), accumulate, speaker,
                        stages, session);
                out.flush();
            }
        }
    }

    private static double model(Project project, List<Code> codes, Level unit, Optional<GroupPair> groups) {
        var set = EnaModel.fit(Accumulation.of(project, codes, unit, groups.map(GroupPair::field), WINDOW, Filter.none()),
                groups);
        return set.variance()[0] + set.fit().get(0).pearson();
    }
}
