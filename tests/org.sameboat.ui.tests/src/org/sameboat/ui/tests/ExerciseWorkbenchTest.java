package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.cli.Cli;
import org.sameboat.cli.Console;
import org.sameboat.interop.exercise.Examples;
import org.sameboat.interop.exercise.ExerciseFolder;
import org.sameboat.interop.exercise.ExerciseInfo;
import org.sameboat.interop.exercise.Review;
import org.sameboat.interop.exercise.SealedKey;
import org.sameboat.interop.exercise.Variant;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.ui.exercise.ExampleReviewPart;
import org.sameboat.ui.exercise.ExcerptChoice;
import org.sameboat.ui.exercise.ExerciseMaking;
import org.sameboat.ui.exercise.ExerciseRequest;
import org.sameboat.ui.exercise.MakeExerciseDialog;
import org.sameboat.ui.parts.ExerciseFeedbackPart;
import org.sameboat.ui.parts.ExerciseInstructionsPart;
import org.sameboat.ui.session.ExerciseWork;

/**
 * The instructor's side of exercises in the workbench, each along the user's path and checked against the command
 * line: making an exercise through the Make dialog gives the folder {@code exercise make} gives; marking examples in
 * the Examples part is kept in exercise.json and found again on reopening; the feedback saved as HTML is the page
 * {@code exercise grade --html} writes.
 */
class ExerciseWorkbenchTest {

    private static final String INSTRUCTIONS = "Code the members' turns. Mind <b> & \"quotes\": they are only text.";

    @TempDir
    Path temp;

    private WorkbenchFixture fixture;
    private final ByteArrayOutputStream cliErr = new ByteArrayOutputStream();

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private int cli(String... args) {
        cliErr.reset();
        Console console = new Console(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(cliErr, true, StandardCharsets.UTF_8));
        return Cli.standard(console).run(args);
    }

