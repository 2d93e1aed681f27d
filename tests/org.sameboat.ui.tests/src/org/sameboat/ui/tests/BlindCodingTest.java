package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sameboat.ui.tests.TestUi.find;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Lookups;
import org.sameboat.ui.parts.CodebookPart;
import org.sameboat.ui.parts.SearchPart;
import org.sameboat.ui.parts.TranscriptPart;
import org.sameboat.ui.session.WorkbenchIndex;

/** Blind coding hides other coders' work everywhere a coder looks, and stays on for that coder until they end it. */
class BlindCodingTest {

    @TempDir
    Path temp;

    private WorkbenchFixture fixture;
    private WorkbenchIndex index;

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
        fixture.close();
    }

    private TranscriptPart openAs(String coder) throws Exception {
        fixture = new WorkbenchFixture(temp.resolve("sample"), coder);
        TranscriptPart transcript = fixture.part(TranscriptPart.class);
        fixture.settle();
        return transcript;
    }

    private static Button blindBox(TranscriptPart transcript) {
        return find(transcript.viewer().control().getParent(), Button.class, b -> (b.getStyle() & SWT.CHECK) != 0);
    }

    private static void click(Button box, boolean on) {
        box.setSelection(on);
        box.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    void tickingBlindIsSavedForThatCoderAndStillOnAfterReopening() throws Exception {
        TranscriptPart transcript = openAs("sam");
        assertFalse(fixture.session.isBlind());

        click(blindBox(transcript), true);
        fixture.session.save();
        fixture.close();
        TranscriptPart reopened = openAgainAs("sam");

        assertTrue(fixture.session.isBlind(), "blind coding was forgotten on reopening");
        assertTrue(blindBox(reopened).getSelection());
        assertTrue(fixture.session.visibleCodings(fixture.session.document().orElseThrow()).stream()
                .allMatch(c -> c.getCoder().getName().equals("sam")));
        fixture.close();
        openAgainAs("alex");
        assertFalse(fixture.session.isBlind(), "blind is per coder");
    }

    private TranscriptPart openAgainAs(String coder) throws Exception {
        fixture = new WorkbenchFixture(temp.resolve("sample"), coder, false);
        TranscriptPart transcript = fixture.part(TranscriptPart.class);
        fixture.settle();
        return transcript;
    }

    @Test
    void aCoderJoiningCodedWorkStartsBlindAndSeesNoOtherCodersCountsOrColours() throws Exception {
        TranscriptPart transcript = openAs("kim");
        CodebookPart codebook = fixture.part(CodebookPart.class);
        fixture.settle();

        assertTrue(fixture.session.isBlind());
        assertTrue(blindBox(transcript).getSelection());
        assertTrue(transcript.viewer().text().getStyleRanges().length == 0
                || java.util.Arrays.stream(transcript.viewer().text().getStyleRanges()).allMatch(s -> s.background == null),
                "other coders' codings are coloured");
        for (TreeItem book : codebook.viewer().getTree().getItems()) {
            for (TreeItem code : book.getItems()) {
                assertEquals("0", code.getText(1), code.getText(0) + " counts other coders' codings");
            }
        }
        assertTrue(transcript.status().contains("0 codings shown"), transcript.status());
    }

    @Test
    void endingBlindCodingShowsTheOthersAndUndoHidesThemAgain() throws Exception {
        TranscriptPart transcript = openAs("kim");

        click(blindBox(transcript), false);
        fixture.settle();
        assertFalse(fixture.session.isBlind());
        assertTrue(transcript.status().contains("Blind coding ended"), transcript.status());
        assertFalse(fixture.session.visibleCodings(fixture.session.document().orElseThrow()).isEmpty());

        fixture.session.undo();
        fixture.settle();
        assertTrue(fixture.session.isBlind());
        assertTrue(blindBox(transcript).getSelection(), "the box does not follow the undo");
    }

    @Test
    void theToolbarSaysWhoCodesAndOffersNoWayToSwitch() throws Exception {
        TranscriptPart transcript = openAs("sam");
        Label who = find(transcript.viewer().control().getParent(), Label.class, l -> l.getText().startsWith("Coding as"));
        assertEquals("Coding as sam", who.getText());
        Project project = fixture.session.project().orElseThrow();
        assertEquals(2, project.getCoders().size(), "opening as an existing coder adds none");
    }

    @Test
    void aBlindCodersSearchFindsNoOtherCodersExcerptsOrRelations() throws Exception {
        fixture = new WorkbenchFixture(temp.resolve("sample"), "sam");
        index = new WorkbenchIndex(fixture.session, fixture.display::asyncExec);
        fixture.context.set(WorkbenchIndex.class, index);
        fixture.session.open(fixture.folder, "sam");
        SearchPart search = fixture.part(SearchPart.class);
        fixture.settle();
        fixture.waitFor(() -> index.index().isPresent());
        search.query().setText("coder:alex");
        assertTrue(search.run() > 0, "the sample has alex's excerpts");

        fixture.session.setBlind(true);
        fixture.settle();

        assertEquals(0, search.table().getItemCount(), "blind mode did not search again");
        search.query().setText("coder:alex");
        assertEquals(0, search.run());
        search.query().setText("code:\"mutual support\" OVERLAPS code:\"all in the same boat\"");
        search.run();
        for (int i = 0; i < search.table().getItemCount(); i++) {
            assertEquals("sam", search.table().getItem(i).getText(4), "the coder column of hit " + i);
        }
        search.query().setText("code:\"mutual support\"");
        assertTrue(search.run() > 0);
        for (int i = 0; i < search.table().getItemCount(); i++) {
            assertEquals("sam", search.table().getItem(i).getText(4), "the coder column of hit " + i);
        }
    }

    @Test
    void codebookCountsOfABlindCoderAreTheirOwn() throws Exception {
        openAs("sam");
        CodebookPart codebook = fixture.part(CodebookPart.class);
        fixture.session.setBlind(true);
        fixture.settle();
        Project project = fixture.session.project().orElseThrow();
        Coder sam = Lookups.coder(project, "sam").orElseThrow();
        Code support = CodePaths.find(project, "Mutual support").orElseThrow();
        long own = project.getDocuments().stream().flatMap(d -> d.getCodings().stream())
                .filter(c -> c.getCoder() == sam && c.getCode() == support).count();

        TreeItem row = java.util.Arrays.stream(codebook.viewer().getTree().getItems()[0].getItems())
                .filter(i -> i.getText(0).endsWith("Mutual support")).findFirst().orElseThrow();
        assertEquals(String.valueOf(own), row.getText(1));
    }
}
