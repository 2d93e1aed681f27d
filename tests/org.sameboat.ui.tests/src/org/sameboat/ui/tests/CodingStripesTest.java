package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.impl.ApplicationFactoryImpl;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.impl.MenuFactoryImpl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.text.DocumentText;
import org.sameboat.ui.handlers.RedoHandler;
import org.sameboat.ui.handlers.UndoHandler;
import org.sameboat.ui.parts.TranscriptPart;
import org.sameboat.ui.session.CoderLayer;
import org.sameboat.ui.session.CodingTarget;
import org.sameboat.ui.widgets.TranscriptViewer;
import org.sameboat.ui.widgets.TranscriptViewer.PaintedStripe;

/**
 * Codings along a coder's path in the transcript: code a selection, find its stripe named in the margin, click
 * it, drag its end, resize it from the context menu, undo with a named step, save and reopen.
 */
class CodingStripesTest {

    @TempDir
    Path temp;

    private WorkbenchFixture fixture;
    private MApplication application;
    private TranscriptPart transcript;
    private Document document;

    @BeforeEach
    void openSampleAsAlex() throws Exception {
        fixture = new WorkbenchFixture(temp.resolve("sample"), "alex");
        application = ApplicationFactoryImpl.eINSTANCE.createApplication();
        application.setContext(fixture.context);
        fixture.context.set(MApplication.class, application);
        transcript = fixture.part(TranscriptPart.class);
        fixture.context.set(CodingTarget.class, transcript);
        document = fixture.session.document().orElseThrow();
        fixture.settle();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private TranscriptViewer viewer() {
        return transcript.viewer();
    }

    private int[] range(String phrase) {
        DocumentText text = DocumentText.of(document.getText());
        int at = text.string().indexOf(phrase);
        assertTrue(at >= 0, phrase);
        return new int[] {text.codePointOffset(at), text.codePointOffset(at + phrase.length())};
    }

    private Coding code(String phrase, char key) {
        int[] range = range(phrase);
        viewer().select(range[0], range[1]);
        Event event = new Event();
        event.character = key;
        event.keyCode = key;
        viewer().text().notifyListeners(SWT.KeyDown, event);
        fixture.settle();
        return document.getCodings().stream().filter(c -> c.getCoder() == fixture.session.coder() && c.getStart() == range[0]
                && c.getEnd() == range[1]).findFirst().orElseThrow();
    }

    private PaintedStripe stripeOf(Coding coding) {
        viewer().margin().redraw();
        viewer().margin().update();
        fixture.settle();
        return viewer().paintedStripes().stream().filter(s -> s.coding() == coding).findFirst()
                .orElseThrow(() -> new AssertionError("no stripe painted for the coding"));
    }

    private void mouse(int type, int x, int y) {
        Event event = new Event();
        event.button = 1;
        event.x = x;
        event.y = y;
        viewer().margin().notifyListeners(type, event);
    }

    /** Where a character of the text is, in the margin's coordinates (a drag leaves the margin for the text). */
    private Point inMargin(int codePoint) {
        StyledText text = viewer().text();
        int index = viewer().widgetIndex(codePoint);
        Point location = text.getLocationAtOffset(index);
        Point display = text.toDisplay(location.x + 2, location.y + text.getLineHeight(index) / 2);
        return viewer().margin().toControl(display);
    }

    @Test
    void aNewCodingGetsAStripeNamedWithItsCode() {
        Coding coding = code("Welcome, everyone.", '5');

        PaintedStripe stripe = stripeOf(coding);

        String label = stripe.label();
        assertTrue(label.equals("Mutual support") || label.endsWith("\u2026") && "Mutual support".startsWith(label.substring(0, label.length() - 1)),
                "the stripe says '" + label + "'");
        assertFalse(label.isEmpty());
        assertFalse(stripe.memo(), "a coding without a memo has no marker");
    }

    @Test
    void overlappingCodingsGetLanesOfTheirOwn() {
        Coding outer = code("Welcome, everyone.", '5');
        Coding inner = code("everyone", '4');

        assertTrue(stripeOf(outer).bar().x != stripeOf(inner).bar().x, "the two stripes share a lane");
    }

    @Test
    void aCodingWithAMemoShowsAMarkerOnItsStripe() {
        Coding coding = code("Welcome, everyone.", '5');
        fixture.session.setMemo(coding, "Dana frames the group as mutual aid\nfrom the first line.");
        fixture.settle();

        assertTrue(stripeOf(coding).memo());
        assertEquals("Dana frames the group as mutual aid\nfrom the first line.", coding.getMemo(), "the memo keeps its lines");
    }

    @Test
    void clickingAStripeSelectsItsCoding() {
        Coding coding = code("Welcome, everyone.", '5');
        viewer().text().setSelection(0);
        Rectangle bar = stripeOf(coding).bar();

        mouse(SWT.MouseDown, bar.x + 1, bar.y + bar.height / 2);

        assertArrayEquals(new int[] {coding.getStart(), coding.getEnd()}, viewer().selection().orElseThrow());
    }

    @Test
    void draggingAStripesEndOntoAWordGrowsTheCodingToThatWordAndUndoShrinksItBack() throws Exception {
        Coding coding = code("Welcome, everyone.", '5');
        int[] before = {coding.getStart(), coding.getEnd()};
        Rectangle bar = stripeOf(coding).bar();
        // "Dana" is the word to reach; the pointer lands inside it and the end snaps to its last letter
        int[] dana = range("I'm Dana");
        Point target = inMargin(dana[1] - 2);

        mouse(SWT.MouseDown, bar.x + 1, bar.y + bar.height - 1);
        mouse(SWT.MouseMove, target.x, target.y);
        mouse(SWT.MouseUp, target.x, target.y);
        fixture.settle();

        assertEquals(before[0], coding.getStart(), "the start stays");
        assertEquals(dana[1], coding.getEnd(), "the end snaps to the end of 'Dana'");
        assertEquals("Undo resize coding 'Mutual support'", fixture.session.undoName());

        fixture.session.undo();
        assertArrayEquals(before, new int[] {coding.getStart(), coding.getEnd()});
        fixture.session.redo();
        transcript.save();
        Document reopened = new ProjectStore().load(fixture.folder).project().getDocuments().get(0);
        assertTrue(reopened.getCodings().stream().anyMatch(c -> c.getCoder().getName().equals("alex") && c.getStart() == before[0]
                && c.getEnd() == dana[1] && c.getCode().getName().equals("Mutual support")), "the resized coding is saved");
    }

    @Test
    void draggingTheTopEndShrinksTheCoding() {
        Coding coding = code("Welcome, everyone.", '5');
        Rectangle bar = stripeOf(coding).bar();
        int[] everyone = range("everyone.");
        Point target = inMargin(everyone[0] + 3);

        mouse(SWT.MouseDown, bar.x + 1, bar.y);
        mouse(SWT.MouseUp, target.x, target.y);
        fixture.settle();

        assertEquals(everyone[0], coding.getStart(), "the start snaps back to the start of 'everyone'");
        assertEquals(everyone[1], coding.getEnd());
    }

    private Menu rightClickAt(int codePoint) {
        StyledText text = viewer().text();
        int index = viewer().widgetIndex(codePoint);
        Point location = text.getLocationAtOffset(index);
        Point display = text.toDisplay(location.x + 2, location.y + text.getLineHeight(index) / 2);
        Event event = new Event();
        event.x = display.x;
        event.y = display.y;
        text.notifyListeners(SWT.MenuDetect, event);
        return text.getMenu();
    }

    private static List<String> texts(Menu menu) {
        return Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
    }

    private static MenuItem item(Menu menu, String startingWith) {
        return Arrays.stream(menu.getItems()).filter(i -> i.getText().startsWith(startingWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + startingWith + "' in " + texts(menu)));
    }

    @Test
    void theContextMenuActsOnTheCodingUnderTheMouseNotTheCaret() {
        Coding welcome = code("Welcome", '5');
        Coding caring = code("who you're caring for", '1');
        viewer().text().setSelection(viewer().widgetIndex(welcome.getStart() + 2));

        Menu menu = rightClickAt(caring.getStart() + 3);

        List<String> entries = texts(menu);
        assertTrue(entries.contains(TranscriptViewer.describe(caring)), entries.toString());
        assertFalse(entries.contains(TranscriptViewer.describe(welcome)), "the coding at the caret is offered: " + entries);
    }

    @Test
    void resizeToSelectionGrowsAndShrinksACoding() {
        Coding coding = code("everyone", '5');
        int[] wider = range("Welcome, everyone. I'm Dana");
        viewer().select(wider[0], wider[1]);
        Menu menu = rightClickAt(coding.getStart() + 1);
        Menu actions = item(menu, TranscriptViewer.describe(coding)).getMenu();
        item(actions, "Resize to selection").notifyListeners(SWT.Selection, new Event());
        assertArrayEquals(wider, new int[] {coding.getStart(), coding.getEnd()}, "grown to the selection");

        int[] narrower = range("I'm Dana");
        viewer().select(narrower[0], narrower[1]);
        menu = rightClickAt(narrower[0] + 1);
        actions = item(menu, TranscriptViewer.describe(coding)).getMenu();
        item(actions, "Resize to selection").notifyListeners(SWT.Selection, new Event());
        assertArrayEquals(narrower, new int[] {coding.getStart(), coding.getEnd()}, "shrunk to the selection");
    }

    @Test
    void aMouseSelectionEndingInsideAWordTakesTheWholeWord() {
        int[] half = range("lcome, every");
        viewer().select(half[0], half[1]);

        viewer().text().notifyListeners(SWT.MouseUp, new Event());

        assertArrayEquals(range("Welcome, everyone"), viewer().selection().orElseThrow());
    }

    @Test
    void snappingToWordsCanBeTurnedOffAndTheChoiceIsRemembered() {
        transcript.snapToWords(false);
        int[] half = range("lcome, every");
        viewer().select(half[0], half[1]);
        viewer().text().notifyListeners(SWT.MouseUp, new Event());
        assertArrayEquals(half, viewer().selection().orElseThrow());

        TranscriptPart next = fixture.part(TranscriptPart.class);
        assertFalse(next.viewer().snapsToWords(), "a new transcript forgot the choice");
    }

    @Test
    void theHeaderLinesShowAsABlockAboveTheTurnsAndCodingsKeepTheirPlace() {
        List<String> header = viewer().headerLines();
        assertEquals("title: Caregivers' Circle, session 1", header.get(0));
        assertTrue(header.contains("worker: Dana"), header.toString());
        assertFalse(viewer().text().getText().contains("#title:"), "the header lines are in the transcript's text");
        assertTrue(viewer().text().getText().startsWith("[00:00:05] Dana: Welcome"), "the talk starts the text");

        Coding coding = code("Welcome, everyone.", '5');
        int[] widget = {viewer().widgetIndex(coding.getStart()), viewer().widgetIndex(coding.getEnd())};
        assertEquals("Welcome, everyone.", viewer().text().getText().substring(widget[0], widget[1]),
                "the coding covers what was selected, in the model and on screen");
        assertEquals("Welcome, everyone.", DocumentText.of(document.getText()).slice(coding.getStart(), coding.getEnd()));
    }

    @Test
    void theUndoAndRedoMenuItemsNameTheirStep() {
        MHandledMenuItem undoItem = MenuFactoryImpl.eINSTANCE.createHandledMenuItem();
        MHandledMenuItem redoItem = MenuFactoryImpl.eINSTANCE.createHandledMenuItem();
        code("Welcome, everyone.", '5');

        assertTrue(new UndoHandler().canExecute(fixture.session, undoItem));
        assertEquals("Undo code 'Mutual support'", undoItem.getLabel());
        assertTrue(undoItem.getTooltip().startsWith("Undo code 'Mutual support'"));

        new UndoHandler().execute(fixture.session);
        new UndoHandler().canExecute(fixture.session, undoItem);
        assertTrue(new RedoHandler().canExecute(fixture.session, redoItem));
        assertEquals("Redo code 'Mutual support'", redoItem.getLabel());
        assertFalse(undoItem.getLabel().contains("Mutual support"), "undo still names the undone step: " + undoItem.getLabel());
    }

    @Test
    void aHoverTipNamingAnotherCodersCodingGoesWhenBlindCodingStarts() {
        fixture.session.showLayer(CoderLayer.ALL, null);
        fixture.settle();
        Coding sams = document.getCodings().stream().filter(c -> c.getCoder().getName().equals("sam")).findFirst().orElseThrow();
        StyledText text = viewer().text();
        Point at = text.getLocationAtOffset(viewer().widgetIndex(sams.getStart()));
        Event move = new Event();
        move.x = at.x + 1;
        move.y = at.y + 1;
        text.notifyListeners(SWT.MouseMove, move);
        assertTrue(String.valueOf(text.getToolTipText()).contains("sam"), "the tip names sam's coding: " + text.getToolTipText());

        fixture.session.setBlind(true);
        fixture.settle();

        assertEquals(null, text.getToolTipText(), "the tip from before blind coding is still up");
        text.notifyListeners(SWT.MouseMove, move);
        assertFalse(String.valueOf(text.getToolTipText()).contains("\u2014 sam"), "a new tip names only alex's codings");
    }
}
