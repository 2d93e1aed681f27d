package org.sameboat.views.ena;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.sameboat.analysis.ena.EnaSet;
import org.sameboat.analysis.ena.GroupPair;

/**
 * The ENA space drawn: dimension 1 across, dimension 2 up, at the same scale (distances mean the same both ways),
 * the network shown on the nodes at their fitted positions, the units' points over it, and the nodes with short
 * labels on top. A click on a point asks for that unit.
 */
public final class NetworkCanvas {

    static final RGB FIRST = new RGB(0x1f, 0x5f, 0xa8);
    static final RGB SECOND = new RGB(0xb3, 0x00, 0x2d);
    static final RGB NEUTRAL = new RGB(0x4a, 0x4a, 0x4a);
    static final RGB OTHER = new RGB(0xa0, 0xa0, 0xa0);
    private static final int MARGIN = 36;
    private static final int RADIUS = 4;
    private static final int LABEL = 22;

    /**
     * What is drawn.
     *
     * @param network one weight per pair: a mean network, or a difference (positive: the first group is stronger)
     * @param difference whether the network is a difference of two groups
     * @param selected the unit whose point is ringed, or −1
     * @param title what the network is, drawn at the top
     */
    public record Drawing(EnaSet set, Optional<GroupPair> groups, double[] network, boolean difference, int selected, String title) {
    }

    private final Canvas canvas;
    private final Color first;
    private final Color second;
    private final Color neutral;
    private final Color other;
    private final Color axis;
    private final Color white;
    private final Color ink;
    private Optional<Drawing> drawing = Optional.empty();
    private IntConsumer onUnit = unit -> { };

