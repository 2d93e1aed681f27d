package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.corpus.imports.ImportFormat;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Stage;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.ui.handlers.ImportHandler;
import org.sameboat.ui.handlers.ImportSettings;
import org.sameboat.ui.handlers.NewProjectHandler;
import org.sameboat.ui.session.ProjectSession;

/**
 * A researcher's first steps, as the File menu takes them: a new project, then an utterance table imported through
 * the import dialog (format, column mapping, the session facts the table lacks), saved, and opened again.
 */
class ImportDialogPathTest {

    private static final String TABLE = """
            session_id,who,clock,utterance
            s7,Dana,00:00:05,Welcome back. How was the week?
            s7,Ruth,00:00:20,Harold slept through twice. Twice!
            s7,Marcus,00:00:41,That's more than Dad managed.
            s7,Dana,00:01:02,What helped?
            """;

    @TempDir
    Path temp;

    private final Display display = Display.getDefault();
    private final Shell shell = new Shell(display);
    private final ProjectSession session = new ProjectSession(new ProjectStore(), WorkbenchFixture.CLOCK);

    @BeforeEach
    void layout() {
        shell.setLayout(new GridLayout());
        shell.setSize(1100, 700);
    }

    @AfterEach
    void close() {
        session.close();
        shell.dispose();
    }

    private ImportSettings dialogBody(List<Path> files) {
        Composite area = new Composite(shell, 0);
        area.setLayout(new GridLayout());
        ImportSettings settings = new ImportSettings(area, files, () -> { });
        shell.layout(true, true);
        return settings;
    }

    @Test
    void aNewProjectGetsAnUtteranceTableWithTheMappedColumnsAndTheFilledSessionFactsKeptAfterReopening() throws Exception {
        Path folder = temp.resolve("study");
        assertEquals(Optional.empty(), NewProjectHandler.create(session, folder, "Caregivers study"));
        assertEquals("Caregivers study", session.project().orElseThrow().getName());
        assertFalse(session.project().orElseThrow().getCodebooks().isEmpty(), "a new project starts with the built-in codebooks");
        Path table = temp.resolve("week7.csv");
        Files.writeString(table, TABLE);

        ImportSettings settings = dialogBody(List.of(table));
        settings.setFormat(ImportFormat.CSV);
        settings.setColumn("doc", "session_id");
        settings.setColumn("speaker", "who");
        settings.setColumn("time", "clock");
        settings.setColumn("text", "utterance");
        assertEquals(Optional.empty(), settings.problem(), settings.summary());
        assertEquals(4, settings.preview().getItemCount());
        assertEquals("Ruth", settings.preview().getItem(1).getText(0));
        assertEquals("0:00:20", settings.preview().getItem(1).getText(1));
        assertEquals("Harold slept through twice. Twice!", settings.preview().getItem(1).getText(2));
        assertTrue(settings.summary().contains("4 turn(s), 3 speaker(s) (Dana, Ruth, Marcus)"), settings.summary());

        settings.setField("group", "Caregivers' Circle");
        settings.setField("session", "7");
        settings.setField("stage", "ending");
        settings.setField("date", "2025-03-18");
        settings.setField("workers", "Dana");
        Job job = ImportHandler.importPlan(settings.plan(), session, TestUi.sync(display), new TestUi.Told());
        waitFor(() -> job.getResult() != null);
        assertEquals(1, session.project().orElseThrow().getDocuments().size());
        session.save();
        session.close();

        ProjectSession reopened = new ProjectSession(new ProjectStore(), WorkbenchFixture.CLOCK);
        try {
            reopened.open(folder, null);
            Project project = reopened.project().orElseThrow();
            Document document = project.getDocuments().get(0);
            assertEquals("Caregivers' Circle", document.getGroup().getName());
            assertEquals(7, document.getSession());
            assertEquals(Stage.ENDING, document.getStage());
            assertEquals("2025-03-18", document.getDate());
            assertEquals(4, document.getTurns().size());
            Participant dana = project.getParticipants().stream().filter(p -> p.getPseudonym().equals("Dana")).findFirst().orElseThrow();
            assertEquals(SpeakerRole.WORKER, dana.getRole());
            Participant ruth = project.getParticipants().stream().filter(p -> p.getPseudonym().equals("Ruth")).findFirst().orElseThrow();
            assertEquals(SpeakerRole.MEMBER, ruth.getRole());
        } finally {
            reopened.close();
        }
    }

    @Test
    void theFieldsStartFromTheTranscriptsHeaderAndTheirChangesWinOverIt() throws Exception {
        assertEquals(Optional.empty(), NewProjectHandler.create(session, temp.resolve("p"), "p"));
        Path turns = temp.resolve("s1.txt");
        Files.writeString(turns, "#title: Circle, first meeting\n#group: Circle\n#session: 1\n#stage: beginning\n#worker: Dana\n\n"
                + "Dana: Welcome.\nRuth: Thanks.\n");
        ImportSettings settings = dialogBody(List.of(turns));
        assertEquals("Circle", settings.field("group"));
        assertEquals("1", settings.field("session"));
        assertEquals("beginning", settings.field("stage"));
        assertEquals("Dana", settings.field("workers"));
        assertTrue(settings.summary().contains("Header: group Circle \u00B7 session 1 \u00B7 stage beginning \u00B7 worker Dana"),
                settings.summary());

        settings.setField("session", "2");
        Job job = ImportHandler.importPlan(settings.plan(), session, TestUi.sync(display), new TestUi.Told());
        waitFor(() -> job.getResult() != null);
        Document document = session.project().orElseThrow().getDocuments().get(0);
        assertEquals(2, document.getSession());
        assertEquals("Circle, first meeting", document.getName());
        assertEquals(Stage.BEGINNING, document.getStage());
    }

    @Test
    void aSessionThatIsNotANumberOrATableWithoutAMappingStopsTheImportWithOneLine() throws Exception {
        Path turns = temp.resolve("s1.txt");
        Files.writeString(turns, "Dana: Welcome.\nRuth: Thanks.\n");
        ImportSettings settings = dialogBody(List.of(turns));
        settings.setField("session", "two");
        assertEquals(Optional.of("the session 'two' is not a whole number"), settings.problem());
        settings.setField("session", "");
        assertEquals(Optional.empty(), settings.problem());

        Path table = temp.resolve("t.csv");
        Files.writeString(table, "a,b,c\nx,y,z\n");
        ImportSettings tableSettings = dialogBody(List.of(table));
        assertTrue(tableSettings.problem().isPresent(), "columns a, b, c name nothing the importer knows");
        assertFalse(tableSettings.problem().get().contains("\n"));
    }

    @Test
    void aNewProjectInAFolderThatHoldsFilesIsRefusedWithOneLine() throws Exception {
        Path busy = temp.resolve("busy");
        Files.createDirectories(busy);
        Files.writeString(busy.resolve("notes.txt"), "mine");
        Optional<String> failure = NewProjectHandler.create(session, busy, "x");
        assertTrue(failure.isPresent());
        assertFalse(failure.get().contains("\n"));
        assertEquals("mine", Files.readString(busy.resolve("notes.txt")));
        assertTrue(session.project().isEmpty());
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within a minute");
            }
            if (!display.readAndDispatch()) {
                display.timerExec(50, () -> { });
                display.sleep();
            }
        }
    }
}
