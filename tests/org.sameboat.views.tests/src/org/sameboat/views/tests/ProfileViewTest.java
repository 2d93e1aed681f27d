package org.sameboat.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.profile.Level;
import org.sameboat.analysis.profile.ProfileTable;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Stage;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Lookups;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.views.profile.CodingRow;
import org.sameboat.views.profile.ProfilePart;
import org.sameboat.views.widgets.ResidualGrid;

class ProfileViewTest {

    @TempDir
    Path temp;

    private ViewFixture fixture;
    private ProfilePart part;
    private Project project;

    private void open(String coder, boolean blind) throws Exception {
        fixture = new ViewFixture(temp.resolve("sample"), coder);
        project = fixture.session.project().orElseThrow();
        fixture.session.setBlind(blind);
        part = fixture.part(ProfilePart.class);
        fixture.await(ProfilePart.JOB_FAMILY);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ResidualGrid grid() {
        return part.grid();
    }

    private int row(String code) {
        int row = part.rowCodes().indexOf(CodePaths.find(project, code).orElseThrow());
        assertTrue(row >= 0, code + " is a row");
        return row;
    }

    private static boolean touches(Coding coding, Turn turn) {
        return Math.min(coding.getEnd(), turn.getEnd()) > Math.max(coding.getStart(), turn.getStart());
    }

    private static List<Turn> turns(Document document) {
        return document.getTurns().stream().filter(t -> t.getEnd() > t.getStart()).toList();
    }

    /** Turns of documents at the stage that a coding (of any coder accepted) of the code touches, counted by hand. */
    private long coded(Code code, Stage stage, Filter filter) {
        long count = 0;
        for (Document document : project.getDocuments()) {
            if (document.getStage() != stage) {
                continue;
            }
            for (Turn turn : turns(document)) {
                if (document.getCodings().stream().anyMatch(c -> c.getCode() == code && filter.accepts(c) && touches(c, turn))) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void theCellsAreTheEnginesProfileByStageOfEveryCodeWithCodedTurns() throws Exception {
        open("alex", false);
        ProfileTable expected = fixture.analysis.profile(part.codes(), Level.STAGE, Filter.none());
        assertTrue(grid().rows() > 3, "the sample's codes are rows");
        assertEquals(expected.levels().size(), grid().columns());
        for (int l = 0; l < expected.levels().size(); l++) {
            assertEquals(expected.levels().get(l) + String.format(Locale.ROOT, " (%,d)", expected.turns(l)), grid().columnName(l));
        }
        List<Code> codes = part.codes();
        for (int r = 0; r < grid().rows(); r++) {
            int c = codes.indexOf(part.rowCodes().get(r));
            assertTrue(expected.test().rowTotal(c) > 0);
            assertEquals(expected.codes().get(c), grid().rowName(r));
            for (int l = 0; l < grid().columns(); l++) {
                assertTrue(grid().text(r, l).startsWith(expected.count(c, l) + " \u00B7 "), grid().text(r, l));
                assertTrue(grid().text(r, l).contains(String.format(Locale.ROOT, "%.1f", expected.rate(c, l))));
                assertEquals(expected.test().adjustedResidual(c, l), grid().residual(r, l), 1e-12);
                assertEquals(expected.test().flagged(c, l), grid().text(r, l).endsWith("*"));
                assertEquals(expected.test().flagged(c, l), grid().isBold(r, l));
            }
        }
        assertEquals(expected.codes().size(),
                grid().rows() + (int) java.util.stream.IntStream.range(0, codes.size()).filter(c -> expected.test().rowTotal(c) == 0).count());
        assertTrue(part.status().getText().contains(String.format(Locale.ROOT, "Chi-square %.2f, df %d", expected.test().chiSquare(),
                expected.test().degreesOfFreedom())), part.status().getText());
    }

    @Test
    void oneCellWorkedByHandHasItsCountRateAndAdjustedResidual() throws Exception {
        open("alex", false);
        int r = row("Mutual support");
        int l = 0;
        Stage stage = Stage.VALUES.stream().filter(s -> grid().columnName(l).startsWith(s.getLiteral() + " (")).findFirst().orElseThrow();
        Code support = part.rowCodes().get(r);
        long x = coded(support, stage, Filter.none());
        long turnsAtStage = project.getDocuments().stream().filter(d -> d.getStage() == stage).mapToLong(d -> turns(d).size()).sum();
        assertTrue(x > 0 && turnsAtStage > x);
        // the margins by hand: every code with coded turns (the rows), every stage (the columns)
        long rowTotal = 0;
        long columnTotal = 0;
        long n = 0;
        List<Stage> stages = Arrays.stream(Stage.values()).filter(s -> project.getDocuments().stream().anyMatch(d -> d.getStage() == s)).toList();
        for (Code code : part.rowCodes()) {
            for (Stage s : stages) {
                long cell = coded(code, s, Filter.none());
                n += cell;
                rowTotal += code == support ? cell : 0;
                columnTotal += s == stage ? cell : 0;
            }
        }
        double e = (double) rowTotal * columnTotal / n;
        double z = (x - e) / Math.sqrt(e * (1 - (double) rowTotal / n) * (1 - (double) columnTotal / n));

        assertEquals(String.format(Locale.ROOT, "%d \u00B7 %.1f", x, 100.0 * x / turnsAtStage), grid().text(r, l).replace(" *", ""));
        assertEquals(z, grid().residual(r, l), 1e-9);
        assertTrue(grid().tooltip(r, l).contains(x + " of " + turnsAtStage + " turns"), grid().tooltip(r, l));
    }

    @Test
    void cellsAboveExpectationAreRedAndCellsBelowAreBlue() throws Exception {
        open("alex", false);
        int above = 0;
        int below = 0;
        for (int r = 0; r < grid().rows(); r++) {
            for (int l = 0; l < grid().columns(); l++) {
                double z = grid().residual(r, l);
                RGB colour = grid().background(r, l);
                if (z > 1) {
                    above++;
                    assertTrue(colour.red > colour.blue + 40, grid().rowName(r) + " " + z + " " + colour);
                } else if (z < -1) {
                    below++;
                    assertTrue(colour.blue > colour.red + 40, grid().rowName(r) + " " + z + " " + colour);
                }
            }
        }
        assertTrue(above > 0 && below > 0, above + " above, " + below + " below");
    }

    @Test
    void clickingACellListsTheCodingsOfTheCodeThatTouchTurnsAtTheLevel() throws Exception {
        open("alex", false);
        int r = row("Mutual support");
        int l = 0;
        Stage stage = Stage.VALUES.stream().filter(s -> grid().columnName(l).startsWith(s.getLiteral() + " (")).findFirst().orElseThrow();
        Code support = part.rowCodes().get(r);
        List<Coding> expected = new ArrayList<>();
        for (Document document : project.getDocuments()) {
            for (Coding coding : document.getCodings()) {
                if (document.getStage() == stage && coding.getCode() == support && turns(document).stream().anyMatch(t -> touches(coding, t))) {
                    expected.add(coding);
                }
            }
        }
        assertFalse(expected.isEmpty());

        ViewFixture.click(grid().control(), grid().cellBounds(r, l));

        List<Coding> listed = listed().stream().map(CodingRow::coding).toList();
        assertEquals(expected, listed);
        assertEquals(expected.size(), part.codings().getTable().getItemCount());
        assertTrue(part.status().getText().contains(expected.size() + " codings"), part.status().getText());
    }

    @Test
    void doubleClickingACodingRevealsItInTheTranscript() throws Exception {
        open("alex", false);
        grid().select(row("Mutual support"), 0);
        CodingRow chosen = listed().get(0);
        part.codings().setSelection(new StructuredSelection(chosen));

        part.revealSelected();

        assertEquals(new ProjectSession.Range(chosen.document(), chosen.coding().getStart(), chosen.coding().getEnd()),
                fixture.session.revealed().orElseThrow());
    }

    @Test
    void choosingSessionsAndACoderRecomputesWithThem() throws Exception {
        open("alex", false);
        Coder sam = Lookups.coder(project, "sam").orElseThrow();
        ViewFixture.choose(part.levelChoice(), part.levelChoice().indexOf("session"));
        ViewFixture.choose(part.coderChoice(), part.coderChoice().indexOf("sam"));
        fixture.await(ProfilePart.JOB_FAMILY);

        ProfileTable expected = fixture.analysis.profile(part.codes(), Level.SESSION, Filter.none().withCoder(sam));
        assertEquals(expected.levels().size(), grid().columns());
        assertTrue(grid().columns() > 1);
        int r = row("Mutual support");
        int c = part.codes().indexOf(part.rowCodes().get(r));
        for (int l = 0; l < grid().columns(); l++) {
            assertEquals(expected.test().adjustedResidual(c, l), grid().residual(r, l), 1e-12);
        }
    }

    @Test
    void codingBlindCountsAndListsOnlyTheCodersOwnCodings() throws Exception {
        open("sam", true);
        Coder sam = Lookups.coder(project, "sam").orElseThrow();
        assertEquals(List.of("My codings (coding blind)", "sam"), Arrays.asList(part.coderChoice().getItems()));
        ProfileTable own = fixture.analysis.profile(part.codes(), Level.STAGE, Filter.none().withCoder(sam));
        int r = row("Mutual support");
        int c = part.codes().indexOf(part.rowCodes().get(r));
        assertTrue(grid().text(r, 0).startsWith(own.count(c, 0) + " "));

        grid().select(r, 0);

        List<CodingRow> listed = listed();
        assertFalse(listed.isEmpty());
        assertTrue(listed.stream().allMatch(row -> row.coding().getCoder() == sam));
        Stage stage = Stage.VALUES.stream().filter(s -> grid().columnName(0).startsWith(s.getLiteral() + " (")).findFirst().orElseThrow();
        assertEquals(own.count(c, 0), coded(part.rowCodes().get(r), stage, Filter.none().withCoder(sam)));
    }

    @Test
    void aBlindCoderWithoutCodingsIsToldSoInsteadOfAnEmptyTable() throws Exception {
        open("kim", true);

        assertEquals(0, grid().rows());
        assertTrue(part.status().getText().contains("coding blind and have no codings of your own"), part.status().getText());
    }

    @SuppressWarnings("unchecked")
    private List<CodingRow> listed() {
        return (List<CodingRow>) part.codings().getInput();
    }
}
