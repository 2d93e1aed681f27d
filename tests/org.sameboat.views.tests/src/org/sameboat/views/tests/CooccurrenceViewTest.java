package org.sameboat.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.analysis.cooccurrence.CooccurrenceTable;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.cooccurrence.Measure;
import org.sameboat.analysis.cooccurrence.Mode;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Lookups;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.views.cooccurrence.CooccurrencePart;
import org.sameboat.views.cooccurrence.Excerpt;
import org.sameboat.views.cooccurrence.Heatmap;

class CooccurrenceViewTest {

    @TempDir
    Path temp;

    private ViewFixture fixture;
    private CooccurrencePart part;
    private Project project;

    @BeforeEach
    void openTheViewOnTheSample() throws Exception {
        fixture = new ViewFixture(temp.resolve("sample"), "alex");
        project = fixture.session.project().orElseThrow();
        part = fixture.part(CooccurrencePart.class);
        fixture.await(CooccurrencePart.JOB_FAMILY);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void assertCellsEqualTheAnalysis(Mode mode, Measure measure, Filter filter) {
        CooccurrenceTable expected = fixture.analysis.cooccurrence(part.codes(), mode, filter);
        Heatmap heatmap = part.heatmap();
        assertEquals(expected.labels().size(), heatmap.size());
        for (int r = 0; r < heatmap.size(); r++) {
            assertEquals(expected.labels().get(r), heatmap.label(r));
            for (int c = 0; c < heatmap.size(); c++) {
                assertEquals(expected.value(r, c, measure), heatmap.value(r, c), 1e-12, heatmap.label(r) + " x " + heatmap.label(c));
            }
        }
    }

    @Test
    void theHeatmapShowsTheAnalysisTableForTheChosenModeAndMeasure() throws Exception {
        assertCellsEqualTheAnalysis(Mode.turn(), Measure.COUNT, Filter.none());

        ViewFixture.choose(part.modeChoice(), 0);
        ViewFixture.choose(part.measureChoice(), 1);
        fixture.await(CooccurrencePart.JOB_FAMILY);
        assertCellsEqualTheAnalysis(Mode.overlap(), Measure.C, Filter.none());

        ViewFixture.choose(part.modeChoice(), 2);
        ViewFixture.choose(part.measureChoice(), 2);
        fixture.await(CooccurrencePart.JOB_FAMILY);
        assertEquals(Mode.window(3), part.mode());
        assertCellsEqualTheAnalysis(Mode.window(3), Measure.JACCARD, Filter.none());
    }

    @Test
    void coderSessionStageAndRoleChoicesFilterTheTable() throws Exception {
        Coder sam = Lookups.coder(project, "sam").orElseThrow();
        ViewFixture.choose(part.coderChoice(), part.coderChoice().indexOf("sam"));
        ViewFixture.choose(part.sessionChoice(), part.sessionChoice().indexOf("Session 2"));
        ViewFixture.choose(part.roleChoice(), 2);
        fixture.await(CooccurrencePart.JOB_FAMILY);

        Filter expected = Filter.none().withCoder(sam).withSession(2).withRole(org.sameboat.model.SpeakerRole.MEMBER);
        assertEquals(expected, part.filter());
        assertCellsEqualTheAnalysis(Mode.turn(), Measure.COUNT, expected);
        assertTrue(part.status().getText().contains("sam's codings, session 2, members only"), part.status().getText());
    }

    private int index(String code) {
        return part.codes().indexOf(CodePaths.find(project, code).orElseThrow());
    }

    @Test
    void clickingACellListsExactlyTheTurnsWhereBothCodesOccur() {
        int boat = index("All in the same boat");
        int support = index("Mutual support");
        long together = fixture.analysis.cooccurrence(part.codes(), Mode.turn(), Filter.none()).count(boat, support);
        assertTrue(together > 0);

        ViewFixture.click(part.heatmap().control(), part.heatmap().cellBounds(boat, support));

        List<Excerpt> listed = listed();
        assertEquals(together, listed.size());
        for (Excerpt excerpt : listed) {
            Turn turn = excerpt.document().getTurns().get(Integer.parseInt(excerpt.turns()) - 1);
            assertEquals(turn.getStart(), excerpt.start());
            assertTrue(touches(excerpt.document(), turn, part.codes().get(boat)));
            assertTrue(touches(excerpt.document(), turn, part.codes().get(support)));
            assertEquals(turn.getSpeaker().getPseudonym(), excerpt.speaker());
        }
        TableItem first = part.excerpts().getTable().getItem(0);
        assertEquals("Session " + listed.get(0).document().getSession(), first.getText(0));
        assertEquals(listed.get(0).turns(), first.getText(1));
    }

    @Test
    void inOverlapModeACellListsEachPairOfOverlappingCodingsWithTheTextTheyShare() throws Exception {
        ViewFixture.choose(part.modeChoice(), 0);
        fixture.await(CooccurrencePart.JOB_FAMILY);
        int boat = index("All in the same boat");
        int support = index("Mutual support");
        long pairs = fixture.analysis.cooccurrence(part.codes(), Mode.overlap(), Filter.none()).count(boat, support);
        assertTrue(pairs > 0);

        part.heatmap().select(boat, support);

        List<Excerpt> listed = listed();
        assertEquals(pairs, listed.size());
        for (Excerpt excerpt : listed) {
            assertTrue(excerpt.end() > excerpt.start());
            assertFalse(excerpt.text().isEmpty());
            assertTrue(covered(excerpt, part.codes().get(boat)) && covered(excerpt, part.codes().get(support)));
        }
    }

    @Test
    void inWindowModeACellListsEachWindowOfTurnsBothCodesTouch() throws Exception {
        ViewFixture.choose(part.modeChoice(), 2);
        part.windowChoice().setSelection(4);
        part.windowChoice().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        fixture.await(CooccurrencePart.JOB_FAMILY);
        int demand = index("Mutual demand");
        int solving = index("Individual problem solving");
        long windows = fixture.analysis.cooccurrence(part.codes(), Mode.window(4), Filter.none()).count(demand, solving);
        assertTrue(windows > 0);

        part.heatmap().select(demand, solving);

        List<Excerpt> listed = listed();
        assertEquals(windows, listed.size());
        for (Excerpt excerpt : listed) {
            String[] span = excerpt.turns().split("\u2013");
            assertEquals(3, Integer.parseInt(span[1]) - Integer.parseInt(span[0]));
        }
    }

    @Test
    void doubleClickingAnExcerptRevealsItInTheTranscript() {
        int boat = index("All in the same boat");
        part.heatmap().select(boat, index("Mutual support"));
        Excerpt excerpt = listed().get(1);
        part.excerpts().setSelection(new StructuredSelection(excerpt));

        part.revealSelected();

        ProjectSession.Range revealed = fixture.session.revealed().orElseThrow();
        assertEquals(new ProjectSession.Range(excerpt.document(), excerpt.start(), excerpt.end()), revealed);
        assertEquals(excerpt.document(), fixture.session.document().orElseThrow());
    }

    @Test
    void aCellWhoseCodesAreAppliedMoreThanFiveTimesAsOftenOneAsTheOtherIsMarkedAndExplained() throws Exception {
        Code sharing = CodePaths.find(project, "Sharing data").orElseThrow();
        Code rehearsal = CodePaths.find(project, "Rehearsal").orElseThrow();
        Document document = project.getDocuments().get(0);
        fixture.session.edit("imbalance", List.of(project), () -> {
            Coder kim = Lookups.coderOrNew(project, "kim");
            for (int t = 0; t < 12; t++) {
                Turn turn = document.getTurns().get(t);
                Codings.add(document, sharing, kim, turn.getStart(), turn.getEnd(), ViewFixture.CLOCK);
            }
            Turn turn = document.getTurns().get(0);
            Codings.add(document, rehearsal, kim, turn.getStart(), turn.getStart() + 5, ViewFixture.CLOCK);
            Turn other = document.getTurns().get(20);
            Codings.add(document, CodePaths.find(project, "Mutual support").orElseThrow(), kim, other.getStart(), other.getEnd(),
                    ViewFixture.CLOCK);
            Codings.add(document, CodePaths.find(project, "Mutual demand").orElseThrow(), kim, other.getStart(), other.getEnd(),
                    ViewFixture.CLOCK);
            return kim;
        });
        fixture.modelChanged();
        ViewFixture.choose(part.coderChoice(), part.coderChoice().indexOf("kim"));
        ViewFixture.choose(part.measureChoice(), 1);
        fixture.await(CooccurrencePart.JOB_FAMILY);

        assertTrue(part.heatmap().isMarked(index("Sharing data"), index("Rehearsal")));
        assertTrue(part.heatmap().isMarked(index("Rehearsal"), index("Sharing data")));
        assertFalse(part.heatmap().isMarked(index("Mutual support"), index("Mutual demand")));
        assertTrue(part.status().getText().contains("more than 5 times as often as the other (Sharing data 12 and Rehearsal 1)"),
                part.status().getText());
    }

    @Test
    void csvExportHasTheCodesAndTheValuesOfTheTable() throws Exception {
        Path csv = temp.resolve("table.csv");
        part.exportCsv(csv);

        List<String> lines = Files.readAllLines(csv);
        Heatmap heatmap = part.heatmap();
        assertEquals(heatmap.size() + 1, lines.size());
        assertEquals("code," + String.join(",", part.codes().stream().map(CodePaths::path).toList()), lines.get(0));
        for (int r = 0; r < heatmap.size(); r++) {
            List<String> expected = new ArrayList<>(List.of(heatmap.label(r)));
            for (int c = 0; c < heatmap.size(); c++) {
                expected.add(String.valueOf((long) heatmap.value(r, c)));
            }
            assertEquals(String.join(",", expected), lines.get(r + 1));
        }
    }

    @Test
    void svgExportIsWellFormedWithOneCellPerPairAndTheValues() throws Exception {
        Path svg = temp.resolve("heatmap.svg");
        part.exportSvg(svg);

        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        assertEquals("svg", xml.getDocumentElement().getNodeName());
        int n = part.heatmap().size();
        var rects = xml.getElementsByTagName("rect");
        int cells = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            if (((org.w3c.dom.Element) rects.item(i)).getElementsByTagName("title").getLength() == 1) {
                cells++;
            }
        }
        assertEquals(n * n, cells);
        String text = Files.readString(svg);
        int boat = index("All in the same boat");
        int support = index("Mutual support");
        assertTrue(text.contains("All in the same boat \u00D7 Mutual support: " + part.heatmap().text(boat, support)));
    }

