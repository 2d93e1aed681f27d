package org.sameboat.views.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.ena.Accumulation;
import org.sameboat.analysis.ena.Comparison;
import org.sameboat.analysis.ena.EnaModel;
import org.sameboat.analysis.ena.EnaSet;
import org.sameboat.analysis.ena.GroupPair;
import org.sameboat.analysis.profile.Level;
import org.sameboat.model.Coder;
import org.sameboat.model.Project;
import org.sameboat.model.edit.Lookups;
import org.sameboat.views.ena.EnaPart;
import org.sameboat.views.ena.NetworkCanvas;

class EnaViewTest {

    @TempDir
    Path temp;

    private ViewFixture fixture;
    private EnaPart part;
    private Project project;

    private void open(String coder, boolean blind) throws Exception {
        fixture = new ViewFixture(temp.resolve("sample"), coder);
        project = fixture.session.project().orElseThrow();
        fixture.session.setBlind(blind);
        part = fixture.part(EnaPart.class);
        fixture.await(EnaPart.JOB_FAMILY);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** The engine itself, not the view API, on the same choices. */
    private EnaSet engine(Level unit, int window, Optional<GroupPair> groups, Filter filter) {
        return EnaModel.fit(Accumulation.of(project, List.of(), unit, groups.map(GroupPair::field), window, filter), groups);
    }

    private EnaSet shown() {
        return part.model().orElseThrow(() -> new AssertionError("no model shown: " + part.status().getText()));
    }

    private NetworkCanvas.Drawing drawing() {
        return part.canvas().drawing().orElseThrow();
    }

    private static void assertSameModel(EnaSet expected, EnaSet actual) {
        assertEquals(expected.accumulation().units(), actual.accumulation().units());
        assertEquals(expected.accumulation().codes(), actual.accumulation().codes());
        assertArrayEquals(expected.variance(), actual.variance(), 1e-12);
        for (int u = 0; u < expected.points().length; u++) {
            assertArrayEquals(expected.points()[u], actual.points()[u], 1e-12, expected.accumulation().units().get(u));
        }
        for (int c = 0; c < expected.nodes().length; c++) {
            assertArrayEquals(expected.nodes()[c], actual.nodes()[c], 1e-9, expected.accumulation().codes().get(c));
        }
    }

    @Test
    void theSpeakersPointsAndVarianceAreTheEnginesWithWindowFour() throws Exception {
        open("alex", false);
        assertEquals("speaker", part.unitChoice().getText());
        assertEquals(4, part.windowChoice().getSelection());
        assertEquals("none", part.comparisonChoice().getText());

        EnaSet expected = engine(Level.SPEAKER, 4, Optional.empty(), Filter.none());
        assertSameModel(expected, shown());
        assertTrue(expected.accumulation().units().size() >= 5, expected.accumulation().units().toString());
        String status = part.status().getText();
        assertTrue(status.contains(String.format(Locale.ROOT, "Dimension 1 holds %.1f%% of the variance, dimension 2 %.1f%%",
                100 * expected.variance()[0], 100 * expected.variance()[1])), status);
        assertTrue(status.contains(String.format(Locale.ROOT, "%.3f on dimension 1", expected.fit().get(0).pearson())), status);
        // drawn where the model puts them: further right on dimension 1 is further right on screen, higher on 2 is higher
        for (int u = 0; u < expected.points().length; u++) {
            for (int v = 0; v < expected.points().length; v++) {
                Rectangle a = part.canvas().pointBounds(u);
                Rectangle b = part.canvas().pointBounds(v);
                if (expected.points()[u][0] < expected.points()[v][0] - 1e-3) {
                    assertTrue(a.x <= b.x, u + " left of " + v);
                }
                if (expected.points()[u][1] < expected.points()[v][1] - 1e-3) {
                    assertTrue(a.y >= b.y, u + " below " + v);
                }
                assertTrue(part.canvas().control().getClientArea().contains(a.x, a.y));
            }
        }
        // with nothing compared, the network drawn is the mean of all speakers' networks
        List<Integer> all = java.util.stream.IntStream.range(0, expected.points().length).boxed().toList();
        assertArrayEquals(expected.meanNetwork(all), drawing().network(), 1e-12);
        assertFalse(drawing().difference());
    }

    @Test
    void clickingAPointDrawsThatUnitsOwnNetwork() throws Exception {
        open("alex", false);
        EnaSet set = shown();
        int unit = clickableUnit(set);

        ViewFixture.click(part.canvas().control(), part.canvas().pointBounds(unit));

        assertEquals(unit, drawing().selected());
        assertArrayEquals(set.meanNetwork(List.of(unit)), drawing().network(), 1e-12);
        // a unit's own network is its normalised vector: of length 1, as sphere normalisation leaves it
        assertEquals(1.0, Math.sqrt(Arrays.stream(drawing().network()).map(w -> w * w).sum()), 1e-9);
        assertTrue(part.status().getText().contains("Showing " + set.accumulation().units().get(unit) + "'s network"),
                part.status().getText());
    }

    /** A unit with a network whose point lies apart from the others, so a click there can mean only it. */
    private int clickableUnit(EnaSet set) {
        for (int u = 0; u < set.points().length; u++) {
            if (set.zeroUnits().contains(set.accumulation().units().get(u))) {
                continue;
            }
            Rectangle mine = part.canvas().pointBounds(u);
            boolean apart = true;
            for (int v = 0; v < set.points().length; v++) {
                Rectangle other = part.canvas().pointBounds(v);
                apart &= v == u || Math.hypot(mine.x - other.x, mine.y - other.y) > 16;
            }
            if (apart) {
                return u;
            }
        }
        throw new AssertionError("every point is crowded");
    }

    @Test
    void comparingBeginningWithEndingReportsTheEnginesWelchTestAndDrawsTheDifference() throws Exception {
        open("alex", false);
        int choice = part.comparisonChoice().indexOf("beginning vs ending");
        assertEquals(1, choice, "the first stage against the last comes first");

        ViewFixture.choose(part.comparisonChoice(), choice);
        fixture.await(EnaPart.JOB_FAMILY);

        GroupPair pair = new GroupPair(Level.STAGE, "beginning", "ending");
        EnaSet expected = engine(Level.SPEAKER, 4, Optional.of(pair), Filter.none());
        assertSameModel(expected, shown());
        Comparison c = expected.comparison().orElseThrow();
        String status = part.status().getText();
        assertTrue(status.contains(String.format(Locale.ROOT, "Welch's t = %.2f, df %.1f", c.t(), c.df())), status);
        assertTrue(status.contains(String.format(Locale.ROOT, "Cohen's d = %.2f", c.cohensD())), status);
        assertTrue(status.contains("differ more than the units within each stage"), status);

        assertTrue(drawing().difference());
        double[] first = expected.meanNetwork(expected.unitsOf("beginning"));
        double[] second = expected.meanNetwork(expected.unitsOf("ending"));
        for (int p = 0; p < first.length; p++) {
            assertEquals(first[p] - second[p], drawing().network()[p], 1e-12, expected.accumulation().pairs().get(p));
        }
        ViewFixture.choose(part.networkChoice(), 2);
        assertArrayEquals(second, drawing().network(), 1e-12);
        assertFalse(drawing().difference());
    }

    @Test
    void choosingSessionsAndAWindowOfOneRecomputesWithThem() throws Exception {
        open("alex", false);
        Coder sam = Lookups.coder(project, "sam").orElseThrow();
        ViewFixture.choose(part.unitChoice(), part.unitChoice().indexOf("session"));
        part.windowChoice().setSelection(1);
        part.windowChoice().notifyListeners(SWT.Selection, new Event());
        ViewFixture.choose(part.coderChoice(), part.coderChoice().indexOf("sam"));
        fixture.await(EnaPart.JOB_FAMILY);

        EnaSet expected = engine(Level.SESSION, 1, Optional.empty(), Filter.none().withCoder(sam));
        assertSameModel(expected, shown());
        assertEquals(6, shown().accumulation().units().size(), "the sample's six sessions");
        assertTrue(part.status().getText().contains("window 1, sam's codings"), part.status().getText());
    }

    @Test
    void codingBlindModelsOnlyTheCodersOwnCodings() throws Exception {
        open("sam", true);
        Coder sam = Lookups.coder(project, "sam").orElseThrow();
        assertEquals(List.of("My codings (coding blind)", "sam"), Arrays.asList(part.coderChoice().getItems()));

        EnaSet own = engine(Level.SPEAKER, 4, Optional.empty(), Filter.none().withCoder(sam));
        EnaSet pooled = engine(Level.SPEAKER, 4, Optional.empty(), Filter.none());
        assertSameModel(own, shown());
        assertFalse(Arrays.deepEquals(own.points(), pooled.points()), "sam's codings alone make another model than everyone's");
        assertTrue(part.status().getText().contains("sam's codings (coding blind)"), part.status().getText());
    }

    @Test
    void theViewApiModelsABlindCodersOwnCodingsEvenWhenAskedForEveryonesAndRefusesAnotherCoders() throws Exception {
        open("sam", true);
        Coder sam = Lookups.coder(project, "sam").orElseThrow();
        Coder alex = Lookups.coder(project, "alex").orElseThrow();

        EnaSet pooled = fixture.analysis.ena(List.of(), Level.SPEAKER, Optional.empty(), 4, Filter.none());

        assertSameModel(engine(Level.SPEAKER, 4, Optional.empty(), Filter.none().withCoder(sam)), pooled);
        assertThrows(IllegalArgumentException.class,
                () -> fixture.analysis.ena(List.of(), Level.SPEAKER, Optional.empty(), 4, Filter.none().withCoder(alex)));
    }

    @Test
    void aBlindCoderWithoutCodingsIsToldSoInsteadOfAnEmptyDrawing() throws Exception {
        open("kim", true);

        assertTrue(part.model().isEmpty());
        assertTrue(part.canvas().drawing().isEmpty());
        assertTrue(part.status().getText().contains("coding blind and have fewer than two codes of your own"), part.status().getText());
    }

    @Test
    void exportingPngWritesTheCanvasAtItsSize() throws Exception {
        open("alex", false);
        Path file = temp.resolve("ena.png");

        part.exportPng(file);

        assertTrue(Files.size(file) > 0);
        ImageData[] read = new ImageLoader().load(file.toString());
        Point size = part.canvas().control().getSize();
        assertTrue(size.x > 100 && size.y > 100, size.toString());
        assertEquals(size.x, read[0].width);
        assertEquals(size.y, read[0].height);
    }
}
