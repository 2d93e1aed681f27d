package org.sameboat.interop.exercise;

import java.util.Arrays;
import java.util.Optional;

import org.sameboat.model.SpeakerRole;
import org.sameboat.model.codebook.MutualAidDynamics;
import org.sameboat.model.codebook.WorkerSkills;

/**
 * What an exercise asks of the student, after the exercises that close the chapter Sameboat is built on: name the
 * dynamics at work in members' turns (2.2), name the worker's skills in the worker's turns, or write an example of
 * each dynamic from one's own practice (2.1).
 */
public enum Variant {

    /** The dynamics of mutual aid, graded on member turns. */
    DYNAMICS("dynamics", MutualAidDynamics.CODEBOOK_NAME, Optional.of(SpeakerRole.MEMBER)),
    /** The worker's skills, graded on worker turns. */
    SKILLS("skills", WorkerSkills.CODEBOOK_NAME, Optional.of(SpeakerRole.WORKER)),
    /** The student writes an example of each dynamic; an instructor accepts each or asks for a revision. */
    EXAMPLES("examples", MutualAidDynamics.CODEBOOK_NAME, Optional.empty());

    private final String word;
    private final String codebook;
    private final Optional<SpeakerRole> turns;

    Variant(String word, String codebook, Optional<SpeakerRole> turns) {
        this.word = word;
        this.codebook = codebook;
        this.turns = turns;
    }

    /** @return the word that names it on the command line and in exercise.json */
    public String word() {
        return word;
    }

    /** @return the name of the codebook whose codes the exercise is about */
    public String codebook() {
        return codebook;
    }

    /** @return the role of the speakers whose turns are graded; empty when the student codes no turns */
    public Optional<SpeakerRole> turns() {
        return turns;
    }

    /** @return whether the student codes turns that an expert coded (and is graded against the expert) */
    public boolean graded() {
        return turns.isPresent();
    }

    /** @return the instructions an exercise of this variant gets when the instructor writes none */
    public String defaultInstructions() {
        return switch (this) {
            case DYNAMICS -> "Read the excerpts and code each member's turn with the dynamic of mutual aid at work in it. Code on your"
                    + " own: the expert's coding is sealed until you hand the exercise in (Exercise > Submit).";
            case SKILLS -> "Read the excerpts and code each of the worker's turns with the skill the worker uses. Code on your own: the"
                    + " expert's coding is sealed until you hand the exercise in (Exercise > Submit).";
            case EXAMPLES -> "Write an example of each dynamic of mutual aid from your own practice, one memo per dynamic. Your"
                    + " instructor will accept each one or ask you to revise it.";
        };
    }

    /** @return the variant a word names */
    public static Optional<Variant> of(String word) {
        return Arrays.stream(values()).filter(v -> v.word.equalsIgnoreCase(word.strip())).findFirst();
    }
}