    @Test
    void pngExportWritesAnImageOfTheHeatmap() throws Exception {
        Path png = temp.resolve("heatmap.png");
        part.exportPng(png);

        byte[] bytes = Files.readAllBytes(png);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals("PNG", new String(bytes, 1, 3, java.nio.charset.StandardCharsets.US_ASCII));
        var image = new org.eclipse.swt.graphics.ImageLoader().load(png.toString())[0];
        assertTrue(image.width >= 320 && image.height >= 200);
    }

    @SuppressWarnings("unchecked")
    private List<Excerpt> listed() {
        return (List<Excerpt>) part.excerpts().getInput();
    }

    private static boolean touches(Document document, Turn turn, Code code) {
        return document.getCodings().stream().anyMatch(c -> c.getCode() == code
                && Math.min(c.getEnd(), turn.getEnd()) > Math.max(c.getStart(), turn.getStart()));
    }

    private static boolean covered(Excerpt excerpt, Code code) {
        for (Coding c : excerpt.document().getCodings()) {
            if (c.getCode() == code && c.getStart() <= excerpt.start() && c.getEnd() >= excerpt.end()) {
                return true;
            }
        }
        return false;
    }

    /** Moves the mouse over a point of the heatmap and returns the tooltip it then has. */
    private String tooltipAt(int x, int y) {
        org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
        move.x = x;
        move.y = y;
        part.heatmap().control().notifyListeners(org.eclipse.swt.SWT.MouseMove, move);
        return part.heatmap().control().getToolTipText();
    }