    NetworkCanvas(Composite parent, LocalResourceManager resources) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        first = resources.create(ColorDescriptor.createFrom(FIRST));
        second = resources.create(ColorDescriptor.createFrom(SECOND));
        neutral = resources.create(ColorDescriptor.createFrom(NEUTRAL));
        other = resources.create(ColorDescriptor.createFrom(OTHER));
        axis = resources.create(ColorDescriptor.createFrom(new RGB(0xdd, 0xdd, 0xdd)));
        white = resources.create(ColorDescriptor.createFrom(new RGB(0xff, 0xff, 0xff)));
        ink = resources.create(ColorDescriptor.createFrom(new RGB(0x20, 0x20, 0x20)));
        canvas.addPaintListener(e -> {
            Point size = canvas.getSize();
            paint(e.gc, size.x, size.y);
        });
        canvas.addListener(SWT.MouseUp, e -> {
            if (e.button == 1) {
                unitAt(e.x, e.y).ifPresent(onUnit);
            }
        });
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
    }

    /** The drawing area. */
    public Canvas control() {
        return canvas;
    }

    /** Calls back with the unit whose point is clicked. */
    void onUnit(IntConsumer listener) {
        onUnit = listener;
    }

    void show(Optional<Drawing> shown) {
        drawing = shown;
        canvas.redraw();
    }

    /** What is drawn, if anything. */
    public Optional<Drawing> drawing() {
        return drawing;
    }

    /** Where a unit's point is drawn on the canvas now (a small square around its centre). */
    public Rectangle pointBounds(int unit) {
        Point size = canvas.getSize();
        Frame frame = Frame.of(drawing.orElseThrow().set(), size.x, size.y);
        double[] p = drawing.get().set().points()[unit];
        return new Rectangle(frame.x(p) - RADIUS, frame.y(p) - RADIUS, 2 * RADIUS + 1, 2 * RADIUS + 1);
    }

    /** The unit whose point is nearest to (x, y), within a few pixels. */
    OptionalInt unitAt(int x, int y) {
        if (drawing.isEmpty()) {
            return OptionalInt.empty();
        }
        Point size = canvas.getSize();
        EnaSet set = drawing.get().set();
        Frame frame = Frame.of(set, size.x, size.y);
        int best = -1;
        double nearest = (RADIUS + 3) * (RADIUS + 3);
        for (int u = 0; u < set.points().length; u++) {
            double dx = frame.x(set.points()[u]) - x;
            double dy = frame.y(set.points()[u]) - y;
            if (dx * dx + dy * dy <= nearest) {
                nearest = dx * dx + dy * dy;
                best = u;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** The canvas as it looks, at its size. */
    public ImageData snapshot() {
        Point size = canvas.getSize();
        Image image = new Image(canvas.getDisplay(), (gc, w, h) -> paint(gc, w, h), Math.max(1, size.x), Math.max(1, size.y));
        try {
            return image.getImageData();
        } finally {
            image.dispose();
        }
    }

    /** Maps dimensions 1 and 2 onto the canvas with one scale for both, the nodes and points all inside. */
    private record Frame(double centreX, double centreY, double scale, int width, int height) {

        static Frame of(EnaSet set, int width, int height) {
            double minX = 0;
            double maxX = 0;
            double minY = 0;
            double maxY = 0;
            for (double[][] all : new double[][][] {set.nodes(), set.points()}) {
                for (double[] p : all) {
                    minX = Math.min(minX, p[0]);
                    maxX = Math.max(maxX, p[0]);
                    minY = Math.min(minY, dimension2(p));
                    maxY = Math.max(maxY, dimension2(p));
                }
            }
            double usableX = Math.max(1, width - 2 * MARGIN - 80); // room for the labels of nodes at the right
            double usableY = Math.max(1, height - 2 * MARGIN - LABEL);
            double scale = Math.min(usableX / Math.max(maxX - minX, 1e-9), usableY / Math.max(maxY - minY, 1e-9));
            return new Frame((minX + maxX) / 2, (minY + maxY) / 2, scale, width, height);
        }

        private static double dimension2(double[] p) {
            return p.length > 1 ? p[1] : 0;
        }

        int x(double[] p) {
            return (int) Math.round(width / 2.0 - 40 + (p[0] - centreX) * scale);
        }

        int y(double[] p) {
            return (int) Math.round((height + LABEL) / 2.0 - (dimension2(p) - centreY) * scale);
        }
    }

    private void paint(GC gc, int width, int height) {
        gc.setBackground(white);
        gc.fillRectangle(0, 0, width, height);
        if (drawing.isEmpty()) {
            return;
        }
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Drawing d = drawing.get();
        EnaSet set = d.set();
        Frame frame = Frame.of(set, width, height);
        double[] origin = {0, 0};
        gc.setForeground(axis);
        gc.setLineWidth(1);
        gc.drawLine(0, frame.y(origin), width, frame.y(origin));
        gc.drawLine(frame.x(origin), LABEL, frame.x(origin), height);
        gc.setForeground(other);
        gc.drawText(String.format(java.util.Locale.ROOT, "dimension 1 (%.1f%%)", 100 * set.variance()[0]), 6, frame.y(origin) + 2, true);
        if (set.dimensions() > 1) {
            gc.drawText(String.format(java.util.Locale.ROOT, "dimension 2 (%.1f%%)", 100 * set.variance()[1]), frame.x(origin) + 4,
                    LABEL + 2, true);
        }
        edges(gc, frame, d);
        nodes(gc, frame, set);
        points(gc, frame, d); // last: the units cluster near the centre, where edges and nodes crowd
        gc.setForeground(ink);
        gc.drawText(d.title(), 6, 4, true);
        d.groups().ifPresent(pair -> legend(gc, width, pair));
    }

    private void edges(GC gc, Frame frame, Drawing d) {
        double[][] nodes = d.set().nodes();
        double max = 1e-12;
        for (double w : d.network()) {
            max = Math.max(max, Math.abs(w));
        }
        int p = 0;
        for (int j = 1; j < nodes.length; j++) {
            for (int i = 0; i < j; i++, p++) {
                double w = d.network()[p];
                if (Math.abs(w) < 1e-9) {
                    continue;
                }
                double share = Math.abs(w) / max;
                gc.setForeground(d.difference() ? (w > 0 ? first : second) : neutral);
                gc.setAlpha((int) Math.round(70 + 185 * share));
                gc.setLineWidth((int) Math.max(1, Math.round(1 + 7 * share)));
                gc.drawLine(frame.x(nodes[i]), frame.y(nodes[i]), frame.x(nodes[j]), frame.y(nodes[j]));
            }
        }
        gc.setAlpha(255);
        gc.setLineWidth(1);
    }

    private void points(GC gc, Frame frame, Drawing d) {
        EnaSet set = d.set();
        for (int u = 0; u < set.points().length; u++) {
            gc.setBackground(colour(d, u));
            int x = frame.x(set.points()[u]);
            int y = frame.y(set.points()[u]);
            gc.fillOval(x - RADIUS, y - RADIUS, 2 * RADIUS + 1, 2 * RADIUS + 1);
            gc.setForeground(white);
            gc.drawOval(x - RADIUS - 1, y - RADIUS - 1, 2 * RADIUS + 2, 2 * RADIUS + 2);
            if (u == d.selected()) {
                gc.setForeground(ink);
                gc.setLineWidth(2);
                gc.drawOval(x - RADIUS - 3, y - RADIUS - 3, 2 * RADIUS + 7, 2 * RADIUS + 7);
                gc.setLineWidth(1);
                gc.drawText(set.accumulation().units().get(u), x + RADIUS + 5, y - RADIUS - 14, true);
            }
        }
    }

    private Color colour(Drawing d, int unit) {
        if (d.groups().isEmpty()) {
            return neutral;
        }
        GroupPair pair = d.groups().get();
        Optional<String> group = d.set().accumulation().groupValues().get(unit);
        return group.map(g -> g.equals(pair.first()) ? first : g.equals(pair.second()) ? second : other).orElse(other);
    }

    private void nodes(GC gc, Frame frame, EnaSet set) {
        double[][] nodes = set.nodes();
        List<Rectangle> placed = new ArrayList<>();
        for (int n = 0; n < nodes.length; n++) {
            int x = frame.x(nodes[n]);
            int y = frame.y(nodes[n]);
            gc.setBackground(ink);
            gc.fillRectangle(x - 4, y - 4, 8, 8);
            placed.add(new Rectangle(x - 4, y - 4, 8, 8));
        }
        for (int n = 0; n < nodes.length; n++) {
            String label = shortName(set.accumulation().codes().get(n));
            Point extent = gc.textExtent(label);
            Rectangle at = place(frame.x(nodes[n]), frame.y(nodes[n]), extent, placed);
            placed.add(at);
            gc.setBackground(white);
            gc.setAlpha(210);
            gc.fillRectangle(at);
            gc.setAlpha(255);
            gc.setForeground(ink);
            gc.drawText(label, at.x + 1, at.y, true);
        }
    }

    /** Beside the node, on the first side where the label hides no other label or node; above right if none is free. */
    private static Rectangle place(int x, int y, Point extent, List<Rectangle> placed) {
        int w = extent.x + 2;
        int h = extent.y;
        List<Rectangle> sides = List.of(new Rectangle(x + 6, y - h - 1, w, h), new Rectangle(x + 6, y + 1, w, h),
                new Rectangle(x - 6 - w, y - h - 1, w, h), new Rectangle(x - 6 - w, y + 1, w, h));
        for (Rectangle side : sides) {
            if (placed.stream().noneMatch(side::intersects)) {
                return side;
            }
        }
        return sides.get(0);
    }

    private void legend(GC gc, int width, GroupPair pair) {
        int x = width - 8;
        for (var entry : List.of(java.util.Map.entry(pair.second(), second), java.util.Map.entry(pair.first(), first))) {
            Point extent = gc.textExtent(entry.getKey());
            x -= extent.x;
            gc.setForeground(ink);
            gc.drawText(entry.getKey(), x, 4, true);
            x -= 2 * RADIUS + 5;
            gc.setBackground(entry.getValue());
            gc.fillOval(x, 4 + extent.y / 2 - RADIUS, 2 * RADIUS + 1, 2 * RADIUS + 1);
            x -= 12;
        }
    }

    /** The code's own name, without its codebook path, shortened where it would crowd the drawing. */
    static String shortName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.length() <= 22 ? name : name.substring(0, 21) + "\u2026";
    }
}
