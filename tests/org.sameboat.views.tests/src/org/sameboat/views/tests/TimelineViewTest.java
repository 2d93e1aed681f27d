package org.sameboat.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.analysis.project.TurnDynamics;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Lookups;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.views.timeline.SwimLanes;
import org.sameboat.views.timeline.TimelinePart;
import org.sameboat.views.timeline.TurnBar;

class TimelineViewTest {

    private static final RGB GREY = new RGB(176, 176, 176);

    @TempDir
    Path temp;

    private ViewFixture fixture;
    private TimelinePart part;
    private Project project;

    @BeforeEach
    void openTheViewOnTheSample() throws Exception {
        fixture = new ViewFixture(temp.resolve("sample"), "alex");
        project = fixture.session.project().orElseThrow();
        part = fixture.part(TimelinePart.class);
        fixture.await(TimelinePart.JOB_FAMILY);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static List<Turn> spoken(Document document) {
        return document.getTurns().stream().filter(t -> t.getEnd() > t.getStart()).toList();
    }

    @Test
    void eachSpeakerHasOneLaneAndEachTurnOneBarInItsSpeakersLane() throws Exception {
        ViewFixture.choose(part.documentChoice(), 2);
        fixture.await(TimelinePart.JOB_FAMILY);
        Document third = project.getDocuments().get(2);

        List<String> speakers = new ArrayList<>();
        spoken(third).forEach(t -> {
            if (!speakers.contains(t.getSpeaker().getPseudonym())) {
                speakers.add(t.getSpeaker().getPseudonym());
            }
        });
        SwimLanes lanes = part.lanes();
        assertEquals(speakers, lanes.lanes());
        assertEquals(spoken(third), lanes.bars().stream().map(TurnBar::turn).toList());
        for (TurnBar bar : lanes.bars()) {
            assertEquals(bar.turn().getSpeaker().getPseudonym(), lanes.lanes().get(bar.lane()));
        }
        assertTrue(lanes.isTimed());
        assertEquals(spoken(third).get(0).getTime().longValue(), lanes.bars().get(0).from());
    }

    @Test
    void eachBarHasTheColourOfItsDynamicForTheChosenCoderAndGreyWithout() throws Exception {
        ViewFixture.choose(part.coderChoice(), part.coderChoice().indexOf("sam"));
        fixture.await(TimelinePart.JOB_FAMILY);
        Document document = project.getDocuments().get(0);
        Coder sam = Lookups.coder(project, "sam").orElseThrow();
        TurnDynamics dynamics = new TurnDynamics(CodePaths.allCodes(project).stream().filter(Code::isApplicable).toList());
        int[] dominant = dynamics.dominant(document, (Coding c) -> c.getCoder() == sam);

        List<TurnBar> bars = part.lanes().bars();
        int coloured = 0;
        for (TurnBar bar : bars) {
            int dynamic = dominant[document.getTurns().indexOf(bar.turn())];
            assertEquals(dynamics.label(dynamic), bar.dynamic());
            assertEquals(dynamic < 0 ? GREY : rgb(dynamics.codes().get(dynamic).getColour()), bar.colour());
            coloured += dynamic < 0 ? 0 : 1;
        }
        assertTrue(coloured > 0 && coloured < bars.size(), "the sample has coded and uncoded turns");
    }

    @Test
    void theChartPaintsEachBarInItsColour() {
        SwimLanes lanes = part.lanes();

        int checked = 0;
        int checkedInADynamicsColour = 0;
        for (TurnBar bar : lanes.bars()) {
            Rectangle where = lanes.bounds(bar);
            // a bar a pixel or two wide is all edge, and anti-aliasing blends it with its neighbours
            if (where.width > 2) {
                RGB middle = pixel(lanes, where.x + where.width / 2, where.y + where.height / 2);
                if (bar.dynamic().equals(TurnDynamics.NONE)) {
                    // an uncoded turn is white hatched with grey, so its middle is a grey from the hatching's to white
                    assertTrue(middle.red == middle.green && middle.green == middle.blue && middle.red >= GREY.red,
                            "turn " + bar.number() + ": " + middle);
                } else {
                    assertEquals(bar.colour(), middle, "turn " + bar.number());
                    checkedInADynamicsColour++;
                }
                checked++;
            }
        }
        assertTrue(checked * 2 > lanes.bars().size(), checked + " of " + lanes.bars().size() + " bars are wide enough to check");
        assertTrue(checkedInADynamicsColour > 0 && checkedInADynamicsColour < checked, "coded and uncoded bars were both checked");
    }

    @Test
    void pngExportWritesTheChart() throws Exception {
        Path png = temp.resolve("timeline.png");
        part.exportPng(png);

        ImageData image = new org.eclipse.swt.graphics.ImageLoader().load(png.toString())[0];
        assertEquals(part.lanes().control().getSize().x, image.width);
    }

    @Test
    void clickingABarRevealsItsTurn() {
        SwimLanes lanes = part.lanes();
        TurnBar bar = lanes.bars().get(5);

        ViewFixture.click(lanes.control(), lanes.bounds(bar));

        assertEquals(new ProjectSession.Range(bar.turn().getDocument(), bar.turn().getStart(), bar.turn().getEnd()),
                fixture.session.revealed().orElseThrow());
    }

    @Test
    void hoveringABarTellsSpeakerTimeDynamicAndTheStartOfTheTurn() {
        SwimLanes lanes = part.lanes();
        TurnBar bar = lanes.bars().get(0);
        Rectangle where = lanes.bounds(bar);
        org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
        move.x = where.x + where.width / 2;
        move.y = where.y + where.height / 2;

        lanes.control().notifyListeners(org.eclipse.swt.SWT.MouseMove, move);

        String tip = lanes.control().getToolTipText();
        assertTrue(tip.startsWith(bar.turn().getSpeaker().getPseudonym() + " \u00B7 0:00:05 \u00B7 turn 1\n" + bar.dynamic()), tip);
        assertTrue(tip.contains("Welcome, everyone."), tip);
    }

    private static RGB pixel(SwimLanes lanes, int x, int y) {
        ImageData painted = lanes.snapshot();
        return painted.palette.getRGB(painted.getPixel(x, y));
    }

    private static RGB rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new RGB(value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF);
    }

