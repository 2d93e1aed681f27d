package org.sameboat.benchmarks.analysis;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

import org.sameboat.analysis.cooccurrence.Cooccurrence;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.cooccurrence.Mode;
import org.sameboat.analysis.cooccurrence.Transitions;
import org.sameboat.analysis.extract.ProjectExtract;
import org.sameboat.analysis.project.AgreementReport;
import org.sameboat.analysis.project.CharacterAgreement;
import org.sameboat.analysis.project.Comparison;
import org.sameboat.analysis.project.TurnAgreement;
import org.sameboat.analysis.project.UnitizingAgreement;
import org.sameboat.benchmarks.Benchmark;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.edit.EditHistory;

/**
 * Co-occurrence and project agreement on synthetic projects ({@link SyntheticProject}): co-occurrence
 * in the three modes and the transition matrix at 1e5, 3e5 and 1e6 codings over 50 codes, to show
 * that time grows linearly with the codings; project agreement at turn, character and unitizing
 * level at 1e4 and 1e5 codings; and the immutable extract a view takes on the UI thread before computing, whole (at
 * project open) and after one coding (from the last extract). Each figure is the best of three runs after one warm-up run, wall
 * clock, on the project already in memory (building it is not timed).
 */
public final class AnalysisBenchmark implements Benchmark {

    private static final int RUNS = 3;

    @Override
    public String name() {
        return "analysis";
    }

    @Override
    public String description() {
        return "co-occurrence at 1e5-1e6 codings over 50 codes, project agreement at 1e4-1e5 codings [COOC_SIZES... -- AGREE_SIZES...]";
    }

    @Override
    public void run(List<String> args, PrintStream out) {
        int split = args.indexOf("--");
        List<String> cooc = split < 0 ? args : args.subList(0, split);
        List<String> agree = split < 0 ? List.of() : args.subList(split + 1, args.size());
        List<Integer> coocSizes = cooc.isEmpty() ? List.of(100_000, 300_000, 1_000_000) : cooc.stream().map(Integer::valueOf).toList();
        List<Integer> agreeSizes = agree.isEmpty() ? List.of(10_000, 100_000) : agree.stream().map(Integer::valueOf).toList();
        out.printf("Java %s, %d cores, max heap %d MB%n%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        out.println("Co-occurrence, 50 codes, both coders pooled (ms; in brackets ns per coding)");
        out.println();
        out.println("| codings | overlap (count, c, Jaccard) | same turn | window:3 | transitions | extract for a view | extract after a coding |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int size : coocSizes) {
            Project project = SyntheticProject.create(size, size);
            double overlap = best(() -> Cooccurrence.compute(project, List.of(), Mode.overlap(), Filter.none()));
            double turn = best(() -> Cooccurrence.compute(project, List.of(), Mode.turn(), Filter.none()));
            double window = best(() -> Cooccurrence.compute(project, List.of(), Mode.window(3), Filter.none()));
            double transitions = best(() -> Transitions.compute(project, List.of(), Filter.none()));
            // what a view pays on the UI thread before its job may compute (issue 18.1's threading contract)
            double extract = best(() -> ProjectExtract.of(project));
            double afterACoding = extractAfterACoding(project);
            out.printf("| %,d | %s | %s | %s | %s | %s | %s |%n", size, cell(overlap, size), cell(turn, size), cell(window, size),
                    cell(transitions, size), cell(extract, size), cell(afterACoding, size));
            out.flush();
        }
        out.println();
        out.println("Project agreement, 2 coders, 50 codes (ms): all codes plus the dynamic (turn), all codes (character, unitizing)");
        out.println();
        out.println("| codings | turns | characters | turn level | character level | unitizing |");
        out.println("|---:|---:|---:|---:|---:|---:|");
        for (int size : agreeSizes) {
            Project project = SyntheticProject.create(size, size);
            Comparison comparison = Comparison.of(project, List.of(), List.of());
            AgreementReport turns = TurnAgreement.of(comparison).report();
            AgreementReport characters = CharacterAgreement.compute(comparison);
            double turn = best(() -> TurnAgreement.of(comparison).report());
            double character = best(() -> CharacterAgreement.compute(comparison));
            double unitizing = best(() -> UnitizingAgreement.compute(comparison));
            out.printf("| %,d | %,d | %,d | %.0f | %.0f | %.0f |%n", size, turns.units(), characters.units(), turn, character,
                    unitizing);
            out.flush();
        }
    }

    /**
     * Best time in ms of {@value #RUNS} extracts taken from the last one after one coding edit each (through the
     * undo history, as the workbench edits), after one warm-up: what a view pays on the UI thread per coding. The
     * edits themselves are not timed; each resizes a coding of another document. It changes the project.
     */
    private static double extractAfterACoding(Project project) {
        EditHistory history = new EditHistory();
        ProjectExtract last = ProjectExtract.of(project);
        long best = Long.MAX_VALUE;
        for (int i = 0; i <= RUNS; i++) {
            Document document = project.getDocuments().get(i * 7 % project.getDocuments().size());
            Coding coding = document.getCodings().get(i);
            history.edit("Resize coding", List.of(document), () -> {
                coding.setEnd(coding.getEnd() > coding.getStart() + 1 ? coding.getEnd() - 1 : coding.getEnd() + 1);
                return coding;
            });
            long start = System.nanoTime();
            last = ProjectExtract.of(project, last, history.lastChange());
            long took = System.nanoTime() - start;
            if (i > 0) {
                best = Math.min(best, took);
            }
        }
        return best / 1e6;
    }

    private static String cell(double millis, int codings) {
        // below 10 ms a tenth tells an extract of one document from none
        return String.format(millis < 10 ? "%.1f (%.0f)" : "%.0f (%.0f)", millis, millis * 1e6 / codings);
    }

    /** Best wall-clock time in ms of {@value #RUNS} runs after one warm-up run. */
    private static double best(Supplier<?> task) {
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
