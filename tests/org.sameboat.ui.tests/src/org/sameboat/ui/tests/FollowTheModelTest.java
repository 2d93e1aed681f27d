package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.corpus.imports.ImportFormat;
import org.sameboat.corpus.imports.Source;
import org.sameboat.corpus.imports.TranscriptImporter;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.CodebookEdits;
import org.sameboat.model.text.DocumentText;
import org.sameboat.ui.parts.CodebookPart;
import org.sameboat.ui.parts.CodedSegmentsPart;
import org.sameboat.ui.parts.DetailsPart;
import org.sameboat.ui.parts.ProjectExplorerPart;
import org.sameboat.ui.parts.SearchPart;
import org.sameboat.ui.parts.TranscriptPart;
import org.sameboat.ui.session.CodingTarget;
import org.sameboat.ui.session.WorkbenchIndex;

/**
 * Every part follows the model when an undo, redo, merge or import removes or restores what it shows, and no
 * user action on what was removed reaches an internal error: issue 13's crash, walked the way the user met it.
 */
class FollowTheModelTest {

    private static final String NEW_SESSION = """
            #title: Caregivers' Circle, session 7
            #session: 7
            Dana: Welcome back. Who wants to start with the zeppelin story?
            Ruth: I will. The zeppelin was late again and I felt alone with it.
            """;

    @TempDir
    Path temp;

    private WorkbenchFixture fixture;
    private WorkbenchIndex index;
    private TranscriptPart transcript;
    private ProjectExplorerPart explorer;
    private DetailsPart details;
    private SearchPart search;
    private CodebookPart codebook;
    private Project project;

    @BeforeEach
    void openTheSampleWithEveryPart() throws Exception {
        fixture = new WorkbenchFixture(temp.resolve("sample"), "alex");
        index = new WorkbenchIndex(fixture.session, fixture.display::asyncExec);
        fixture.context.set(WorkbenchIndex.class, index);
        fixture.session.open(fixture.folder, "alex");
        project = fixture.session.project().orElseThrow();
        transcript = fixture.part(TranscriptPart.class);
        fixture.context.set(CodingTarget.class, transcript);
        explorer = fixture.part(ProjectExplorerPart.class);
        details = fixture.part(DetailsPart.class);
        search = fixture.part(SearchPart.class);
        codebook = fixture.part(CodebookPart.class);
        fixture.settle();
        fixture.waitFor(() -> index.index().isPresent());
    }

    @AfterEach
    void close() {
        index.close();
        fixture.close();
    }

    /** Imports a transcript as File > Import does (one undoable step) and opens it from the project explorer. */
    private Document importAndOpen() throws Exception {
        Path file = temp.resolve("session7.txt");
        Files.writeString(file, NEW_SESSION);
        var transcripts = ImportFormat.AUTO.parse(Source.read(file), Optional.empty());
        fixture.session.edit("Import 1 transcript(s)", List.of(project), () -> new TranscriptImporter(project).add(transcripts));
        Document imported = project.getDocuments().get(project.getDocuments().size() - 1);
        explorer.viewer().setSelection(new StructuredSelection(imported), true);
        fixture.settle();
        assertSame(imported, transcript.viewer().document().orElseThrow());
        return imported;
    }

    private void select(Document in, String phrase) {
        DocumentText text = DocumentText.of(in.getText());
        int at = text.string().indexOf(phrase);
        transcript.viewer().select(text.codePointOffset(at), text.codePointOffset(at + phrase.length()));
    }

    private void press(char key) {
        Event event = new Event();
        event.character = key;
        event.keyCode = key;
        transcript.viewer().text().notifyListeners(SWT.KeyDown, event);
        fixture.settle();
    }

    private int codings() {
        return project.getDocuments().stream().mapToInt(d -> d.getCodings().size()).sum();
    }

    private Object explorerSelection() {
        return ((IStructuredSelection) explorer.viewer().getSelection()).getFirstElement();
    }

    @Test
    void afterUndoingAnImportTheTranscriptSaysItsDocumentIsGoneAndADigitCodesNothing() throws Exception {
        Document imported = importAndOpen();
        select(imported, "zeppelin");
        int before = codings();

        fixture.session.undo();
        fixture.settle();
        press('5');

        assertTrue(transcript.viewer().document().isEmpty(), "the transcript still shows the removed document");
        assertEquals("", transcript.viewer().text().getText());
        assertTrue(transcript.status().contains("no longer in the project"), transcript.status());
        assertTrue(transcript.status().contains("Redo brings it back"), transcript.status());
        assertEquals(before, codings());
        assertFalse(explorerSelection() instanceof Document, "the explorer still selects the removed document");
        assertFalse(details.shown().contains("codings shown"), "Details still describes the removed document: " + details.shown());
        assertTrue(details.shown().contains("'Caregivers' Circle, session 7' is no longer in the project"), details.shown());
        assertTrue(details.shown().contains("Redo brings it back"), details.shown());
    }

