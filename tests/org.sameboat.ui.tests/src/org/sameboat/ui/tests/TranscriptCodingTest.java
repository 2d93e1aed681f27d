package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.text.DocumentText;
import org.sameboat.ui.parts.CodebookPart;
import org.sameboat.ui.parts.TranscriptPart;
import org.sameboat.ui.session.CodingTarget;
import org.sameboat.ui.widgets.CodingColours;

class TranscriptCodingTest {

    @TempDir
    Path temp;

    private WorkbenchFixture fixture;
    private TranscriptPart transcript;
    private Document document;

    @BeforeEach
    void openSampleAsAlex() throws Exception {
        fixture = new WorkbenchFixture(temp.resolve("sample"), "alex");
        transcript = fixture.part(TranscriptPart.class);
        fixture.context.set(CodingTarget.class, transcript);
        document = fixture.session.document().orElseThrow();
        fixture.settle();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Selects a phrase of the shown document the way a mouse drag does, returning its code-point range. */
    private int[] selectPhrase(String phrase) {
        DocumentText text = DocumentText.of(document.getText());
        int at = text.string().indexOf(phrase);
        int start = text.codePointOffset(at);
        int end = text.codePointOffset(at + phrase.length());
        transcript.viewer().select(start, end);
        return new int[] {start, end};
    }

    private void press(char key) {
        Event event = new Event();
        event.character = key;
        event.keyCode = key;
        transcript.viewer().text().notifyListeners(SWT.KeyDown, event);
        fixture.settle();
    }

    private List<Coding> alexCodingsAt(int[] range) {
        return document.getCodings().stream().filter(c -> c.getCoder() == fixture.session.coder() && c.getStart() == range[0]
                && c.getEnd() == range[1]).toList();
    }

    @Test
    void eachRightClickMakesOneMenuAndLetsTheOneBeforeGo() {
        selectPhrase("Harold");
        transcript.viewer().text().notifyListeners(SWT.MenuDetect, new Event());
        Menu first = transcript.viewer().text().getMenu();
        assertTrue(first != null && first.getItemCount() > 0, "the context menu offers actions on the selection");
        transcript.viewer().text().notifyListeners(SWT.MenuDetect, new Event());
        Menu second = transcript.viewer().text().getMenu();
        assertTrue(first.isDisposed(), "the menu of the click before is disposed");
        assertTrue(second != first && !second.isDisposed());
    }

    @Test
    void pressingFiveCodesTheSelectionAsMutualSupportInItsColour() {
        int[] range = selectPhrase("Welcome, everyone.");
        assertTrue(alexCodingsAt(range).isEmpty());

        press('5');

        List<Coding> made = alexCodingsAt(range);
        assertEquals(1, made.size());
        Code support = made.get(0).getCode();
        assertEquals("Mutual support", support.getName());
        StyleRange style = transcript.viewer().styleAt(range[0] + 2).orElseThrow();
        assertEquals(CodingColours.rgb(support.getColour()), style.background.getRGB());
        assertTrue(fixture.session.isDirty());
    }

    @Test
    void undoTakesTheCodingAndItsColourAway() {
        int[] range = selectPhrase("Welcome, everyone.");
        press('5');
        fixture.session.undo();
        fixture.settle();

        assertTrue(alexCodingsAt(range).isEmpty());
        // the sample codes the whole turn with a skill: after undo the stretch has the colour a fresh transcript gives it
        StyleRange style = transcript.viewer().styleAt(range[0] + 2).orElse(null);
        TranscriptPart fresh = fixture.part(TranscriptPart.class);
        fixture.settle();
        StyleRange clean = fresh.viewer().styleAt(range[0] + 2).orElse(null);
        assertEquals(clean == null || clean.background == null ? null : clean.background.getRGB(),
                style == null || style.background == null ? null : style.background.getRGB(), "still coloured after undo");
        fixture.session.redo();
        assertEquals(1, alexCodingsAt(range).size());
    }

    @Test
    void aKeyWithoutASelectionCodesNothing() {
        transcript.viewer().text().setSelection(5);
        int before = document.getCodings().size();
        press('5');
        assertEquals(before, document.getCodings().size());
    }

    @Test
    void doubleClickingACodeInTheCodebookCodesTheSelection() {
        CodebookPart codebook = fixture.part(CodebookPart.class);
        int[] range = selectPhrase("Welcome, everyone.");
        Code rehearsal = CodePaths.find(fixture.session.project().orElseThrow(), "Rehearsal").orElseThrow();

        codebook.codeWith(rehearsal);

        assertEquals(rehearsal, alexCodingsAt(range).get(0).getCode());
    }

    @Test
    void blindModeHidesEveryoneElsesCodingsAndShowsMine() {
        Coding samOnly = document.getCodings().stream().filter(c -> c.getCoder().getName().equals("sam"))
                .filter(c -> document.getCodings().stream().noneMatch(a -> a.getCoder().getName().equals("alex")
                        && a.getStart() < c.getEnd() && c.getStart() < a.getEnd()))
                .findFirst().orElseThrow();
        assertNotEquals(null, transcript.viewer().styleAt(samOnly.getStart()).map(s -> s.background).orElse(null));

        fixture.session.setBlind(true);
        fixture.settle();

        StyleRange hidden = transcript.viewer().styleAt(samOnly.getStart()).orElse(null);
        assertTrue(hidden == null || hidden.background == null, "sam's coding is visible in blind mode");
        assertTrue(fixture.session.visibleCodings(document).stream().allMatch(c -> c.getCoder() == fixture.session.coder()));
        assertFalse(fixture.session.visibleCodings(document).isEmpty());
    }

    @Test
    void savingWritesTheCodingAndClearsTheDirtyMark() throws Exception {
        int[] range = selectPhrase("Welcome, everyone.");
        press('1');
        transcript.save();

        assertFalse(fixture.session.isDirty());
        Document reloaded = new ProjectStore().load(fixture.folder).project().getDocuments().get(0);
        assertTrue(reloaded.getCodings().stream().anyMatch(c -> c.getStart() == range[0] && c.getEnd() == range[1]
                && c.getCode().getName().equals("Sharing data") && c.getCoder().getName().equals("alex")));
    }

    @Test
    void stylesAfterEditsAndUndoEqualThoseOfAFreshlyOpenedTranscript() {
        selectPhrase("Welcome, everyone.");
        press('5');
        selectPhrase("everyone");
        press('4');
        selectPhrase("I'm Dana");
        press('1');
        fixture.session.undo();
        fixture.settle();

        TranscriptPart fresh = fixture.part(TranscriptPart.class);
        fixture.settle();

        assertEquals(describe(fresh.viewer().text().getStyleRanges()), describe(transcript.viewer().text().getStyleRanges()));
    }

    private static List<String> describe(StyleRange[] styles) {
        return java.util.Arrays.stream(styles).map(s -> s.start + "+" + s.length + " bg=" + (s.background == null ? "-" : s.background.getRGB())
                + " u=" + s.underline + " f=" + s.fontStyle).toList();
    }

    @Test
    void overlappingCodingsAreUnderlinedAndGetSeparateStripes() {
        int[] range = selectPhrase("Welcome, everyone.");
        press('5');
        selectPhrase("everyone");
        press('4');
        StyleRange overlap = transcript.viewer().styleAt(range[0] + 10).orElseThrow();
        assertTrue(overlap.underline, "overlap is not marked");
        // the sample's coders coded the whole turn with a skill; the two new codings lie over it
        List<String> codes = transcript.viewer().codingsAt(range[0] + 10).stream().map(c -> c.getCode().getName()).toList();
        assertTrue(codes.contains("Mutual support") && codes.contains("All in the same boat"), codes.toString());
    }

    @Test
    void afterCodingTheSummaryLineCountsTheNewCodingAndTheSelectionMakesWayForItsColour() {
        int shownBefore = fixture.session.visibleCodings(document).size();
        int[] range = selectPhrase("Welcome, everyone.");

        press('5');

        assertTrue(transcript.status().contains((shownBefore + 1) + " codings shown"), transcript.status());
        assertTrue(transcript.viewer().selection().isEmpty(), "the selection still hides the new colour");
        assertEquals(range[1], transcript.viewer().caret());
    }

    @Test
    void aRevealedStretchLandsInTheMiddleOfTheViewWithTalkAroundIt() {
        DocumentText text = DocumentText.of(document.getText());
        int middle = text.length() / 2;

        fixture.session.reveal(document, middle, middle + 8);
        fixture.settle();

        double[] place = transcript.viewer().placeInView(middle, middle + 8);
        assertTrue(place[0] > 0.3 && place[1] < 0.7, "revealed at " + place[0] + "-" + place[1] + " of the view's height");
        int[] selected = transcript.viewer().selection().orElseThrow();
        assertEquals(middle, selected[0]);
    }

    @Test
    void theTranscriptIsSetInAReadingFontOfAtLeastElevenPointsWithoutAStylesheet() {
        org.eclipse.swt.graphics.FontData reading = transcript.viewer().text().getFont().getFontData()[0];
        org.eclipse.swt.graphics.FontData platform = fixture.display.getSystemFont().getFontData()[0];

        assertTrue(reading.getHeight() >= 11, "the transcript's font is " + reading.getHeight() + " points");
        assertEquals(platform.getName(), reading.getName(), "the platform's font family");
    }
}
