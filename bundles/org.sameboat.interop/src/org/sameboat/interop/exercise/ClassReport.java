package org.sameboat.interop.exercise;

import java.util.List;

/**
 * A class's exercises side by side: each student's feedback, and how the class's codes crossed the expert's,
 * pooled over students.
 *
 * @param students each student's feedback, in the order given
 * @param labels the labels of the pooled matrix, in the order first met (codebook order within a student)
 * @param pooled pooled[expert label][student label] turns, summed over students
 * @param confusions the off-diagonal cells, most frequent first (ties by label)
 */
public record ClassReport(List<Feedback> students, List<String> labels, long[][] pooled, List<Confusion> confusions) {

    /** Copies the lists so the record stays immutable (the matrix is the collector's own). */
    public ClassReport {
        students = List.copyOf(students);
        labels = List.copyOf(labels);
        confusions = List.copyOf(confusions);
    }

    /**
     * Turns the expert gave one code and students another.
     *
     * @param expert the expert's label
     * @param student the students' label
     * @param turns how many turns, over all students
     */
    public record Confusion(String expert, String student, long turns) {
    }
}