    @Test
    void afterUndoingAnImportTheCodedSegmentsListAndItsDocumentTicksForgetTheDocument() throws Exception {
        CodedSegmentsPart segments = fixture.part(CodedSegmentsPart.class);
        Document imported = importAndOpen();
        Code support = CodePaths.find(project, "Mutual support").orElseThrow();
        fixture.session.code(imported, support, 0, 10);
        fixture.settle();
        assertTrue(rowsOf(segments, imported.getName()) > 0, "the new document's coding is listed");

        fixture.session.undo();
        fixture.session.undo();
        fixture.settle();

        assertEquals(0, rowsOf(segments, imported.getName()), "a segment of the removed document is still listed");
        assertTrue(java.util.Arrays.stream(segments.documents().getItems()).flatMap(group -> java.util.Arrays.stream(group.getItems()))
                .noneMatch(item -> item.getData() == imported), "the removed document can still be ticked");
        int all = codings();
        assertTrue(segments.status().startsWith(all + " coded segment"), segments.status());
        assertEquals(all, segments.table().getItemCount());
    }

    private static int rowsOf(CodedSegmentsPart segments, String document) {
        int rows = 0;
        for (var item : segments.table().getItems()) {
            if (item.getText(0).equals(document)) {
                rows++;
            }
        }
        return rows;
    }

    @Test
    void redoingTheImportShowsTheDocumentAgainWhereItWas() throws Exception {
        Document imported = importAndOpen();
        fixture.session.undo();
        fixture.settle();

        fixture.session.redo();
        fixture.settle();

        assertSame(imported, transcript.viewer().document().orElseThrow());
        assertSame(imported, explorerSelection());
        assertTrue(transcript.status().contains("codings shown"), transcript.status());
        select(imported, "zeppelin");
        press('5');
        assertEquals(1, imported.getCodings().size(), "coding the restored document works");
    }

    @Test
    void searchHitsOfARemovedDocumentGoAndAClickOnAStaleHitSaysWhy() throws Exception {
        importAndOpen();
        search.query().setText("zeppelin");
        assertTrue(search.run() > 0, search.status());

        fixture.session.undo();
        fixture.settle();

        assertEquals(0, search.table().getItemCount(), "hits of the removed document are still listed");
        assertTrue(search.status().contains("searched again"), search.status());
        fixture.session.redo();
        fixture.settle();
        assertTrue(search.table().getItemCount() > 0, "redo brings the hits back");
    }

    @Test
    void undoingACodingWhoseDetailsAreShownClearsDetailsAndItsActionsAreRefused() {
        Document shown = fixture.session.document().orElseThrow();
        select(shown, "Welcome, everyone.");
        press('5');
        Coding made = shown.getCodings().get(shown.getCodings().size() - 1);
        details.selected(made);
        assertTrue(details.shown().contains("Mutual support"), details.shown());

        fixture.session.undo();
        fixture.settle();

        assertTrue(details.shown().contains("no longer in the project"), details.shown());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> fixture.session.remove(made));
        assertTrue(refused.getMessage().contains("no longer in the project"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> fixture.session.setMemo(made, "late note"));
    }

    @Test
    void mergingAwayTheCodeDetailsShowsClearsDetailsAndItsKeyNoLongerCodes() {
        Code taboo = CodePaths.find(project, "Discussing a taboo area").orElseThrow();
        Code support = CodePaths.find(project, "Mutual support").orElseThrow();
        String key = taboo.getShortcut();
        details.selected(taboo);

        fixture.session.edit("Merge", List.of(project), () -> CodebookEdits.merge(project, taboo, support));
        fixture.settle();

        assertTrue(details.shown().contains("no longer in the project"), details.shown());
        Document shown = fixture.session.document().orElseThrow();
        select(shown, "Welcome, everyone.");
        int before = codings();
        press(key.charAt(0));
        assertEquals(before, codings(), "the merged code's key still codes");
    }

    @Test
    void aCodeDeletedByUndoCannotBeAppliedFromTheCodebook() {
        Code added = fixture.session.edit("Add code", List.of(project.getCodebooks().get(0)),
                () -> CodebookEdits.add(project.getCodebooks().get(0), null, "Humour", "#FFCC00"));
        Document shown = fixture.session.document().orElseThrow();
        select(shown, "Welcome, everyone.");
        codebook.codeWith(added);
        Coding made = shown.getCodings().get(shown.getCodings().size() - 1);
        details.selected(made);

        fixture.session.undo();
        fixture.session.undo();
        fixture.settle();
        select(shown, "Welcome, everyone.");
        int before = codings();
        codebook.codeWith(added);

        assertEquals(before, codings());
        assertTrue(transcript.status().contains("no longer in the project"), transcript.status());
        assertTrue(details.shown().contains("no longer in the project"), details.shown());
    }

    @Test
    void adjudicationRemovingTheCodingsDetailsShowsClearsDetails() {
        Document shown = fixture.session.document().orElseThrow();
        Coding sams = shown.getCodings().stream().filter(c -> c.getCoder().getName().equals("sam")).findFirst().orElseThrow();
        details.selected(sams);

        // what the agreement view's "neither" does to a turn: the codings go, in one undoable step
        fixture.session.edit("Adjudicate", List.of(shown), () -> shown.getCodings().remove(sams));
        fixture.settle();

        assertTrue(details.shown().contains("no longer in the project"), details.shown());
        assertThrows(IllegalArgumentException.class, () -> fixture.session.recode(sams, sams.getCode()));
    }

    @Test
    void theExplorerAndDetailsFollowTheDocumentTheTranscriptShows() {
        Document second = project.getDocuments().get(1);

        fixture.session.reveal(second, 10, 20);
        fixture.settle();

        assertSame(second, explorerSelection());
        assertTrue(details.shown().startsWith(second.getName()), details.shown());
    }
}
