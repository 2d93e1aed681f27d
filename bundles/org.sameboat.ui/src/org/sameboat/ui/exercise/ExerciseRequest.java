package org.sameboat.ui.exercise;

import java.nio.file.Path;

import org.sameboat.interop.exercise.Variant;

/**
 * What the instructor chose in Exercise > Make exercise: the same choices as {@code sameboat exercise make}.
 *
 * @param variant what the student is asked to do
 * @param expert the expert's coder name (empty for the examples variant)
 * @param excerpts which excerpts (null for the examples variant, which has none)
 * @param instructions the instructor's words to the student; blank for the variant's default
 * @param out the new exercise folder
 */
public record ExerciseRequest(Variant variant, String expert, ExcerptChoice excerpts, String instructions, Path out) {

    /** @return the instructions the exercise gets: the instructor's, or the variant's default as the CLI gives it */
    public String instructionsOrDefault() {
        return instructions.isBlank() ? variant.defaultInstructions() : instructions.strip();
    }
}
