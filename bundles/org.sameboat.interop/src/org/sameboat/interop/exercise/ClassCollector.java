package org.sameboat.interop.exercise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sameboat.analysis.project.ConfusionMatrix;
import org.sameboat.interop.InteropException;
import org.sameboat.interop.merge.MergeReport;
import org.sameboat.interop.merge.MergeSource;
import org.sameboat.interop.merge.ProjectMerger;
import org.sameboat.model.Project;

/**
 * Gathers students' handed-in copies of one exercise into the instructor's: each copy is merged by id, as
 * {@code sameboat merge} does (the documents, codebook and expert are the same elements in every copy, so only
 * the students' coders and codings are new), and each student is then graded on the gathered project.
 */
public final class ClassCollector {

    /** A student's copy, read and checked. */
    public record Copy(MergeSource.Loaded loaded, ExerciseInfo info) {
    }

    private final Project target;
    private final ExerciseInfo exercise;

    /** @param target the instructor's exercise project, changed in memory; the caller saves it */
    public ClassCollector(Project target, ExerciseInfo exercise) {
        this.target = target;
        this.exercise = exercise;
    }

    /**
     * @param copies the students' copies
     * @param reports receives each merge's report, per copy
     * @throws InteropException when a copy was not handed in, is of another exercise, or two students share a name;
     *         checked before anything is merged
     */
    public ClassReport collect(List<Copy> copies, Map<String, MergeReport> reports) throws InteropException {
        if (!exercise.variant().graded()) {
            throw new InteropException("a " + exercise.variant().word() + " exercise has no expert to pool against; grade each student's");
        }
        Set<String> names = new HashSet<>();
        for (Copy copy : copies) {
            ExerciseInfo info = copy.info();
            if (!info.submitted()) {
                throw new InteropException(copy.loaded().label() + " has not been handed in; nothing was collected");
            }
            if (info.variant() != exercise.variant() || !info.goldCoder().equalsIgnoreCase(exercise.goldCoder())) {
                throw new InteropException(copy.loaded().label() + " is another exercise (" + info.variant().word() + " against "
                        + info.goldCoder() + "); nothing was collected");
            }
            if (!names.add(info.submission().get().coder().toLowerCase(java.util.Locale.ROOT))) {
                throw new InteropException("two copies were handed in by '" + info.submission().get().coder()
                        + "'; each student needs a coder name of their own; nothing was collected");
            }
        }
        ProjectMerger merger = new ProjectMerger(target);
        for (Copy copy : copies) {
            reports.put(copy.loaded().label(), merger.merge(copy.loaded()));
        }
        List<Feedback> students = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<List<String>, Long> pooled = new LinkedHashMap<>();
        for (Copy copy : copies) {
            Feedback feedback = new Grader(target).grade(exercise.withSubmission(copy.info().submission().get()));
            students.add(feedback);
            ConfusionMatrix m = feedback.confusion().orElseThrow();
            for (int r = 0; r < m.labels().size(); r++) {
                for (int c = 0; c < m.labels().size(); c++) {
                    if (m.count(r, c) > 0) {
                        index.putIfAbsent(m.labels().get(r), index.size());
                        index.putIfAbsent(m.labels().get(c), index.size());
                        pooled.merge(List.of(m.labels().get(r), m.labels().get(c)), m.count(r, c), Long::sum);
                    }
                }
            }
        }
        List<String> labels = List.copyOf(index.keySet());
        long[][] matrix = new long[labels.size()][labels.size()];
        List<ClassReport.Confusion> confusions = new ArrayList<>();
        pooled.forEach((pair, turns) -> {
            matrix[index.get(pair.get(0))][index.get(pair.get(1))] = turns;
            if (!pair.get(0).equals(pair.get(1))) {
                confusions.add(new ClassReport.Confusion(pair.get(0), pair.get(1), turns));
            }
        });
        confusions.sort(Comparator.comparingLong(ClassReport.Confusion::turns).reversed().thenComparing(ClassReport.Confusion::expert)
                .thenComparing(ClassReport.Confusion::student));
        return new ClassReport(students, labels, matrix, confusions);
    }
}
