package org.sameboat.views.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.sameboat.analysis.network.Network;
import org.sameboat.analysis.network.NetworkEdge;
import org.sameboat.analysis.network.NetworkNode;
import org.sameboat.model.text.XmlChars;

/**
 * The node-link drawing of a {@link Network}: participants placed by a force-directed {@link ForceLayout} (JGraphT's
 * Fruchterman–Reingold, started from a circle with the worker at the top and "the group" in the centre), each a disc whose area grows
 * with their turns, and an arrow from speaker to addressee whose width grows with the turns and whose colour is the
 * colour of the code most frequent on it (grey when no coding is on it). The two directions of a pair run side by
 * side. Clicking an arrow reports its edge.
 */
public final class NodeLinkDiagram {

    /** Arrows without codings. */
    public static final RGB NO_CODE = new RGB(150, 150, 150);
    private static final RGB NODE = new RGB(70, 110, 160);
    private static final RGB WORKER = new RGB(160, 90, 40);
    private static final int MARGIN = 60;
    private static final int SIDE_BY_SIDE = 5;

    private final Canvas canvas;
    private final LocalResourceManager resources;
    private Network network;
    private Map<String, RGB> codeColours = Map.of();
    private IntConsumer onEdge = e -> {
    };
    // the layout of the network shown at the last size asked for: painting, hit tests and exports all ask
    private Network laidOut;
    private Point laidOutSize;
    private List<ForceLayout.Point> layout = List.of();

    /** Where an arrow is drawn. */
    public record Arrow(int edge, int x1, int y1, int x2, int y2, int width, RGB colour) {
    }

    /** Where a node is drawn. */
    public record Disc(int node, int x, int y, int radius) {
    }

