package org.sameboat.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.sequence.EventKind;
import org.sameboat.analysis.sequence.LagTable;
import org.sameboat.model.Coder;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Turn;
import org.sameboat.model.edit.Lookups;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.views.sequence.PairRow;
import org.sameboat.views.widgets.ResidualGrid;
import org.sameboat.views.sequence.SequencePart;

class SequenceViewTest {

    @TempDir
    Path temp;

    private ViewFixture fixture;
    private SequencePart part;
    private Project project;

    private void open(String coder, boolean blind) throws Exception {
        fixture = new ViewFixture(temp.resolve("sample"), coder);
        project = fixture.session.project().orElseThrow();
        fixture.session.setBlind(blind);
        part = fixture.part(SequencePart.class);
        fixture.await(SequencePart.JOB_FAMILY);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ResidualGrid grid() {
        return part.grid();
    }

    private void chooseEvents(EventKind kind) throws InterruptedException {
        ViewFixture.choose(part.eventsChoice(), part.eventsChoice().indexOf(kind.toString()));
        fixture.await(SequencePart.JOB_FAMILY);
    }

    private void assertCellsEqual(LagTable expected) {
        assertTrue(grid().rows() > 1);
        assertEquals(expected.events().size(), grid().rows());
        assertEquals(expected.events().size(), grid().columns());
        for (int g = 0; g < grid().rows(); g++) {
            assertEquals(expected.events().get(g), grid().rowName(g));
            assertEquals(expected.events().get(g), grid().columnName(g));
            // the columns are numbered as the rows, so that long event names do not widen the table
            assertEquals(String.valueOf(g + 1), grid().control().getColumn(g + 1).getText());
            assertEquals((g + 1) + "  " + expected.events().get(g), grid().control().getItem(g).getText(0));
            for (int t = 0; t < grid().columns(); t++) {
                assertEquals(expected.adjustedResidual(g, t), grid().residual(g, t), 1e-12);
                assertTrue(grid().tooltip(g, t).contains("\n" + expected.count(g, t) + " pairs"), grid().tooltip(g, t));
                assertEquals(Math.abs(expected.adjustedResidual(g, t)) > 1.96, grid().isBold(g, t));
            }
        }
    }

    private static String role(Turn turn) {
        return turn.getSpeaker() == null ? "other" : turn.getSpeaker().getRole().getLiteral();
    }

    /** The pairs of consecutive non-empty turns of one document whose speakers have these roles, found by hand. */
    private List<Turn[]> rolePairs(String given, String target, int lag) {
        List<Turn[]> pairs = new ArrayList<>();
        for (Document document : project.getDocuments()) {
            List<Turn> turns = document.getTurns().stream().filter(t -> t.getEnd() > t.getStart()).toList();
            for (int i = 0; i + lag < turns.size(); i++) {
                if (role(turns.get(i)).equals(given) && role(turns.get(i + lag)).equals(target)) {
                    pairs.add(new Turn[] {turns.get(i), turns.get(i + lag)});
                }
            }
        }
        return pairs;
    }

    @Test
    void theCellsAreTheEnginesTableOfDynamicsAtLagOne() throws Exception {
        open("alex", false);
        assertCellsEqual(fixture.analysis.sequence(List.of(), EventKind.DYNAMIC, 1, Filter.none()));
        assertTrue(part.status().getText().contains("turn pairs at lag 1"), part.status().getText());
    }

    @Test
    void roleEventsAtLagTwoAreTheEnginesTableAndWorkerToMemberIsWorkedByHand() throws Exception {
        open("alex", false);
        chooseEvents(EventKind.ROLE);
        part.lagChoice().setSelection(2);
        part.lagChoice().notifyListeners(SWT.Selection, new Event());
        fixture.await(SequencePart.JOB_FAMILY);
        assertCellsEqual(fixture.analysis.sequence(List.of(), EventKind.ROLE, 2, Filter.none()));

        List<String> roles = List.of("worker", "member", "other").stream()
                .filter(r -> java.util.stream.IntStream.range(0, grid().rows()).anyMatch(i -> grid().rowName(i).equals(r))).toList();
        long n = 0;
        long workerGiven = 0;
        long memberTarget = 0;
        for (String g : roles) {
            for (String t : roles) {
                long count = rolePairs(g, t, 2).size();
                n += count;
                workerGiven += g.equals("worker") ? count : 0;
                memberTarget += t.equals("member") ? count : 0;
            }
        }
        long x = rolePairs("worker", "member", 2).size();
        assertTrue(x > 0);
        double e = (double) workerGiven * memberTarget / n;
        double z = (x - e) / Math.sqrt(e * (1 - (double) workerGiven / n) * (1 - (double) memberTarget / n));
        int g = roles.indexOf("worker");
        int t = roles.indexOf("member");
        assertEquals(z, grid().residual(g, t), 1e-9);
        assertTrue(grid().tooltip(g, t).contains("\n" + x + " pairs"), grid().tooltip(g, t));
    }

    @Test
    void positiveResidualsAreRedAndNegativeOnesBlue() throws Exception {
        open("alex", false);
        chooseEvents(EventKind.ROLE);
        int above = 0;
        int below = 0;
        for (int g = 0; g < grid().rows(); g++) {
            for (int t = 0; t < grid().columns(); t++) {
                double z = grid().residual(g, t);
                RGB colour = grid().background(g, t);
                if (z > 1) {
                    above++;
                    assertTrue(colour.red > colour.blue + 40, z + " " + colour);
                } else if (z < -1) {
                    below++;
                    assertTrue(colour.blue > colour.red + 40, z + " " + colour);
                }
            }
        }
        assertTrue(above > 0 && below > 0, above + " above, " + below + " below");
    }

    @Test
    void clickingACellListsItsTurnPairsAndDoubleClickRevealsThem() throws Exception {
        open("alex", false);
        chooseEvents(EventKind.ROLE);
        int g = Arrays.asList(rows()).indexOf("member");
        int t = Arrays.asList(rows()).indexOf("worker");
        List<Turn[]> expected = rolePairs("member", "worker", 1);
        assertFalse(expected.isEmpty());

        ViewFixture.click(grid().control(), grid().cellBounds(g, t));

        List<PairRow> listed = listed();
        assertEquals(expected.size(), listed.size());
        for (int i = 0; i < expected.size(); i++) {
            PairRow row = listed.get(i);
            assertEquals(expected.get(i)[0], row.pair().given());
            assertEquals(expected.get(i)[1], row.pair().target());
            Document document = row.pair().document();
            assertEquals(document.getTurns().indexOf(expected.get(i)[0]) + 1, row.givenNumber());
            assertEquals(expected.get(i)[1].getSpeaker().getPseudonym(), row.speakers().substring(row.speakers().indexOf('\u2192') + 2));
        }
        assertEquals(expected.size(), part.pairs().getTable().getItemCount());
        assertEquals(String.valueOf(listed.get(0).targetNumber()), part.pairs().getTable().getItem(0).getText(2));

        part.pairs().setSelection(new StructuredSelection(listed.get(0)));
        part.revealSelected();
        assertEquals(new ProjectSession.Range(listed.get(0).pair().document(), expected.get(0)[0].getStart(), expected.get(0)[1].getEnd()),
                fixture.session.revealed().orElseThrow());
    }

    @Test
    void codingBlindTheDynamicsComeFromTheCodersOwnCodings() throws Exception {
        open("sam", true);
        Coder sam = Lookups.coder(project, "sam").orElseThrow();

        assertEquals(List.of("My codings (coding blind)", "sam"), Arrays.asList(part.coderChoice().getItems()));
        assertEquals(sam, part.filter().orElseThrow().coder().orElseThrow());
        LagTable own = fixture.analysis.sequence(List.of(), EventKind.DYNAMIC, 1, Filter.none().withCoder(sam));
        assertCellsEqual(own);
    }

    @Test
    void aBlindCoderWithoutCodingsIsToldSoInsteadOfATableOfNone() throws Exception {
        open("kim", true);

        assertEquals(0, grid().rows());
        assertTrue(part.status().getText().contains("coding blind and have no codings of your own"), part.status().getText());

        chooseEvents(EventKind.ROLE);
        assertTrue(grid().rows() > 1, "roles need no codings");
    }

    private String[] rows() {
        String[] names = new String[grid().rows()];
        for (int i = 0; i < names.length; i++) {
            names[i] = grid().rowName(i);
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private List<PairRow> listed() {
        return (List<PairRow>) part.pairs().getInput();
    }
}