    /** Opens the dialog on the open project as the handler does (not blocking, so the test can fill it in). */
    private MakeExerciseDialog dialog(Optional<ExcerptChoice.Turns> selected) {
        MakeExerciseDialog dialog = new MakeExerciseDialog(fixture.shell, fixture.session.project().orElseThrow(), selected,
                temp.resolve("unused"));
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    /** Runs the making job as Make does and waits for it; returns the error line, if any. */
    private Optional<String> make(ExerciseRequest request) throws InterruptedException {
        List<String> failed = new ArrayList<>();
        List<ExerciseMaking.Result> done = new ArrayList<>();
        Job job = ExerciseMaking.start(fixture.session.project().orElseThrow(), request, WorkbenchFixture.CLOCK, done::add, failed::add);
        job.join();
        assertEquals(1, done.size() + failed.size());
        return failed.stream().findFirst();
    }

    @Test
    void theMakeDialogMakesWhatTheCommandLineMakes() throws Exception {
        Path sample = temp.resolve("sample");
        fixture = new WorkbenchFixture(sample, "ines");
        MakeExerciseDialog dialog = dialog(Optional.empty());
        Path gui = temp.resolve("from-the-dialog");

        // nothing chosen: one line, the dialog stays, nothing made
        dialog.chooseFolder(gui);
        dialog.pressMake();
        assertTrue(dialog.shownError().contains("expert"), dialog.shownError());
        assertTrue(dialog.request().isEmpty());
        dialog.chooseExpert("alex");
        dialog.tickDocuments(List.of());
        dialog.pressMake();
        assertTrue(dialog.shownError().contains("Tick the documents"), dialog.shownError());

        dialog.chooseSession(4);
        dialog.writeInstructions(INSTRUCTIONS);
        dialog.pressMake();
        ExerciseRequest request = dialog.request().orElseThrow(() -> new AssertionError(dialog.shownError()));
        assertEquals(Optional.empty(), make(request));
        assertFalse(Files.exists(gui.resolve("unused")));

        Path cli = temp.resolve("from-the-cli");
        assertEquals(0, cli("exercise", "make", sample.toString(), "--gold", "alex", "--session", "4", "--out", cli.toString(),
                "--instructions", INSTRUCTIONS), cliErr.toString(StandardCharsets.UTF_8));
        assertSameExercise(cli, gui);
        assertEquals(new ExerciseFolder(cli).key(), new ExerciseFolder(gui).key(), "the same codings of alex, sealed");
        assertFalse(new ExerciseFolder(gui).key().codings().isEmpty());

        // made again into the same folder: refused in one line, the exercise there untouched
        String before = Files.readString(gui.resolve(ExerciseFolder.INFO_FILE));
        MakeExerciseDialog again = dialog(Optional.empty());
        again.chooseExpert("alex");
        again.chooseSession(4);
        again.chooseFolder(gui);
        again.pressMake();
        assertTrue(again.shownError().contains("not a new or empty folder"), again.shownError());
        Optional<String> refused = make(request);
        assertTrue(refused.isPresent() && !refused.get().contains("\n"), refused.toString());
        assertEquals(before, Files.readString(gui.resolve(ExerciseFolder.INFO_FILE)));
    }

    @Test
    void theTranscriptsSelectionMakesTheExerciseTurnsFileMakes() throws Exception {
        Path sample = temp.resolve("sample");
        fixture = new WorkbenchFixture(sample, "ines");
        Project project = fixture.session.project().orElseThrow();
        Document session4 = project.getDocuments().stream().filter(d -> Integer.valueOf(4).equals(d.getSession())).findFirst()
                .orElseThrow();
        List<Turn> turns = session4.getTurns();
        // a selection from inside turn 3 to inside turn 8 touches turns 3 to 8
        Optional<ExcerptChoice.Turns> selected = ExcerptChoice.Turns.touchedBy(session4, turns.get(2).getStart() + 1,
                turns.get(7).getEnd() - 1);
        assertEquals(Optional.of(new ExcerptChoice.Turns(session4.getId(), 3, 8)), selected);

        MakeExerciseDialog dialog = dialog(selected);
        dialog.chooseExpert("alex");
        dialog.chooseSelection();
        dialog.writeInstructions(INSTRUCTIONS);
        Path gui = temp.resolve("selection");
        dialog.chooseFolder(gui);
        dialog.pressMake();
        assertEquals(Optional.empty(), make(dialog.request().orElseThrow(() -> new AssertionError(dialog.shownError()))));

        Path turnsFile = temp.resolve("turns.txt");
        Files.writeString(turnsFile, session4.getName() + " 3-8\n");
        Path cli = temp.resolve("turns-cli");
        assertEquals(0, cli("exercise", "make", sample.toString(), "--gold", "alex", "--turns", turnsFile.toString(), "--out",
                cli.toString(), "--instructions", INSTRUCTIONS), cliErr.toString(StandardCharsets.UTF_8));
        Project fromGui = new ProjectStore().load(gui).project();
        Project fromCli = new ProjectStore().load(cli).project();
        assertEquals(List.of(session4.getName() + ", turns 3-8"), fromGui.getDocuments().stream().map(Document::getName).toList());
        assertEquals(fromCli.getDocuments().get(0).getText(), fromGui.getDocuments().get(0).getText());
        assertEquals(6, fromGui.getDocuments().get(0).getTurns().size());
        // a run of turns is a new document with new coding ids, so compare what the codings say
        assertEquals(cut(new ExerciseFolder(cli).key()), cut(new ExerciseFolder(gui).key()));
        assertFalse(new ExerciseFolder(gui).key().codings().isEmpty());
    }

    private static List<String> cut(SealedKey key) {
        return key.codings().stream().map(c -> c.code() + " " + c.start() + "-" + c.end() + " " + c.memo()).sorted().toList();
    }

    private static void assertSameExercise(Path expected, Path actual) throws Exception {
        ExerciseInfo a = new ExerciseFolder(expected).info();
        ExerciseInfo b = new ExerciseFolder(actual).info();
        assertEquals(a.variant(), b.variant());
        assertEquals(a.goldCoder(), b.goldCoder());
        assertEquals(a.instructions(), b.instructions());
        assertEquals(a.source(), b.source());
        assertFalse(b.submitted());
        Project p = new ProjectStore().load(expected).project();
        Project q = new ProjectStore().load(actual).project();
        assertEquals(p.getName(), q.getName());
        assertEquals(p.getDocuments().stream().map(d -> d.getId() + " " + d.getName() + " " + d.getText().hashCode()).toList(),
                q.getDocuments().stream().map(d -> d.getId() + " " + d.getName() + " " + d.getText().hashCode()).toList());
        assertEquals(p.getParticipants().stream().map(Participant::getId).toList(), q.getParticipants().stream().map(Participant::getId).toList());
        assertEquals(p.getCodebooks().stream().map(Codebook::getName).toList(), q.getCodebooks().stream().map(Codebook::getName).toList());
        assertTrue(q.getCoders().isEmpty() && q.getMemos().isEmpty());
    }

    @Test
    void anInstructorMarksExamplesAndFindsTheMarksAfterOpeningAgain() throws Exception {
        Path sample = temp.resolve("sample");
        fixture = new WorkbenchFixture(sample, "ines");
        MakeExerciseDialog dialog = dialog(Optional.empty());
        dialog.chooseVariant(Variant.EXAMPLES);
        Path exercise = temp.resolve("examples");
        dialog.chooseFolder(exercise);
        dialog.pressMake();
        assertEquals(Optional.empty(), make(dialog.request().orElseThrow(() -> new AssertionError(dialog.shownError()))));
        assertEquals(Variant.EXAMPLES.defaultInstructions(), new ExerciseFolder(exercise).info().instructions());
        fixture.close();

        // the student writes two examples and hands them in
        fixture = new WorkbenchFixture(exercise, "ana", false);
        ExerciseInstructionsPart writing = fixture.part(ExerciseInstructionsPart.class);
        ExampleReviewPart early = fixture.part(ExampleReviewPart.class);
        fixture.settle();
        assertTrue(early.shownState().contains("not been handed in"), early.shownState());
        writing.write("Mutual support", "After the session one father walked another to his car and listened.");
        writing.keepExample();
        writing.write("Rehearsal", "A mother tried out what she would say to her sister.");
        writing.keepExample();
        ExerciseWork.submit(fixture.session, WorkbenchFixture.CLOCK);
        fixture.close();

        // the instructor marks them
        fixture = new WorkbenchFixture(exercise, "ines", false);
        ExampleReviewPart review = fixture.part(ExampleReviewPart.class);
        fixture.settle();
        List<String> rows = review.rows();
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(0).startsWith("Mutual support | ana | After the session") && rows.get(0).contains("not marked"), rows.get(0));
        review.choose(1);
        assertEquals("A mother tried out what she would say to her sister.", review.shownExample());
        review.writeComment("Say what the others in the group did.");
        review.pressRevise();
        review.choose(0);
        review.pressAccept();
        assertEquals("Accepted the example of Mutual support.", review.shownState());
        assertTrue(review.rows().get(1).endsWith("| revise | Say what the others in the group did."), review.rows().get(1));

        Project project = fixture.session.project().orElseThrow();
        List<String> ids = Examples.all(project).stream().map(m -> m.getId()).toList();
        ExerciseInfo info = new ExerciseFolder(exercise).info();
        Review revise = info.reviews().get(ids.get(1));
        assertFalse(revise.accepted());
        assertEquals("Say what the others in the group did.", revise.comment());
        assertTrue(info.reviews().get(ids.get(0)).accepted());
        fixture.close();

        // opened again: the marks are there, and the feedback lists them
        fixture = new WorkbenchFixture(exercise, "ines", false);
        ExampleReviewPart reopened = fixture.part(ExampleReviewPart.class);
        ExerciseFeedbackPart shown = fixture.part(ExerciseFeedbackPart.class);
        fixture.settle();
        assertTrue(reopened.rows().get(0).contains("| accepted |"), reopened.rows().get(0));
        assertTrue(reopened.rows().get(1).endsWith("| revise | Say what the others in the group did."), reopened.rows().get(1));
        assertTrue(shown.shownText().contains("Say what the others in the group did."), shown.shownText());
    }

