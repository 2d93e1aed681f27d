package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.retrieval.SegmentQuery;
import org.sameboat.ui.parts.CodedSegmentsPart;
import org.sameboat.ui.parts.TranscriptPart;

/** Retrieval by ticking, along a user's path: tick, read, sort, jump, export, keep as a set, save, reopen. */
class CodedSegmentsPartTest {

    @TempDir
    Path temp;

    private WorkbenchFixture fixture;
    private TranscriptPart transcript;
    private CodedSegmentsPart segments;

    @BeforeEach
    void openSampleAsAlex() throws Exception {
        fixture = new WorkbenchFixture(temp.resolve("sample"), "alex");
        transcript = fixture.part(TranscriptPart.class);
        segments = fixture.part(CodedSegmentsPart.class);
        fixture.settle();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Ticks the check box of the tree item with that label, as a click on it does. */
    private void tick(Tree tree, String label) {
        TreeItem item = find(tree.getItems(), label).orElseThrow(() -> new AssertionError("no item " + label));
        item.setChecked(true);
        clickCheck(tree, item);
    }

    private void tickCoder(String name) {
        for (TableItem item : segments.coders().getItems()) {
            if (item.getText().equals(name)) {
                item.setChecked(true);
                clickCheck(segments.coders(), item);
                return;
            }
        }
        throw new AssertionError("no coder " + name);
    }

    private void clickCheck(org.eclipse.swt.widgets.Widget widget, Item item) {
        Event event = new Event();
        event.detail = SWT.CHECK;
        event.item = item;
        widget.notifyListeners(SWT.Selection, event);
        fixture.settle();
    }

    private static Optional<TreeItem> find(TreeItem[] items, String label) {
        for (TreeItem item : items) {
            if (item.getText().equals(label)) {
                return Optional.of(item);
            }
            Optional<TreeItem> below = find(item.getItems(), label);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    private List<String> column(int index) {
        List<String> values = new ArrayList<>();
        for (TableItem item : segments.table().getItems()) {
            values.add(item.getText(index));
        }
        return values;
    }

    private void clickHeader(int column) {
        segments.table().getColumn(column).notifyListeners(SWT.Selection, new Event());
        fixture.settle();
    }

    @Test
    void withNothingTickedEveryCodingIsListedInDocumentOrder() {
        int all = fixture.session.project().orElseThrow().getDocuments().stream().mapToInt(d -> d.getCodings().size()).sum();
        assertEquals(all, segments.table().getItemCount());
        List<String> documents = fixture.session.project().orElseThrow().getDocuments().stream().map(Document::getName).toList();
        List<Integer> order = column(0).stream().map(documents::indexOf).toList();
        assertEquals(order.stream().sorted().toList(), order, "documents in project order");
    }

    @Test
    void tickingACodeAndACoderListsJustTheirSegmentsWithEveryColumnFilled() {
        tick(segments.codes(), "Mutual support");
        tickCoder("alex");

        int rows = segments.table().getItemCount();
        assertTrue(rows > 0, segments.status());
        assertTrue(column(3).stream().allMatch(code -> code.endsWith("Mutual support")), column(3).toString());
        assertTrue(column(4).stream().allMatch("alex"::equals), column(4).toString());
        assertTrue(column(1).stream().noneMatch(String::isEmpty), "every segment has its turn");
        assertTrue(column(2).stream().noneMatch(String::isEmpty), "every segment has its speaker");
        assertTrue(column(6).stream().noneMatch(String::isEmpty), "every segment has its text");
        assertTrue(segments.status().startsWith(rows + " coded segment"), segments.status());
    }

    @Test
    void aClickOnAHeaderSortsByThatColumnAndASecondClickReverses() {
        clickHeader(4);
        List<String> coders = column(4);
        assertEquals(coders.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), coders);
        assertEquals(SWT.UP, segments.table().getSortDirection());

        clickHeader(4);
        List<String> reversed = column(4);
        assertEquals(coders.stream().sorted(String.CASE_INSENSITIVE_ORDER.reversed()).toList(), reversed);
        assertEquals(SWT.DOWN, segments.table().getSortDirection());
    }

    @Test
    void doubleClickingASegmentShowsItSelectedInTheTranscript() {
        tick(segments.codes(), "Rehearsal");
        int last = segments.table().getItemCount() - 1;
        Coding wanted = (Coding) segments.table().getItem(last).getData();
        segments.table().select(last);
        segments.table().notifyListeners(SWT.DefaultSelection, new Event());
        fixture.settle();

        assertEquals(wanted.getDocument(), fixture.session.document().orElseThrow());
        int[] selected = transcript.viewer().selection().orElseThrow();
        assertEquals(wanted.getStart(), selected[0]);
        assertEquals(wanted.getEnd(), selected[1]);
    }

    @Test
    void theListExportsAsCsvAndAsHtmlWithTheText() throws Exception {
        tick(segments.codes(), "Mutual support");
        int rows = segments.table().getItemCount();
        Path csv = temp.resolve("support.csv");
        Path html = temp.resolve("support.html");

        assertEquals(rows, segments.export(csv));
        assertEquals(rows, segments.export(html));

        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("document,session,stage,speaker,role,turn,code,coder"), lines.get(0));
        assertTrue(lines.size() > rows, "a header and a row per segment (texts may span lines)");
        String page = Files.readString(html);
        assertTrue(page.contains(rows + " segment(s)"), "the page counts the segments");
        assertEquals(rows, page.split("<blockquote>", -1).length - 1, "one quoted text per segment");
        Coding first = (Coding) segments.table().getItem(0).getData();
        String word = java.util.Arrays.stream(column(6).get(0).split("[^\\p{L}]+")).filter(w -> w.length() >= 4).findFirst()
                .orElseThrow();
        assertTrue(page.contains(word), "the page carries the coded text of " + first.getId());
    }

    @Test
    void aSavedSetIsStillThereAfterSavingAndReopeningTheProject() throws Exception {
        tick(segments.codes(), "Mutual support");
        tickCoder("sam");
        int rows = segments.table().getItemCount();
        segments.saveSet("sam's support");
        fixture.session.save();

        fixture.session.open(fixture.folder, "alex");
        fixture.settle();
        assertEquals(List.of("sam's support"), List.of(segments.sets().getItems()));
        assertFalse(segments.table().getItemCount() == rows && rows == 0, "the ticks went with the old project");

        segments.sets().select(0);
        segments.sets().notifyListeners(SWT.Selection, new Event());
        fixture.settle();

        assertEquals(rows, segments.table().getItemCount());
        assertTrue(find(segments.codes().getItems(), "Mutual support").orElseThrow().getChecked());
        assertTrue(column(4).stream().allMatch("sam"::equals), column(4).toString());
    }

    @Test
    void savingASetIsOneUndoableStep() {
        tickCoder("alex");
        segments.saveSet("mine");
        assertEquals(1, fixture.session.project().orElseThrow().getSegmentSets().size());
        fixture.session.undo();
        fixture.settle();
        assertEquals(0, fixture.session.project().orElseThrow().getSegmentSets().size());
        assertEquals(0, segments.sets().getItemCount());
    }

    /** The codings the list shows, top to bottom. */
    private List<Coding> shown() {
        List<Coding> codings = new ArrayList<>();
        for (TableItem item : segments.table().getItems()) {
            codings.add((Coding) item.getData());
        }
        return codings;
    }

    /** What the list must show with nothing ticked: every visible coding of the project as it is now, in document order. */
    private List<Coding> expectedNow() {
        return SegmentQuery.ALL.run(fixture.session.project().orElseThrow(), fixture.session::isVisible);
    }

    @Test
    void aListMadeBeforeAnEditIsDroppedAndTheListShowsTheEditedProject() {
        segments.refresh();
        // the list is made and its result waits in the event queue; the edit below makes it stale
        fixture.joinSegmentJobs();
        Document first = fixture.session.project().orElseThrow().getDocuments().get(0);
        Code support = find(segments.codes().getItems(), "Mutual support").map(item -> (Code) item.getData()).orElseThrow();
        Coding added = fixture.session.code(first, support, 0, 12);
        fixture.settle();

        assertTrue(shown().contains(added), "the coding made while the old list was on its way is listed");
        assertEquals(expectedNow(), shown());
        assertTrue(segments.status().startsWith(expectedNow().size() + " coded segment"), segments.status());
    }

    @Test
    void editsInARowWhileListsAreBeingMadeEndInTheListOfTheFinalState() {
        Document first = fixture.session.project().orElseThrow().getDocuments().get(0);
        Code support = find(segments.codes().getItems(), "Mutual support").map(item -> (Code) item.getData()).orElseThrow();
        Coding gone = expectedNow().get(0);
        // every edit starts a new list in the background while the one before may still be running
        fixture.session.code(first, support, 0, 12);
        fixture.session.remove(gone);
        fixture.session.code(first, support, 20, 30);
        fixture.session.undo();
        fixture.session.code(first, support, 40, 50);
        fixture.settle();

        assertFalse(shown().contains(gone), "a removed coding is not listed");
        assertEquals(expectedNow(), shown());
    }
}