    @Test
    void bothAxesNameTheCodesTheColumnsByAbbreviationsWhoseTooltipGivesTheName() {
        Heatmap heatmap = part.heatmap();
        assertTrue(heatmap.size() > 2);
        java.util.Set<String> headings = new java.util.HashSet<>();
        for (int c = 0; c < heatmap.size(); c++) {
            String heading = heatmap.columnLabel(c);
            assertTrue(headings.add(heading), "two columns are headed " + heading);
            // the heading's letters are the initials of the name's words, in order
            String name = heatmap.label(c).substring(heatmap.label(c).lastIndexOf('/') + 1);
            List<String> initials = java.util.Arrays.stream(name.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty())
                    .map(w -> w.substring(0, 1).toUpperCase(java.util.Locale.ROOT)).toList();
            String letters = heading.replaceAll("[0-9]+$", "");
            assertTrue(String.join("", initials).startsWith(letters) || name.startsWith(letters), heading + " for " + name);
            var cell = heatmap.cellBounds(0, c);
            String tooltip = tooltipAt(cell.x + cell.width / 2, cell.y - 4);
            assertEquals(heading + ": " + heatmap.label(c), tooltip);
        }
    }

    @Test
    void rowsNameEachCodeByItsOwnNameIndentedAndTheWholeGridCanBeScrolledTo() {
        Heatmap heatmap = part.heatmap();
        int n = heatmap.size();
        int nested = -1;
        for (int r = 0; r < n; r++) {
            String path = heatmap.label(r);
            String own = path.substring(path.lastIndexOf('/') + 1);
            int depth = (int) path.chars().filter(c -> c == '/').count();
            assertEquals(heatmap.columnLabel(r) + "  " + "  ".repeat(depth) + own, heatmap.rowLabel(r));
            if (depth > 0) {
                nested = r;
            }
        }
        assertTrue(nested >= 0, "the sample's codebook has sub-codes");
        var canvas = part.heatmap().control();
        var last = heatmap.cellBounds(n - 1, n - 1);
        assertTrue(last.x + last.width <= canvas.getSize().x && last.y + last.height <= canvas.getSize().y,
                "the last cell " + last + " lies outside the canvas " + canvas.getSize() + ": it could not be scrolled to");
        assertTrue(last.width >= 27, "cells keep a legible width: " + last.width);
    }