    /** The colours painted inside a rectangle, its border left out. */
    private static java.util.Set<RGB> coloursInside(ImageData image, Rectangle r) {
        java.util.Set<RGB> colours = new java.util.HashSet<>();
        for (int x = r.x + 1; x < r.x + r.width - 1; x++) {
            for (int y = r.y + 1; y < r.y + r.height - 1; y++) {
                colours.add(image.palette.getRGB(image.getPixel(x, y)));
            }
        }
        return colours;
    }

    @Test
    void uncodedTurnsAreHatchedAndCodedOnesSolidSoThatNoCodeColourPassesForNone() throws Exception {
        ViewFixture.choose(part.coderChoice(), part.coderChoice().indexOf("sam"));
        fixture.await(TimelinePart.JOB_FAMILY);
        SwimLanes lanes = part.lanes();
        ImageData image = lanes.snapshot();
        TurnBar none = lanes.bars().stream().filter(b -> b.dynamic().equals(TurnDynamics.NONE) && lanes.bounds(b).width >= 8)
                .findFirst().orElseThrow();
        assertTrue(coloursInside(image, lanes.bounds(none)).size() >= 2, "white with grey hatching");
        int solid = 0;
        for (TurnBar coded : lanes.bars()) {
            if (!coded.dynamic().equals(TurnDynamics.NONE) && lanes.bounds(coded).width >= 4) {
                assertEquals(java.util.Set.of(coded.colour()), coloursInside(image, lanes.bounds(coded)), coded.dynamic());
                solid++;
            }
        }
        assertTrue(solid > 0);
        // the legend: the dynamics that occur, in codebook order, then the hatched entry for none
        List<String> expected = new ArrayList<>(CodePaths.allCodes(project).stream().filter(Code::isApplicable).map(CodePaths::path)
                .filter(path -> lanes.bars().stream().anyMatch(b -> b.dynamic().equals(path))).toList());
        expected.add("none (uncoded turn, hatched)");
        assertEquals(expected, lanes.legend());
    }

    @Test
    void sessionsAreNamedWithTheirGroupAndTheChoiceOfOneDynamicIsExplained() {
        List<Document> documents = project.getDocuments();
        assertEquals(documents.size(), part.documentChoice().getItemCount());
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            assertTrue(document.getGroup() != null, "the sample's sessions belong to a group");
            assertEquals(document.getGroup().getName() + " \u00B7 Session " + document.getSession()
                    + (document.getDate() == null ? "" : " \u00B7 " + document.getDate()), part.documentChoice().getItem(i));
        }
        String explained = part.explanation().getText();
        for (String said : List.of("one dynamic", "covering most", "first in the codebook", "Hatched")) {
            assertTrue(explained.contains(said), said + " in: " + explained);
        }
        assertEquals(explained, part.coderChoice().getToolTipText());
    }
}
