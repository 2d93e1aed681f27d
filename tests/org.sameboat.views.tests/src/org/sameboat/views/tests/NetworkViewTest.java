package org.sameboat.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.analysis.network.Network;
import org.sameboat.analysis.network.NetworkEdge;
import org.sameboat.analysis.network.NetworkNode;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.address.Addressees;
import org.sameboat.model.address.Addressing;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.views.network.NetworkPart;
import org.sameboat.views.network.NodeLinkDiagram;

class NetworkViewTest {

    @TempDir
    Path temp;

    private ViewFixture fixture;
    private NetworkPart part;
    private Project project;

    @BeforeEach
    void openTheViewOnTheSample() throws Exception {
        fixture = new ViewFixture(temp.resolve("sample"), "alex");
        project = fixture.session.project().orElseThrow();
        part = fixture.part(NetworkPart.class);
        fixture.await(NetworkPart.JOB_FAMILY);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Network network() {
        return part.diagram().network().orElseThrow();
    }

    @Test
    void everyParticipantIsADiscWhoseSizeGrowsWithTurnsAndEveryEdgeAnArrow() {
        Network network = network();
        List<NodeLinkDiagram.Disc> discs = part.diagram().discs();
        assertEquals(network.nodes().size(), discs.size());
        assertEquals(network.edges().size(), part.diagram().arrows().size());
        for (NodeLinkDiagram.Disc a : discs) {
            for (NodeLinkDiagram.Disc b : discs) {
                NetworkNode na = network.nodes().get(a.node());
                NetworkNode nb = network.nodes().get(b.node());
                if (!na.isGroup() && !nb.isGroup() && na.turns() > nb.turns()) {
                    assertTrue(a.radius() >= b.radius(), na.name() + " vs " + nb.name());
                }
            }
        }
        long turns = network.nodes().stream().mapToLong(NetworkNode::turns).sum();
        long spoken = project.getDocuments().stream().flatMap(d -> d.getTurns().stream())
                .filter(t -> t.getSpeaker() != null && t.getEnd() > t.getStart()).count();
        assertEquals(spoken, turns);
    }

    @Test
    void anArrowHasTheColourOfItsMostFrequentCode() {
        Network network = network();
        int coloured = 0;
        for (NodeLinkDiagram.Arrow arrow : part.diagram().arrows()) {
            NetworkEdge edge = network.edges().get(arrow.edge());
            if (edge.mostFrequentCode().isPresent()) {
                String hex = CodePaths.find(project, edge.mostFrequentCode().get()).orElseThrow().getColour();
                int rgb = Integer.parseInt(hex.substring(1), 16);
                assertEquals(new org.eclipse.swt.graphics.RGB(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff), arrow.colour());
                coloured++;
            } else {
                assertEquals(NodeLinkDiagram.NO_CODE, arrow.colour());
            }
        }
        assertTrue(coloured > 0, "the sample's codings colour some arrows");
    }

    @Test
    void clickingAnArrowListsItsTurnsAndADoubleClickRevealsOne() {
        Network network = network();
        NodeLinkDiagram.Arrow arrow = part.diagram().arrows().stream().filter(a -> network.edges().get(a.edge()).turns() > 1)
                .findFirst().orElseThrow();
        NetworkEdge edge = network.edges().get(arrow.edge());
        int x = (arrow.x1() + arrow.x2()) / 2;
        int y = (arrow.y1() + arrow.y2()) / 2;
        assertEquals(arrow.edge(), part.diagram().edgeAt(x, y).orElseThrow());

        ViewFixture.click(part.diagram().control(), new Rectangle(x, y, 1, 1));

        List<Turn> expected = new ArrayList<>();
        for (Document d : project.getDocuments()) {
            List<Addressing> to = Addressees.of(d);
            for (int i = 0; i < d.getTurns().size(); i++) {
                Turn t = d.getTurns().get(i);
                if (t.getSpeaker() != null && t.getEnd() > t.getStart()
                        && t.getSpeaker().getPseudonym().equals(network.nodes().get(edge.from()).name())
                        && to.get(i).to().label().equals(network.nodes().get(edge.to()).name())) {
                    expected.add(t);
                }
            }
        }
        assertEquals(edge.turns(), expected.size());
        assertEquals(expected.size(), part.turns().getItemCount());
        part.turns().setSelection(0);
        part.turns().notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        Turn first = expected.get(0);
        assertEquals(new ProjectSession.Range(first.getDocument(), first.getStart(), first.getEnd()), fixture.session.revealed().orElseThrow());
    }

    @Test
    void aSessionChoiceShowsThatSessionsNetwork() throws Exception {
        ViewFixture.choose(part.sessionChoice(), 2);
        fixture.await(NetworkPart.JOB_FAMILY);
        Document second = project.getDocuments().stream().filter(d -> Integer.valueOf(2).equals(d.getSession())).findFirst().orElseThrow();
        long spoken = second.getTurns().stream().filter(t -> t.getSpeaker() != null && t.getEnd() > t.getStart()).count();
        assertEquals(spoken, network().nodes().stream().mapToLong(NetworkNode::turns).sum());
        assertEquals(1, network().documents().size());
        assertTrue(part.status().getText().contains("members follow members"), part.status().getText());
    }

    @Test
    void theSameNetworkIsLaidOutTheSameWayAgain() throws Exception {
        Network before = network();
        List<NodeLinkDiagram.Disc> first = part.diagram().discs();
        ViewFixture.choose(part.sessionChoice(), 2);
        fixture.await(NetworkPart.JOB_FAMILY);
        assertTrue(!before.equals(network()), "session 2 alone is another network");
        ViewFixture.choose(part.sessionChoice(), 0);
        fixture.await(NetworkPart.JOB_FAMILY);
        assertNotSame(before, network(), "the network was computed again");
        assertEquals(before, network());
        assertEquals(first, part.diagram().discs());
    }

    @Test
    void everyDiscLiesInsideTheCanvasAndNoTwoDiscsOverlap() {
        org.eclipse.swt.graphics.Point size = part.diagram().control().getSize();
        List<NodeLinkDiagram.Disc> discs = part.diagram().discs();
        assertTrue(discs.size() > 2, "the sample has a worker and several members");
        for (NodeLinkDiagram.Disc d : discs) {
            assertTrue(d.x() - d.radius() >= 0 && d.x() + d.radius() <= size.x, d + " within width " + size.x);
            assertTrue(d.y() - d.radius() >= 0 && d.y() + d.radius() <= size.y, d + " within height " + size.y);
        }
        for (int i = 0; i < discs.size(); i++) {
            for (int j = i + 1; j < discs.size(); j++) {
                NodeLinkDiagram.Disc a = discs.get(i);
                NodeLinkDiagram.Disc b = discs.get(j);
                assertTrue(Math.hypot(a.x() - b.x(), a.y() - b.y()) > a.radius() + b.radius(), a + " overlaps " + b);
            }
        }
    }

    @Test
    void theWorkerStaysAtTheTopAndTheGroupInTheCentre() {
        Network network = network();
        org.eclipse.swt.graphics.Point size = part.diagram().control().getSize();
        for (NodeLinkDiagram.Disc d : part.diagram().discs()) {
            NetworkNode node = network.nodes().get(d.node());
            if (node.isGroup()) {
                assertEquals(size.x / 2.0, d.x(), 1.0);
                assertEquals(size.y / 2.0, d.y(), 1.0);
            } else {
                assertTrue(d.y() >= topmostWorker(network), node.name() + " is not above the worker");
            }
        }
    }

    private int topmostWorker(Network network) {
        return part.diagram().discs().stream().filter(d -> "worker".equals(network.nodes().get(d.node()).role()))
                .mapToInt(NodeLinkDiagram.Disc::y).min().orElseThrow();
    }

    @Test
    void pngAndSvgExportTheDrawing() throws Exception {
        Path png = temp.resolve("network.png");
        part.exportPng(png);
        ImageData image = new org.eclipse.swt.graphics.ImageLoader().load(png.toString())[0];
        assertEquals(part.diagram().control().getSize().x, image.width);
        Path svg = temp.resolve("network.svg");
        part.exportSvg(svg);
        String text = Files.readString(svg);
        assertEquals(network().nodes().size(), text.split("<g class=\"node\">", -1).length - 1);
        assertEquals(network().edges().size(), text.split("<g class=\"edge\">", -1).length - 1);
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
    }
}
