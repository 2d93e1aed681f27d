package org.sameboat.interop.exercise;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What an exercise folder says about itself (its exercise.json): the variant, whose coding is the key, the
 * instructions the instructor wrote, where the excerpts come from, and, once handed in, who submitted when. For
 * the examples variant it also keeps the instructor's marks on the student's examples, by memo id.
 *
 * @param variant what the student is asked to do
 * @param goldCoder the name of the expert whose codings are sealed in the folder (empty for examples)
 * @param instructions the instructor's words to the student
 * @param source the project and excerpts the exercise was made from, for the record
 * @param made when it was made
 * @param submission who handed it in and when; empty until then
 * @param reviews the instructor's marks on examples, by memo id
 */
public record ExerciseInfo(Variant variant, String goldCoder, String instructions, String source, Instant made,
        Optional<Submission> submission, Map<String, Review> reviews) {

    /** Copies the reviews so the record stays immutable. */
    public ExerciseInfo {
        reviews = Map.copyOf(reviews);
    }

    /** @return whether the student has handed it in */
    public boolean submitted() {
        return submission.isPresent();
    }

    /** @return the same exercise, handed in */
    public ExerciseInfo withSubmission(Submission value) {
        return new ExerciseInfo(variant, goldCoder, instructions, source, made, Optional.of(value), reviews);
    }

    /** @return the same exercise with one more (or a replaced) mark on an example */
    public ExerciseInfo withReview(String memoId, Review review) {
        Map<String, Review> next = new LinkedHashMap<>(reviews);
        next.put(memoId, review);
        return new ExerciseInfo(variant, goldCoder, instructions, source, made, submission, next);
    }
}
