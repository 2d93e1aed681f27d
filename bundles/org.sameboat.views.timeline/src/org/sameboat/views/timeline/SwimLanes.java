package org.sameboat.views.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

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
import org.sameboat.analysis.project.TurnDynamics;

/**
 * The swim-lane chart: a strip for the whole group on top, then one lane per speaker, each turn a bar in the
 * colour of its dynamic along the session's time, an axis, and a legend of the dynamics. Hovering a bar tells
 * speaker, time, dynamic and how the turn begins; clicking it tells the listeners.
 */
public final class SwimLanes {

    private static final int MARGIN = 8;
    private static final int STRIP = 14;
    private static final int GAP = 8;
    private static final int AXIS = 20;
    private static final int LEGEND_ROW = 18;
    private static final String GROUP = "Whole group";
    /** The legend's entry for uncoded turns, which are hatched: no code's colour can pass for them. */
    static final String NONE_ENTRY = "none (uncoded turn, hatched)";

    private final Canvas canvas;
    private final LocalResourceManager resources;
    private final List<Consumer<TurnBar>> clickListeners = new ArrayList<>();
    private Timeline timeline;

    SwimLanes(Composite parent, LocalResourceManager resources) {
        this.resources = resources;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(barAt(e.x, e.y).map(SwimLanes::describe).orElse(null)));
        canvas.addListener(SWT.MouseDown, e -> {
            if (e.button == 1) {
                barAt(e.x, e.y).ifPresent(bar -> clickListeners.forEach(l -> l.accept(bar)));
            }
        });
    }

    /** The canvas, for layout and for driving the chart with mouse events. */
    public Canvas control() {
        return canvas;
    }

    void show(Timeline shown) {
        timeline = shown;
        canvas.redraw();
    }

    void onClick(Consumer<TurnBar> listener) {
        clickListeners.add(listener);
    }

    /** The speakers of the lanes, top to bottom. */
    public List<String> lanes() {
        return timeline == null ? List.of() : timeline.speakers();
    }

    /** The turns' bars, in text order. */
    public List<TurnBar> bars() {
        return timeline == null ? List.of() : timeline.bars();
    }

    /** Whether the axis is time (else the turns' order). */
    public boolean isTimed() {
        return timeline != null && timeline.timed();
    }

    /** Where a bar is drawn in its speaker's lane, as the canvas is sized now. */
    public Rectangle bounds(TurnBar bar) {
        Geometry g = geometry();
        int x = g.x(bar.from());
        int width = Math.max(2, g.x(bar.to()) - x - 1);
        return new Rectangle(x, g.laneTop(bar.lane()) + 2, width, g.laneHeight - 4);
    }

    /** The bar under a point, if any. */
    public Optional<TurnBar> barAt(int x, int y) {
        if (timeline == null) {
            return Optional.empty();
        }
        for (TurnBar bar : timeline.bars()) {
            if (bounds(bar).contains(x, y)) {
                return Optional.of(bar);
            }
        }
        return Optional.empty();
    }

    /** The chart as the canvas shows it now, as an image (for PNG export). */
    public ImageData snapshot() {
        Point size = canvas.getSize();
        Image image = new Image(canvas.getDisplay(), (gc, w, h) -> paint(gc), Math.max(1, size.x), Math.max(1, size.y));
        try {
            return image.getImageData();
        } finally {
            image.dispose();
        }
    }

    static String describe(TurnBar bar) {
        String start = bar.text().replace('\n', ' ').strip();
        if (start.length() > 90) {
            start = start.substring(0, 90) + "\u2026";
        }
        String when = bar.turn().getTime() != null ? clock(bar.turn().getTime()) + " \u00B7 " : "";
        return Timeline.speaker(bar.turn()) + " \u00B7 " + when + "turn " + bar.number() + "\n" + bar.dynamic() + "\n\u201C" + start
                + "\u201D";
    }

    static String clock(long millis) {
        long seconds = millis / 1000;
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private record Geometry(int left, int right, int top, int laneHeight, long end) {
        int x(long value) {
            return left + (int) Math.round((double) value / Math.max(1, end) * (right - left));
        }

        int laneTop(int lane) {
            return top + lane * laneHeight;
        }
    }

    /** Lanes share the height left after the strip, axis and legend, within legible bounds. */
    private Geometry geometry() {
        Point size = canvas.getSize();
        GC gc = new GC(canvas);
        int labels;
        try {
            labels = gc.textExtent(GROUP).x;
            for (String speaker : lanes()) {
                labels = Math.max(labels, gc.textExtent(speaker).x);
            }
        } finally {
            gc.dispose();
        }
        int lanes = Math.max(1, lanes().size());
        int top = MARGIN + STRIP + GAP;
        int laneHeight = Math.max(14, Math.min(32, (size.y - top - AXIS - LEGEND_ROW - MARGIN) / lanes));
        return new Geometry(MARGIN + labels + 12, Math.max(MARGIN + labels + 40, size.x - MARGIN), top, laneHeight,
                timeline == null ? 1 : timeline.end());
    }

    private void paint(GC gc) {
        Point size = canvas.getSize();
        gc.setBackground(colour(new RGB(255, 255, 255)));
        gc.fillRectangle(0, 0, size.x, size.y);
        if (timeline == null || timeline.bars().isEmpty()) {
            gc.setForeground(colour(new RGB(90, 90, 90)));
            gc.drawText(timeline == null ? "Open a project and choose a session." : "This document has no speaker turns.", MARGIN,
                    MARGIN, true);
            return;
        }
        Geometry g = geometry();
        gc.setForeground(colour(new RGB(40, 40, 40)));
        gc.drawText(GROUP, MARGIN, MARGIN + (STRIP - gc.getFontMetrics().getHeight()) / 2, true);
        for (TurnBar bar : timeline.bars()) {
            // the group strip: the dynamics in sequence, whoever spoke, to see how the group moved
            int x = g.x(bar.from());
            fill(gc, bar.dynamic(), bar.colour(), new Rectangle(x, MARGIN, Math.max(1, g.x(bar.to()) - x), STRIP));
        }
        for (int lane = 0; lane < timeline.speakers().size(); lane++) {
            int y = g.laneTop(lane);
            gc.setBackground(colour(lane % 2 == 0 ? new RGB(247, 247, 247) : new RGB(255, 255, 255)));
            gc.fillRectangle(g.left, y, g.right - g.left, g.laneHeight);
            gc.setForeground(colour(new RGB(40, 40, 40)));
            gc.drawText(timeline.speakers().get(lane), MARGIN, y + (g.laneHeight - gc.getFontMetrics().getHeight()) / 2, true);
        }
        for (TurnBar bar : timeline.bars()) {
            Rectangle r = bounds(bar);
            fill(gc, bar.dynamic(), bar.colour(), r);
            gc.setForeground(colour(darker(bar.colour())));
            gc.drawRectangle(r.x, r.y, r.width - 1, r.height - 1);
        }
        int axisY = g.laneTop(timeline.speakers().size()) + 2;
        paintAxis(gc, g, axisY);
        paintLegend(gc, g.left, g.right, axisY + AXIS);
    }

    private void paintAxis(GC gc, Geometry g, int y) {
        gc.setForeground(colour(new RGB(120, 120, 120)));
        gc.drawLine(g.left, y, g.right, y);
        long step = timeline.timed() ? niceStep(timeline.end(), 60_000) : niceStep(timeline.end(), 1);
        for (long v = 0; v <= timeline.end(); v += step) {
            int x = g.x(v);
            gc.drawLine(x, y, x, y + 4);
            String label = timeline.timed() ? clock(v) : String.valueOf(v + 1);
            gc.drawText(label, x - gc.textExtent(label).x / 2, y + 4, true);
        }
        String unit = timeline.timed() ? "time" : "turn";
        gc.drawText(unit, MARGIN, y + 4, true);
    }

    /** A tick step of 1, 2 or 5 times a power of ten units that gives at most about ten ticks. */
    private static long niceStep(long end, long unit) {
        for (long magnitude = unit;; magnitude *= 10) {
            for (long factor : new long[] {1, 2, 5}) {
                if (end / (magnitude * factor) <= 10) {
                    return magnitude * factor;
                }
            }
        }
    }

    private void paintLegend(GC gc, int left, int right, int top) {
        int x = left;
        int y = top;
        for (Map.Entry<String, RGB> entry : timeline.legend().entrySet()) {
            String label = legendLabel(entry.getKey());
            int width = 16 + gc.textExtent(label).x + 14;
            if (x > left && x + width > right) {
                x = left;
                y += LEGEND_ROW;
            }
            fill(gc, entry.getKey(), entry.getValue(), new Rectangle(x, y + 3, 12, 12));
            gc.setForeground(colour(darker(entry.getValue())));
            gc.drawRectangle(x, y + 3, 11, 11);
            gc.setForeground(colour(new RGB(40, 40, 40)));
            gc.drawText(label, x + 16, y + 1, true);
            x += width;
        }
    }

    /** The legend's entries as it labels them, in order: the dynamics that occur, then uncoded turns. */
    public List<String> legend() {
        return timeline == null ? List.of() : timeline.legend().keySet().stream().map(SwimLanes::legendLabel).toList();
    }

    private static String legendLabel(String dynamic) {
        return dynamic.equals(TurnDynamics.NONE) ? NONE_ENTRY : dynamic;
    }

    /** A bar in its dynamic's colour; an uncoded turn white with grey diagonal hatching. */
    private void fill(GC gc, String dynamic, RGB rgb, Rectangle r) {
        if (!dynamic.equals(TurnDynamics.NONE)) {
            gc.setBackground(colour(rgb));
            gc.fillRectangle(r);
            return;
        }
        gc.setBackground(colour(new RGB(255, 255, 255)));
        gc.fillRectangle(r);
        Rectangle clip = gc.getClipping();
        gc.setClipping(r.intersection(clip));
        gc.setForeground(colour(Timeline.NONE));
        // crisp lines: blended ones would turn the hatching into a flat grey on narrow bars
        int antialias = gc.getAntialias();
        gc.setAntialias(SWT.OFF);
        for (int d = -r.height; d < r.width; d += 4) {
            gc.drawLine(r.x + d, r.y + r.height, r.x + d + r.height, r.y);
        }
        gc.setAntialias(antialias);
        gc.setClipping(clip);
    }

    private static RGB darker(RGB rgb) {
        return new RGB(rgb.red * 7 / 10, rgb.green * 7 / 10, rgb.blue * 7 / 10);
    }

    private Color colour(RGB rgb) {
        return resources.create(ColorDescriptor.createFrom(rgb));
    }
}
