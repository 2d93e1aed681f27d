package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.interop.exercise.ExerciseFolder;
import org.sameboat.interop.exercise.ExerciseMaker;
import org.sameboat.interop.exercise.Variant;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.ui.parts.ExerciseFeedbackPart;
import org.sameboat.ui.parts.ExerciseInstructionsPart;
import org.sameboat.ui.session.ExerciseWork;
import org.sameboat.ui.session.WorkbenchAnalysis;

/**
 * A student's whole path through an exercise in the workbench: opening it starts exercise mode (blind that cannot be
 * ended, no agreement, no other coder), the instructions show; coding, handing in, the feedback; and after saving
 * and opening again the exercise stays handed in.
 */
class ExerciseModeTest {

    private static final String INSTRUCTIONS = "Code each member's turn of session 4 with its dynamic.";

    @TempDir
    Path temp;

    private WorkbenchFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private Path makeExercise() throws Exception {
        Project sample = SampleProject.create(temp.resolve("sample"));
        Document session4 = sample.getDocuments().stream().filter(d -> Integer.valueOf(4).equals(d.getSession())).findFirst().orElseThrow();
        ExerciseMaker.Made made = new ExerciseMaker(sample).make(Variant.DYNAMICS, "alex", List.of(session4), INSTRUCTIONS,
                Instant.parse("2026-01-04T09:00:00Z"));
        Path exercise = temp.resolve("exercise");
        new ProjectStore().createWith(exercise, made.project());
        new ExerciseFolder(exercise).write(made.key());
        new ExerciseFolder(exercise).write(made.info());
        return exercise;
    }

    @Test
    void aStudentCodesBlindHandsInSeesFeedbackAndFindsItHandedInAfterReopening() throws Exception {
        Path exercise = makeExercise();
        fixture = new WorkbenchFixture(exercise, "ana", false);
        List<String> refusals = new ArrayList<>();
        fixture.session.onRefusal(refusals::add);
        ExerciseInstructionsPart instructions = fixture.part(ExerciseInstructionsPart.class);
        ExerciseFeedbackPart feedback = fixture.part(ExerciseFeedbackPart.class);
        fixture.settle();

        // exercise mode
        assertTrue(fixture.session.isBlind());
        fixture.session.setBlind(false);
        assertTrue(fixture.session.isBlind(), "blind cannot be ended before handing in");
        assertEquals(1, refusals.size());
        assertTrue(refusals.get(0).contains("exercise"), refusals.get(0));
        Project project = fixture.session.project().orElseThrow();
        assertEquals(List.of("ana"), project.getCoders().stream().map(Coder::getName).toList(), "the expert is not in the project");
        assertEquals(List.of(fixture.session.coder()), fixture.session.visibleCoders());
        WorkbenchAnalysis analysis = new WorkbenchAnalysis(fixture.session);
        assertThrows(IllegalArgumentException.class, () -> analysis.turnAgreement(List.copyOf(project.getCoders()), List.of()),
                "no agreement while the exercise is open");
        assertTrue(instructions.shownText().contains(INSTRUCTIONS), instructions.shownText());
        assertTrue(feedback.shownText().contains("has not been handed in"), feedback.shownText());

        // coding: every member turn as Sharing data
        Document document = project.getDocuments().get(0);
        Code sharing = CodePaths.find(project, "Sharing data").orElseThrow();
        int coded = 0;
        for (Turn turn : document.getTurns()) {
            if (turn.getSpeaker().getRole() == SpeakerRole.MEMBER) {
                fixture.session.code(document, sharing, turn.getStart(), turn.getEnd());
                coded++;
            }
        }
        assertTrue(fixture.session.isDirty());

        // handing in
        ExerciseWork.submit(fixture.session, WorkbenchFixture.CLOCK);
        fixture.settle();
        assertFalse(fixture.session.isBlind(), "blind ends with the exercise");
        assertFalse(fixture.session.isDirty());
        assertFalse(fixture.session.history().canUndo(), "handing in cannot be undone");
        Project handedIn = fixture.session.project().orElseThrow();
        assertTrue(Lookups.coder(handedIn, "alex").isPresent(), "the expert's codings are unsealed beside the student's");
        String shown = feedback.shownText();
        assertTrue(shown.contains("handed in by ana") && shown.contains("compared with alex on " + coded + " member turn(s)"), shown);
        assertTrue(shown.contains("expert: ") && shown.contains("include: "), shown);
        assertTrue(instructions.shownText().contains("Handed in by ana"), instructions.shownText());
        analysis.turnAgreement(List.copyOf(handedIn.getCoders()), List.of());

        // saved and opened again
        fixture.close();
        fixture = new WorkbenchFixture(exercise, "ana", false);
        ExerciseFeedbackPart again = fixture.part(ExerciseFeedbackPart.class);
        fixture.settle();
        assertFalse(fixture.session.isBlind());
        assertEquals(shown, again.shownText());
    }

    @Test
    void aStudentWritesExamplesInTheExercisePartUndoesOneAndHandsThemIn() throws Exception {
        Project sample = SampleProject.create(temp.resolve("sample"));
        ExerciseMaker.Made made = new ExerciseMaker(sample).make(Variant.EXAMPLES, "", List.of(), "Write an example of each dynamic.",
                Instant.parse("2026-01-04T09:00:00Z"));
        Path exercise = temp.resolve("examples");
        new ProjectStore().createWith(exercise, made.project());
        new ExerciseFolder(exercise).write(made.key());
        new ExerciseFolder(exercise).write(made.info());
        fixture = new WorkbenchFixture(exercise, "ana", false);
        ExerciseInstructionsPart part = fixture.part(ExerciseInstructionsPart.class);
        ExerciseFeedbackPart feedback = fixture.part(ExerciseFeedbackPart.class);
        fixture.settle();

        part.write("Mutual support", "After the session one father walked another to his car and listened.");
        part.keepExample();
        part.write("Rehearsal", "A mother tried out what she would say to her sister.");
        part.keepExample();
        Project project = fixture.session.project().orElseThrow();
        assertEquals(2, org.sameboat.interop.exercise.Examples.all(project).size());
        fixture.session.undo();
        assertEquals(1, org.sameboat.interop.exercise.Examples.all(project).size(), "writing an example is undoable");
        assertEquals("Mutual support", org.sameboat.interop.exercise.Examples.dynamic(
                org.sameboat.interop.exercise.Examples.all(project).get(0)).getName());

        ExerciseWork.submit(fixture.session, WorkbenchFixture.CLOCK);
        fixture.settle();
        String shown = feedback.shownText();
        assertTrue(shown.contains("1 example(s)") && shown.contains("one father walked another") && shown.contains("not marked yet"), shown);
        assertFalse(shown.contains("tried out what she would say"), shown);
    }
}
