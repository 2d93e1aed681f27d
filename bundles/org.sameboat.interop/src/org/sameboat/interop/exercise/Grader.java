package org.sameboat.interop.exercise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.sameboat.analysis.project.Comparison;
import org.sameboat.analysis.project.Disagreement;
import org.sameboat.analysis.project.TurnAgreement;
import org.sameboat.interop.InteropException;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Memo;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Lookups;

/**
 * Grades a handed-in exercise. The agreement is {@link TurnAgreement} on the expert and the student over the
 * variant's turns, exactly what {@code sameboat agree DIR --unit turn --coders EXPERT,STUDENT --role ROLE}
 * computes; the misses are its disagreements, each with the codebook's guidance on both codes.
 */
public final class Grader {

    private final Project project;

    public Grader(Project project) {
        this.project = project;
    }

    /**
     * @param info the exercise, handed in
     * @throws InteropException when it was not handed in, or the expert and student share no coded document
     */
    public Feedback grade(ExerciseInfo info) throws InteropException {
        Submission submission = info.submission().orElseThrow(() -> new InteropException(
                "this exercise has not been handed in; the expert's codings stay sealed until: sameboat exercise submit"));
        Coder student = coder(submission.coder());
        if (!info.variant().graded()) {
            return new Feedback(info, Optional.empty(), Optional.empty(), List.of(), examples(info, student));
        }
        Coder expert = coder(info.goldCoder());
        Predicate<Turn> turns = t -> t.getSpeaker() != null && info.variant().turns().get() == t.getSpeaker().getRole();
        Comparison comparison = Comparison.of(project, List.of(expert, student), List.of(), d -> true, turns);
        if (comparison.documents().isEmpty()) {
            throw new InteropException(student.getName() + " coded none of the documents " + expert.getName() + " coded; nothing to grade");
        }
        TurnAgreement agreement = TurnAgreement.of(comparison);
        Map<String, Code> byPath = new HashMap<>();
        comparison.codes().forEach(c -> byPath.put(CodePaths.path(c), c));
        List<Feedback.Miss> misses = new ArrayList<>();
        for (Disagreement d : agreement.disagreements()) {
            misses.add(new Feedback.Miss(d, Optional.ofNullable(byPath.get(d.first())).map(Guidance::of),
                    Optional.ofNullable(byPath.get(d.second())).map(Guidance::of), expertMemo(d, expert)));
        }
        return new Feedback(info, Optional.of(agreement.report()), Optional.of(agreement.confusion()), misses, List.of());
    }

    private Coder coder(String name) throws InteropException {
        return Lookups.coder(project, name).orElseThrow(() -> new InteropException("no coder '" + name
                + "' in the exercise, though it was handed in with that name; was the project changed by hand?"));
    }

    /** The memos of the expert's codings on the turn, in text order. */
    private String expertMemo(Disagreement d, Coder expert) {
        Document document = Lookups.document(project, d.documentId()).orElseThrow();
        Turn turn = document.getTurns().get(d.turn() - 1);
        Set<String> memos = new LinkedHashSet<>();
        for (Coding coding : document.getCodings()) {
            if (coding.getCoder() == expert && coding.getStart() < turn.getEnd() && coding.getEnd() > turn.getStart()
                    && coding.getMemo() != null && !coding.getMemo().isBlank()) {
                memos.add(coding.getMemo().strip());
            }
        }
        return String.join(" / ", memos);
    }

    private List<Feedback.Example> examples(ExerciseInfo info, Coder student) {
        List<Feedback.Example> out = new ArrayList<>();
        for (Memo memo : Examples.all(project)) {
            if (memo.getAuthor() == student) {
                out.add(new Feedback.Example(memo.getId(), Guidance.of(Examples.dynamic(memo)), memo.getText(),
                        Optional.ofNullable(info.reviews().get(memo.getId()))));
            }
        }
        return out;
    }
}
