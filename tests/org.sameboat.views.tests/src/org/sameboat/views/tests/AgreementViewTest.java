package org.sameboat.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.analysis.adjudicate.TurnVerdict;
import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.project.AgreementReport;
import org.sameboat.analysis.project.CodeAgreement;
import org.sameboat.analysis.project.TurnAgreement;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Lookups;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.views.agreement.Adjudicable;
import org.sameboat.views.agreement.AgreementPart;

class AgreementViewTest {

    @TempDir
    Path temp;

    private ViewFixture fixture;
    private AgreementPart part;
    private Project project;
    private Coder alex;
    private Coder sam;

    @BeforeEach
    void openTheViewOnTheSample() throws Exception {
        fixture = new ViewFixture(temp.resolve("sample"), "alex");
        project = fixture.session.project().orElseThrow();
        alex = Lookups.coder(project, "alex").orElseThrow();
        sam = Lookups.coder(project, "sam").orElseThrow();
        part = fixture.part(AgreementPart.class);
        fixture.await(AgreementPart.JOB_FAMILY);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void assertTableShows(AgreementReport expected) {
        TableItem[] items = part.coefficients().getTable().getItems();
        assertEquals(expected.rows().size(), items.length);
        for (int r = 0; r < items.length; r++) {
            CodeAgreement row = expected.rows().get(r);
            assertEquals(row.label(), items[r].getText(0));
            for (int k = 0; k < row.coefficients().size(); k++) {
                AgreementResult result = row.coefficients().get(k);
                String shown = items[r].getText(k + 1);
                if (result.defined()) {
                    assertTrue(shown.startsWith(String.format(Locale.ROOT, "%.3f", result.value())), row.label() + ": " + shown);
                } else {
                    assertEquals("n/a", shown);
                }
            }
        }
    }

    @Test
    void theTableShowsTheTurnReportOfTheTwoCodersWithIntervals() {
        AgreementReport expected = fixture.analysis.turnAgreement(List.of(alex, sam), List.of()).report();

        assertEquals(List.of(true, true), part.coderChoices().stream().map(Button::getSelection).toList());
        assertTableShows(expected);
        TableItem dynamic = part.coefficients().getTable().getItem(expected.rows().size() - 1);
        assertEquals("dynamic", dynamic.getText(0));
        assertTrue(dynamic.getText(2).matches("-?\\d\\.\\d{3} \\[-?\\d\\.\\d{2}, -?\\d\\.\\d{2}\\]"), dynamic.getText(2));
        assertTrue(part.coefficients().getTable().getColumn(2).getText().contains("95% CI"));
    }

    @Test
    void theCharacterAndUnitizingUnitsShowTheirReports() throws Exception {
        ViewFixture.choose(part.unitChoice(), 1);
        fixture.await(AgreementPart.JOB_FAMILY);
        assertTableShows(fixture.analysis.characterAgreement(List.of(alex, sam), List.of()));

        ViewFixture.choose(part.unitChoice(), 2);
        fixture.await(AgreementPart.JOB_FAMILY);
        assertTableShows(fixture.analysis.unitizingAgreement(List.of(alex, sam), List.of()));
        assertFalse(part.confusion().matrix().isPresent());
    }

    @Test
    void choosingCodesComparesOnlyThoseCodes() throws Exception {
        MenuItem boat = List.of(part.codeChoices().getItems()).stream().filter(i -> i.getText().equals("All in the same boat"))
                .findFirst().orElseThrow();
        MenuItem support = List.of(part.codeChoices().getItems()).stream().filter(i -> i.getText().equals("Mutual support"))
                .findFirst().orElseThrow();
        for (MenuItem item : List.of(boat, support)) {
            item.setSelection(true);
            item.notifyListeners(SWT.Selection, new Event());
        }
        fixture.await(AgreementPart.JOB_FAMILY);

        List<Code> codes = List.of(CodePaths.find(project, "All in the same boat").orElseThrow(),
                CodePaths.find(project, "Mutual support").orElseThrow());
        assertTableShows(fixture.analysis.turnAgreement(List.of(alex, sam), codes).report());
    }

    @Test
    void aCodeSelectedElsewhereSelectsItsRow() {
        Code support = CodePaths.find(project, "Mutual support").orElseThrow();

        part.selectionChanged(support);

        var selected = (CodeAgreement) part.coefficients().getStructuredSelection().getFirstElement();
        assertEquals("Mutual support", selected.label());
    }

    @Test
    void oneCoderIsNotEnoughToCompare() throws Exception {
        Button second = part.coderChoices().get(1);
        second.setSelection(false);
        second.notifyListeners(SWT.Selection, new Event());
        fixture.await(AgreementPart.JOB_FAMILY);

        assertEquals(0, part.coefficients().getTable().getItemCount());
        assertEquals("Tick at least two coders to compare.", part.status().getText());
    }

    @Test
    void theConfusionMatrixAndDisagreementsAreThoseOfTheTurnAnalysis() {
        TurnAgreement turns = fixture.analysis.turnAgreement(List.of(alex, sam), List.of());

        assertEquals(turns.confusion(), part.confusion().matrix().orElseThrow());
        assertEquals(turns.disagreements(), disagreements().stream().map(Adjudicable::disagreement).toList());
    }

    @Test
    void clickingADisagreementRevealsItsTurn() {
        Adjudicable first = disagreements().get(0);

        part.disagreements().setSelection(new StructuredSelection(first));

        assertEquals(new ProjectSession.Range(first.document(), first.turn().getStart(), first.turn().getEnd()),
                fixture.session.revealed().orElseThrow());
    }

    @Test
    void acceptingACoderCopiesTheirCodingsOfTheTurnIntoTheConsensusAndUndoTakesThemBack() throws Exception {
        Adjudicable chosen = disagreements().stream().filter(d -> !d.disagreement().first().equals("none")).findFirst().orElseThrow();
        Turn turn = chosen.turn();
        List<int[]> alexRanges = codingsIn(chosen, alex).stream()
                .map(c -> new int[] {Math.max(c.getStart(), turn.getStart()), Math.min(c.getEnd(), turn.getEnd())}).toList();
        part.disagreements().setSelection(new StructuredSelection(chosen));

        int added = part.decide(TurnVerdict.FIRST);

        Coder consensus = Lookups.coder(project, "consensus").orElseThrow();
        List<Coding> made = codingsIn(chosen, consensus);
        assertEquals(alexRanges.size(), added);
        assertEquals(alexRanges.size(), made.size());
        for (int i = 0; i < made.size(); i++) {
            assertEquals(alexRanges.get(i)[0], made.get(i).getStart());
            assertEquals(alexRanges.get(i)[1], made.get(i).getEnd());
        }
        fixture.modelChanged();
        fixture.await(AgreementPart.JOB_FAMILY);
        assertEquals("A", decisionOf(chosen));

        fixture.session.undo();
        fixture.modelChanged();
        fixture.await(AgreementPart.JOB_FAMILY);

        assertTrue(Lookups.coder(project, "consensus").isEmpty(), "the consensus coder came with the decision and goes with it");
        assertTrue(chosen.document().getCodings().stream().noneMatch(c -> c.getCoder().getName().equals("consensus")));
        assertEquals("", decisionOf(chosen));
    }

    @Test
    void neitherLeavesTheTurnUncodedAndReplacesAnEarlierDecision() {
        Adjudicable chosen = disagreements().stream().filter(d -> !d.disagreement().second().equals("none")).findFirst().orElseThrow();
        part.disagreements().setSelection(new StructuredSelection(chosen));
        part.decide(TurnVerdict.SECOND);
        Coder consensus = Lookups.coder(project, "consensus").orElseThrow();
        assertFalse(codingsIn(chosen, consensus).isEmpty());

        // a decision moves on to the next disagreement; going back to the turn decides it again
        part.disagreements().setSelection(new StructuredSelection(chosen));
        part.decide(TurnVerdict.NEITHER);

        assertTrue(codingsIn(chosen, consensus).isEmpty());
    }

    @Test
    void afterADecisionTheNextDisagreementIsSelectedAndStaysSelectedWhenTheFiguresAreComputedAgain() throws Exception {
        List<Adjudicable> listed = disagreements();
        assertTrue(listed.size() >= 3, "the sample's coders disagree on several turns");
        part.disagreements().setSelection(new StructuredSelection(listed.get(1)));

        part.decide(TurnVerdict.FIRST);

        assertEquals(listed.get(2), selectedDisagreement());
        assertEquals(new ProjectSession.Range(listed.get(2).document(), listed.get(2).turn().getStart(), listed.get(2).turn().getEnd()),
                fixture.session.revealed().orElseThrow(), "the next turn is shown to be read");
        fixture.modelChanged();
        fixture.await(AgreementPart.JOB_FAMILY);
        Adjudicable after = selectedDisagreement();
        assertEquals(listed.get(2).turn(), after.turn());
        assertEquals("A", decisionOf(listed.get(1)));
    }

    @Test
    void aAndBAreNamedWithTheCodersNamesInTheColumnsAndOnTheButtons() {
        var columns = part.disagreements().getTable().getColumns();
        assertEquals("A: alex", columns[3].getText());
        assertEquals("B: sam", columns[4].getText());
        List<String> buttons = buttonsOf(part.disagreements().getTable().getParent());
        assertTrue(buttons.contains("Accept A (alex)"), buttons.toString());
        assertTrue(buttons.contains("Accept B (sam)"), buttons.toString());
    }

    @Test
    void noColumnIsNarrowerThanItsTitleOrAnyOfItsCells() {
        for (org.eclipse.swt.widgets.Table table : List.of(part.coefficients().getTable(), part.disagreements().getTable())) {
            assertTrue(table.getItemCount() > 0);
            GC gc = new GC(table);
            try {
                for (int c = 0; c < table.getColumnCount(); c++) {
                    var column = table.getColumn(c);
                    assertTrue(column.getWidth() >= gc.textExtent(column.getText()).x, column.getText() + " is cut");
                    for (TableItem item : table.getItems()) {
                        assertTrue(column.getWidth() >= gc.textExtent(item.getText(c)).x,
                                "column '" + column.getText() + "' cuts '" + item.getText(c) + "'");
                    }
                }
            } finally {
                gc.dispose();
            }
        }
    }

    @Test
    void theGuideGivesThePublishedBenchmarksAndTheCellsTheColoursOfTheirBands() {
        // as the label shows it: a doubled "&" is one ampersand on screen
        String guide = part.guide().getText().replace("&&", "&");
        for (String said : List.of("Krippendorff 2004", ".800", ".667", "Landis & Koch", "1977", "convention", "'dynamic'")) {
            assertTrue(guide.contains(said), said + " in: " + guide);
        }
        List<Label> legend = part.legend();
        assertEquals(3, legend.size());
        assertEquals(3, legend.stream().map(l -> l.getBackground().getRGB()).distinct().count(), "three distinct band colours");
        int coloured = 0;
        for (TableItem item : part.coefficients().getTable().getItems()) {
            CodeAgreement row = (CodeAgreement) item.getData();
            for (int k = 0; k < row.coefficients().size(); k++) {
                AgreementResult result = row.coefficients().get(k);
                String name = result.coefficient().toLowerCase(Locale.ROOT);
                int band = -1;
                // the published thresholds, written out here rather than taken from the view
                if (result.defined() && name.contains("alpha")) {
                    band = result.value() >= 0.800 ? 0 : result.value() >= 0.667 ? 1 : 2;
                } else if (result.defined() && name.contains("kappa")) {
                    band = result.value() > 0.80 ? 0 : result.value() > 0.60 ? 1 : 2;
                }
                if (band >= 0) {
                    assertEquals(legend.get(band).getBackground().getRGB(), item.getBackground(k + 1).getRGB(),
                            row.label() + " " + result.coefficient() + " " + result.value());
                    coloured++;
                }
            }
        }
        assertTrue(coloured > 0, "the sample has alpha or kappa figures to colour");
    }

    private Adjudicable selectedDisagreement() {
        return (Adjudicable) ((org.eclipse.jface.viewers.IStructuredSelection) part.disagreements().getSelection()).getFirstElement();
    }

    private static List<String> buttonsOf(org.eclipse.swt.widgets.Composite parent) {
        List<String> texts = new java.util.ArrayList<>();
        for (var child : parent.getChildren()) {
            if (child instanceof Button button) {
                texts.add(button.getText());
            }
        }
        return texts;
    }

    private String decisionOf(Adjudicable turn) {
        for (TableItem item : part.disagreements().getTable().getItems()) {
            Adjudicable shown = (Adjudicable) item.getData();
            if (shown.document() == turn.document() && shown.disagreement().turn() == turn.disagreement().turn()) {
                return item.getText(5);
            }
        }
        throw new AssertionError("turn " + turn.disagreement().turn() + " is not listed");
    }

    private static List<Coding> codingsIn(Adjudicable turn, Coder coder) {
        Turn t = turn.turn();
        return turn.document().getCodings().stream().filter(c -> c.getCoder() == coder
                && Math.min(c.getEnd(), t.getEnd()) > Math.max(c.getStart(), t.getStart()))
                .sorted(java.util.Comparator.comparingInt(Coding::getStart)).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Adjudicable> disagreements() {
        return (List<Adjudicable>) part.disagreements().getInput();
    }
}