    NodeLinkDiagram(Composite parent, LocalResourceManager resources) {
        this.resources = resources;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc, canvas.getSize()));
        canvas.addListener(SWT.MouseUp, e -> edgeAt(e.x, e.y).ifPresent(onEdge::accept));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(edgeAt(e.x, e.y).map(this::describe).orElse(null)));
    }

    public Control control() {
        return canvas;
    }

    void show(Network shown, Map<String, RGB> colours) {
        network = shown;
        codeColours = Map.copyOf(colours);
        canvas.redraw();
    }

    void onEdge(IntConsumer listener) {
        onEdge = listener;
    }

    public Optional<Network> network() {
        return Optional.ofNullable(network);
    }

    /** The discs at the canvas's present size. */
    public List<Disc> discs() {
        return discs(canvas.getSize());
    }

    /** The arrows at the canvas's present size. */
    public List<Arrow> arrows() {
        return arrows(canvas.getSize());
    }

    /** A sentence for an edge: who to whom, turns, codings by code. */
    public String describe(int edge) {
        NetworkEdge e = network.edges().get(edge);
        StringBuilder text = new StringBuilder(network.nodes().get(e.from()).name()).append(" \u2192 ")
                .append(network.nodes().get(e.to()).name()).append(": ").append(e.turns()).append(" turn(s)");
        e.codings().forEach((code, count) -> text.append("; ").append(code).append(' ').append(count));
        return text.toString();
    }

    private List<Disc> discs(Point size) {
        List<Disc> out = new ArrayList<>();
        if (network == null) {
            return out;
        }
        long most = Math.max(1, network.nodes().stream().mapToLong(NetworkNode::turns).max().orElse(1));
        int width = Math.max(1, size.x - 2 * MARGIN);
        int height = Math.max(1, size.y - 2 * MARGIN);
        List<Integer> radii = new ArrayList<>();
        for (NetworkNode node : network.nodes()) {
            // area, not radius, in proportion to turns, as the eye reads discs
            radii.add(node.isGroup() ? 12 : (int) Math.round(6 + 22 * Math.sqrt((double) node.turns() / most)));
        }
        List<ForceLayout.Point> places = layout(radii, width, height);
        for (int i = 0; i < network.nodes().size(); i++) {
            out.add(new Disc(i, MARGIN + (int) Math.round(places.get(i).x()), MARGIN + (int) Math.round(places.get(i).y()),
                    radii.get(i)));
        }
        return out;
    }

    private List<ForceLayout.Point> layout(List<Integer> radii, int width, int height) {
        Point size = new Point(width, height);
        if (network != laidOut || !size.equals(laidOutSize)) {
            layout = ForceLayout.of(network, radii, width, height);
            laidOut = network;
            laidOutSize = size;
        }
        return layout;
    }

    private List<Arrow> arrows(Point size) {
        List<Arrow> out = new ArrayList<>();
        if (network == null) {
            return out;
        }
        List<Disc> discs = discs(size);
        long most = Math.max(1, network.edges().stream().mapToLong(NetworkEdge::turns).max().orElse(1));
        for (int i = 0; i < network.edges().size(); i++) {
            NetworkEdge edge = network.edges().get(i);
            Disc from = discs.get(edge.from());
            Disc to = discs.get(edge.to());
            double dx = to.x() - from.x();
            double dy = to.y() - from.y();
            double length = Math.max(1, Math.hypot(dx, dy));
            double ux = dx / length;
            double uy = dy / length;
            // to the right of the direction of travel, so A → B and B → A do not cover each other
            double ox = -uy * SIDE_BY_SIDE;
            double oy = ux * SIDE_BY_SIDE;
            int width = 1 + (int) Math.round(6.0 * edge.turns() / most);
            RGB colour = edge.mostFrequentCode().map(c -> codeColours.getOrDefault(c, NO_CODE)).orElse(NO_CODE);
            out.add(new Arrow(i, (int) Math.round(from.x() + ux * from.radius() + ox), (int) Math.round(from.y() + uy * from.radius() + oy),
                    (int) Math.round(to.x() - ux * (to.radius() + 2) + ox), (int) Math.round(to.y() - uy * (to.radius() + 2) + oy),
                    width, colour));
        }
        return out;
    }

    /** The edge under a point, if any: the nearest arrow within a few pixels. */
    public Optional<Integer> edgeAt(int x, int y) {
        Integer best = null;
        double nearest = Double.MAX_VALUE;
        for (Arrow arrow : arrows()) {
            double distance = distance(x, y, arrow);
            if (distance <= Math.max(4, arrow.width() / 2.0 + 2) && distance < nearest) {
                nearest = distance;
                best = arrow.edge();
            }
        }
        return Optional.ofNullable(best);
    }

    private static double distance(int x, int y, Arrow a) {
        double dx = a.x2() - a.x1();
        double dy = a.y2() - a.y1();
        double squared = dx * dx + dy * dy;
        double t = squared == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x1()) * dx + (y - a.y1()) * dy) / squared));
        return Math.hypot(x - (a.x1() + t * dx), y - (a.y1() + t * dy));
    }

    private Color colour(RGB rgb) {
        return resources.create(ColorDescriptor.createFrom(rgb));
    }

    private void paint(GC gc, Point size) {
        gc.setAntialias(SWT.ON);
        if (network == null || network.nodes().isEmpty()) {
            gc.drawText("No turns with a speaker in scope.", 10, 10, true);
            return;
        }
        for (Arrow arrow : arrows(size)) {
            gc.setForeground(colour(arrow.colour()));
            gc.setBackground(colour(arrow.colour()));
            gc.setLineWidth(arrow.width());
            gc.setLineStyle(network.edges().get(arrow.edge()).turns() == 0 ? SWT.LINE_DOT : SWT.LINE_SOLID);
            gc.drawLine(arrow.x1(), arrow.y1(), arrow.x2(), arrow.y2());
            gc.fillPolygon(head(arrow));
        }
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(2);
        for (Disc disc : discs(size)) {
            NetworkNode node = network.nodes().get(disc.node());
            RGB fill = node.isGroup() ? new RGB(255, 255, 255) : "worker".equals(node.role()) ? WORKER : NODE;
            gc.setBackground(colour(fill));
            gc.fillOval(disc.x() - disc.radius(), disc.y() - disc.radius(), 2 * disc.radius(), 2 * disc.radius());
            gc.setForeground(colour(new RGB(40, 40, 40)));
            gc.drawOval(disc.x() - disc.radius(), disc.y() - disc.radius(), 2 * disc.radius(), 2 * disc.radius());
            String label = node.isGroup() ? "the group" : node.name() + " (" + node.turns() + ")";
            Point extent = gc.textExtent(label);
            gc.drawText(label, disc.x() - extent.x / 2, disc.y() + disc.radius() + 2, true);
        }
    }

    private static int[] head(Arrow a) {
        double dx = a.x2() - a.x1();
        double dy = a.y2() - a.y1();
        double length = Math.max(1, Math.hypot(dx, dy));
        double ux = dx / length;
        double uy = dy / length;
        double size = 7 + a.width();
        return new int[] {a.x2(), a.y2(), (int) Math.round(a.x2() - ux * size - uy * size / 2),
                (int) Math.round(a.y2() - uy * size + ux * size / 2), (int) Math.round(a.x2() - ux * size + uy * size / 2),
                (int) Math.round(a.y2() - uy * size - ux * size / 2)};
    }

    /** The drawing as the view shows it, for PNG export. */
    public ImageData snapshot() {
        Point size = canvas.getSize();
        Image image = new Image(canvas.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
        GC gc = new GC(image);
        try {
            gc.setBackground(canvas.getBackground());
            gc.fillRectangle(0, 0, size.x, size.y);
            paint(gc, size);
            return image.getImageData();
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** The drawing as SVG at the canvas's size: the same discs, arrows and labels. */
    public String svg() {
        Point size = canvas.getSize();
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n",
                size.x, size.y, size.x, size.y));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        if (network != null) {
            for (Arrow a : arrows(size)) {
                String colour = hex(a.colour());
                svg.append(String.format(Locale.ROOT, "<g class=\"edge\"><title>%s</title><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\""
                        + " stroke=\"%s\" stroke-width=\"%d\"%s/>", esc(describe(a.edge())), a.x1(), a.y1(), a.x2(), a.y2(), colour,
                        a.width(), network.edges().get(a.edge()).turns() == 0 ? " stroke-dasharray=\"2,3\"" : ""));
                int[] head = head(a);
                svg.append(String.format(Locale.ROOT, "<polygon points=\"%d,%d %d,%d %d,%d\" fill=\"%s\"/></g>%n", head[0], head[1],
                        head[2], head[3], head[4], head[5], colour));
            }
            for (Disc d : discs(size)) {
                NetworkNode node = network.nodes().get(d.node());
                RGB fill = node.isGroup() ? new RGB(255, 255, 255) : "worker".equals(node.role()) ? WORKER : NODE;
                String label = node.isGroup() ? "the group" : node.name() + " (" + node.turns() + ")";
                svg.append(String.format(Locale.ROOT, "<g class=\"node\"><circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"%s\" stroke=\"#282828\""
                        + " stroke-width=\"2\"/><text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"12\">%s</text></g>%n",
                        d.x(), d.y(), d.radius(), hex(fill), d.x(), d.y() + d.radius() + 14, esc(label)));
            }
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String hex(RGB rgb) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
    }

    private static String esc(String text) {
        return XmlChars.escape(text);
    }
}