    @Test
    void theDiagonalTheModesAndTheMeasuresAreExplained() {
        var cell = part.heatmap().cellBounds(1, 1);
        String diagonal = tooltipAt(cell.x + cell.width / 2, cell.y + cell.height / 2);
        assertTrue(diagonal.contains("with itself") && diagonal.contains("not a co-occurrence"), diagonal);
        String help = part.help().getText() + "\n" + part.help().getToolTipText();
        for (String said : List.of("Overlapping codings", "Same turn", "Window of turns", "c-coefficient", "Jaccard", "diagonal")) {
            assertTrue(help.contains(said), said + " in: " + help);
        }
        assertTrue(part.modeChoice().getToolTipText().contains("Same turn"));
        assertTrue(part.measureChoice().getToolTipText().contains("Jaccard"));
    }

    @Test
    void pooledNamesTheCodersItPoolsAndLeavesAConsensusCoderOutSayingSo() throws Exception {
        List<String> visible = fixture.session.visibleCoders().stream().map(Coder::getName).toList();
        assertEquals(2, visible.size(), "the sample has two coders");
        assertEquals("Pooled: " + visible.get(0) + " and " + visible.get(1), part.coderChoice().getItem(0));

        // an adjudication writes a consensus coder: two codes on one turn, a co-occurrence if it were pooled
        Document document = project.getDocuments().get(0);
        Turn turn = document.getTurns().get(4);
        Code first = part.codes().get(0);
        Code second = part.codes().get(1);
        Coder consensus = fixture.session.edit("consensus", List.of(project), () -> {
            Coder made = Lookups.coderOrNew(project, "consensus");
            Codings.add(document, first, made, turn.getStart(), turn.getEnd(), ViewFixture.CLOCK);
            Codings.add(document, second, made, turn.getStart(), turn.getEnd(), ViewFixture.CLOCK);
            return made;
        });
        fixture.modelChanged();
        fixture.await(CooccurrencePart.JOB_FAMILY);

        assertEquals("Pooled: " + visible.get(0) + " and " + visible.get(1), part.coderChoice().getItem(0));
        assertTrue(part.status().getText().contains("consensus left out"), part.status().getText());
        Filter raters = Filter.none().without(List.of(consensus));
        CooccurrenceTable expected = fixture.analysis.cooccurrence(part.codes(), part.mode(), raters);
        CooccurrenceTable withConsensus = fixture.analysis.cooccurrence(part.codes(), part.mode(), Filter.none());
        assertTrue(expected.count(0, 1) < withConsensus.count(0, 1), "pooling the consensus would count its co-occurrence");
        assertEquals(expected.count(0, 1), (long) part.heatmap().value(0, 1));
        // the consensus coder alone is still there to choose
        assertTrue(part.coderChoice().indexOf("consensus") > 0);
    }
}
