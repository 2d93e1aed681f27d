package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Turn;
import org.sameboat.model.address.Addressee;
import org.sameboat.model.address.Addressees;
import org.sameboat.model.text.DocumentText;
import org.sameboat.ui.parts.SearchPart;
import org.sameboat.ui.parts.TranscriptPart;
import org.sameboat.ui.session.WorkbenchIndex;

class SearchPartTest {

    @TempDir
    Path temp;

    private WorkbenchFixture fixture;
    private WorkbenchIndex index;
    private TranscriptPart transcript;
    private SearchPart search;

    @BeforeEach
    void openSampleWithItsIndex() throws Exception {
        fixture = new WorkbenchFixture(temp.resolve("sample"), "alex");
        index = new WorkbenchIndex(fixture.session, fixture.display::asyncExec);
        fixture.context.set(WorkbenchIndex.class, index);
        // the index opens when a project opens: open the sample again now that the index listens
        fixture.session.open(fixture.folder, "alex");
        transcript = fixture.part(TranscriptPart.class);
        search = fixture.part(SearchPart.class);
        fixture.settle();
        fixture.waitFor(() -> index.index().isPresent());
    }

    @AfterEach
    void close() {
        index.close();
        fixture.close();
    }

    private int search(String query) {
        search.query().setText(query);
        return search.run();
    }

    @Test
    void clickingAHitRevealsItsWordsInTheTranscript() {
        assertTrue(search("alone") > 0, search.status());
        search.table().select(0);
        search.table().notifyListeners(SWT.Selection, new Event());
        fixture.settle();

        Document shown = fixture.session.document().orElseThrow();
        int[] selected = transcript.viewer().selection().orElseThrow();
        assertEquals("alone", DocumentText.of(shown.getText()).slice(selected[0], selected[1]).toLowerCase());
    }

    @Test
    void aQueryTheParserCannotReadSaysWhereInOneLine() {
        assertEquals(0, search("text:(alone"));
        assertTrue(search.status().contains("column"), search.status());
        assertTrue(search.status().lines().count() == 1, search.status());
    }

    @Test
    void codingAllHitsIsOneUndoableStep() {
        int hits = search("alone");
        search.codes().setText("Strength in numbers");
        search.span().select(1);
        int before = alexCodings();

        int added = search.codeAllHits();

        assertEquals(hits, added, "one coding per matched word");
        assertEquals(before + added, alexCodings());
        fixture.session.undo();
        assertEquals(before, alexCodings());
    }

    @Test
    void theIndexFollowsEditsSoANewCodingIsFoundAtOnce() {
        int before = search("code:\"rehearsal\" AND coder:alex");
        Document first = fixture.session.project().orElseThrow().getDocuments().get(0);
        fixture.session.code(first, fixture.session.project().flatMap(p -> org.sameboat.model.codebook.CodePaths.find(p, "Rehearsal")).orElseThrow(), 5, 20);
        assertEquals(before + 1, search("code:\"rehearsal\" AND coder:alex"));
    }

    private List<String> column(int index) {
        List<String> values = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.TableItem item : search.table().getItems()) {
            values.add(item.getText(index));
        }
        return values;
    }

    @Test
    void hitsCanBeListedInDocumentOrderInsteadOfByRelevance() {
        assertTrue(search("alone OR together") > 1, search.status());
        search.order().select(1);
        search.order().notifyListeners(SWT.Selection, new Event());
        fixture.settle();

        List<String> names = fixture.session.project().orElseThrow().getDocuments().stream().map(Document::getName).toList();
        List<Integer> order = column(0).stream().map(names::indexOf).toList();
        assertEquals(order.stream().sorted().toList(), order);
        assertEquals(SWT.UP, search.table().getSortDirection());
    }

    @Test
    void excerptsShowTheirCoderInAColumnThatSortsOnAClick() {
        assertTrue(search("code:\"mutual support\"") > 1, search.status());
        assertEquals("Coder", search.table().getColumn(4).getText());
        assertTrue(column(4).stream().noneMatch(String::isEmpty), column(4).toString());

        search.table().getColumn(4).notifyListeners(SWT.Selection, new Event());
        fixture.settle();
        List<String> coders = column(4);
        assertEquals(coders.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), coders);
        search.table().getColumn(4).notifyListeners(SWT.Selection, new Event());
        fixture.settle();
        assertEquals(coders.stream().sorted(String.CASE_INSENSITIVE_ORDER.reversed()).toList(), column(4));
    }

    /** The coder says whom a turn is addressed to from the transcript's menu: one undoable step that to: finds at once. */
    @Test
    void aTurnsAddresseeSetInTheTranscriptIsFoundByToUndoneAndKept() throws Exception {
        Document shown = fixture.session.document().orElseThrow();
        int index = 5;
        Turn turn = shown.getTurns().get(index);
        Addressee inferred = Addressees.of(shown, index, Addressees.ruleFor(shown)).to();
        Participant chosen = fixture.session.project().orElseThrow().getParticipants().stream()
                .filter(p -> p != turn.getSpeaker() && !Addressee.of(p).equals(inferred)).findFirst().orElseThrow();
        String query = "to:" + chosen.getPseudonym();
        int before = search(query);

        transcript.viewer().select(turn.getStart(), turn.getStart() + 2);
        transcript.viewer().text().notifyListeners(SWT.MenuDetect, new Event());
        MenuItem addressedTo = item(transcript.viewer().text().getMenu(), "Turn addressed to");
        MenuItem person = item(addressedTo.getMenu(), chosen.getPseudonym());
        assertFalse(person.getSelection());
        person.setSelection(true);
        person.notifyListeners(SWT.Selection, new Event());
        fixture.settle();

        assertEquals(Optional.of(Addressee.of(chosen)), Addressees.set(turn));
        int after = search(query);
        assertTrue(after > before, before + " hits before, " + after + " after");
        fixture.session.undo();
        assertEquals(Optional.empty(), Addressees.set(turn));
        assertEquals(before, search(query));
        fixture.session.redo();
        fixture.session.save();

        fixture.session.open(fixture.folder, "alex");
        Turn reopened = fixture.session.project().orElseThrow().getDocuments().stream().flatMap(d -> d.getTurns().stream())
                .filter(t -> t.getId().equals(turn.getId())).findFirst().orElseThrow();
        assertEquals(chosen.getId(), reopened.getAddressee().getId());
    }

    private static MenuItem item(Menu menu, String startingWith) {
        for (MenuItem item : menu.getItems()) {
            if (item.getText().startsWith(startingWith)) {
                return item;
            }
        }
        throw new AssertionError("no menu item '" + startingWith + "'");
    }

    private int alexCodings() {
        List<Coding> all = fixture.session.project().orElseThrow().getDocuments().stream().flatMap(d -> d.getCodings().stream())
                .filter(c -> c.getCoder() == fixture.session.coder()).toList();
        return all.size();
    }
}