    @Test
    void theFeedbackSavedAsHtmlIsThePageTheCommandLineWrites() throws Exception {
        Path sample = temp.resolve("sample");
        fixture = new WorkbenchFixture(sample, "ines");
        MakeExerciseDialog dialog = dialog(Optional.empty());
        dialog.chooseExpert("alex");
        dialog.chooseSession(4);
        dialog.writeInstructions(INSTRUCTIONS);
        Path exercise = temp.resolve("exercise");
        dialog.chooseFolder(exercise);
        dialog.pressMake();
        assertEquals(Optional.empty(), make(dialog.request().orElseThrow(() -> new AssertionError(dialog.shownError()))));
        fixture.close();

        fixture = new WorkbenchFixture(exercise, "ana", false);
        ExerciseFeedbackPart feedback = fixture.part(ExerciseFeedbackPart.class);
        fixture.settle();
        Path out = temp.resolve("out");
        feedback.saveHtml(out.resolve("early.html"));
        assertTrue(feedback.savedText().startsWith("Not saved:") && feedback.savedText().contains("handed in"), feedback.savedText());
        assertFalse(Files.exists(out.resolve("early.html")));

        Project project = fixture.session.project().orElseThrow();
        Document document = project.getDocuments().get(0);
        Code sharing = CodePaths.find(project, "Sharing data").orElseThrow();
        for (Turn turn : document.getTurns()) {
            if (turn.getSpeaker().getRole() == SpeakerRole.MEMBER) {
                fixture.session.code(document, sharing, turn.getStart(), turn.getEnd());
            }
        }
        ExerciseWork.submit(fixture.session, WorkbenchFixture.CLOCK);
        fixture.settle();

        Path saved = out.resolve("feedback.html");
        feedback.saveHtml(saved);
        assertEquals("Saved " + saved, feedback.savedText());
        String html = Files.readString(saved, StandardCharsets.UTF_8);
        assertTrue(html.contains("kappa"), html);
        assertTrue(html.contains("Mind &lt;b&gt; &amp; &quot;quotes&quot;"), html);
        assertFalse(html.contains("<b> &"), "the instructions are escaped");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(saved), files.toList(), "written atomically: no temporary file is left");
        }

        fixture.close();
        fixture = null;
        Path fromCli = temp.resolve("cli.html");
        assertEquals(0, cli("exercise", "grade", exercise.toString(), "--html", fromCli.toString()), cliErr.toString(StandardCharsets.UTF_8));
        assertEquals(Files.readString(fromCli, StandardCharsets.UTF_8), html);
    }
}
