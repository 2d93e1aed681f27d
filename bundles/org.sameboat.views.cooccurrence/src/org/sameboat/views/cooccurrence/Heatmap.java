package org.sameboat.views.cooccurrence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.sameboat.analysis.cooccurrence.Measure;
import org.sameboat.model.codebook.CodePaths;

/**
 * A code × code heatmap painted on a canvas (scrolling when the codes need more room than the view has): rows
 * with each code's abbreviation and own name indented by its depth, columns headed by the
 * abbreviations (the full name in the header's tooltip), each cell in
 * the colour of its value on a sequential scale with the value written in it, a legend for the scale, and a red
 * corner on cells whose codes are applied very unevenly. Clicking a cell selects it.
 */
public final class Heatmap {

    private static final int MARGIN = 8;
    private static final int HEADER = 18;
    private static final int LEGEND_BAND = 28;
    private static final int LEGEND_BAR = 10;
    /** Row labels wider than this are cut with an ellipsis (the cell's tooltip names the whole path). */
    private static final int MAX_LABEL = 260;
    private static final int MIN_CELL_WIDTH = 27;
    private static final int MIN_CELL_HEIGHT = 16;
    private static final RGB DIAGONAL = new RGB(226, 226, 226);
    private static final RGB WARNING = new RGB(200, 30, 30);
    private static final RGB GRID = new RGB(255, 255, 255);
    private static final RGB SELECTED = new RGB(240, 140, 0);

    private final ScrolledComposite scroller;
    private final Canvas canvas;
    private final LocalResourceManager resources;
    private final Font bold;
    private final List<BiConsumer<Integer, Integer>> selectionListeners = new ArrayList<>();
    private HeatmapData data;
    private int selectedRow = -1;
    private int selectedColumn = -1;
    private int highlighted = -1;

    Heatmap(Composite parent, LocalResourceManager resources) {
        this.resources = resources;
        // a codebook of thirty codes needs more room than a view has: below its legible size the grid scrolls
        scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED);
        scroller.setContent(canvas);
        bold = resources.create(FontDescriptor.createFrom(canvas.getFont()).setStyle(SWT.BOLD));
        canvas.addPaintListener(e -> paint(e.gc, canvas.getSize()));
        canvas.addListener(SWT.MouseDown, e -> cellAt(e.x, e.y).ifPresent(cell -> select(cell[0], cell[1])));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(cellAt(e.x, e.y).map(this::describe)
                .or(() -> columnAt(e.x, e.y).map(c -> columnLabel(c) + ": " + label(c))).orElse(null)));
    }

    /** The canvas, for layout and for driving the heatmap with mouse events. */
    public Canvas control() {
        return canvas;
    }

    void show(HeatmapData shown) {
        data = shown;
        if (data == null || selectedRow >= data.size() || selectedColumn >= data.size()) {
            selectedRow = -1;
            selectedColumn = -1;
        }
        int n = data == null ? 0 : data.size();
        scroller.setMinSize(MARGIN + labelWidth() + n * MIN_CELL_WIDTH + MARGIN,
                MARGIN + HEADER + n * MIN_CELL_HEIGHT + LEGEND_BAND + MARGIN);
        canvas.redraw();
    }

    /** Emphasises one code's row and column, e.g. the code selected in the codebook; -1 for none. */
    void highlight(int code) {
        highlighted = code;
        canvas.redraw();
    }

    void onSelect(BiConsumer<Integer, Integer> listener) {
        selectionListeners.add(listener);
    }

    /** Selects a cell as a click does, telling the listeners. */
    public void select(int row, int column) {
        selectedRow = row;
        selectedColumn = column;
        canvas.redraw();
        selectionListeners.forEach(l -> l.accept(row, column));
    }

    /** Number of codes shown (rows and columns alike); 0 when nothing is shown. */
    public int size() {
        return data == null ? 0 : data.size();
    }

    /** The code path of a row (and column). */
    public String label(int index) {
        return data.labels().get(index);
    }

    /** The value a cell shows, in the chosen measure; NaN where undefined. */
    public double value(int row, int column) {
        return data.values()[row][column];
    }

    /** The text written in a cell. */
    public String text(int row, int column) {
        return data.text(row, column);
    }

    /** Whether a cell carries the warning corner for codes applied very unevenly. */
    public boolean isMarked(int row, int column) {
        return data.imbalanced()[row][column];
    }

    /** The fill colour of a cell. */
    public RGB colour(int row, int column) {
        if (row == column) {
            return DIAGONAL;
        }
        double value = data.values()[row][column];
        return Double.isNaN(value) ? GRID : ColourScale.at(data.fraction(row, column));
    }

    /** Where a cell is on the canvas as it is sized now. */
    public Rectangle cellBounds(int row, int column) {
        Geometry g = geometry(canvas.getSize(), labelWidth());
        return new Rectangle(g.left + column * g.cellWidth, g.top + row * g.cellHeight, g.cellWidth, g.cellHeight);
    }

    Optional<int[]> cellAt(int x, int y) {
        if (data == null || data.size() == 0) {
            return Optional.empty();
        }
        Geometry g = geometry(canvas.getSize(), labelWidth());
        int column = Math.floorDiv(x - g.left, g.cellWidth);
        int row = Math.floorDiv(y - g.top, g.cellHeight);
        return row >= 0 && column >= 0 && row < data.size() && column < data.size() ? Optional.of(new int[] {row, column})
                : Optional.empty();
    }

    private String describe(int[] cell) {
        int r = cell[0];
        int c = cell[1];
        String head = r == c ? label(r) + " with itself (the diagonal: its frequency, not a co-occurrence)"
                : label(r) + " \u00D7 " + label(c);
        String counts = r == c ? "frequency " + data.frequency()[r]
                : "frequencies " + data.frequency()[r] + " and " + data.frequency()[c];
        String warning = isMarked(r, c) ? "\nOne code is applied more than " + HeatmapData.IMBALANCE
                + " times as often as the other: read the coefficient with care." : "";
        return head + "\n" + data.measure() + ": " + text(r, c) + " (" + counts + ")" + warning;
    }

    private int labelWidth() {
        if (data == null) {
            return 0;
        }
        GC gc = new GC(canvas);
        try {
            gc.setFont(bold);
            int widest = 0;
            for (int i = 0; i < data.size(); i++) {
                widest = Math.max(widest, gc.textExtent(rowLabel(i)).x);
            }
            return Math.min(widest, MAX_LABEL) + 8;
        } finally {
            gc.dispose();
        }
    }

    /** A row's label: the abbreviation, then the code's own name indented by its depth in the codebook. */
    public String rowLabel(int index) {
        String path = data.labels().get(index);
        int depth = (int) path.chars().filter(c -> c == CodePaths.SEPARATOR.charAt(0)).count();
        return columnLabel(index) + "  " + "  ".repeat(depth) + path.substring(path.lastIndexOf(CodePaths.SEPARATOR) + 1).strip();
    }

    /** Text cut with an ellipsis to fit a width. */
    private static String fitted(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        int end = text.length();
        while (end > 1 && gc.textExtent(text.substring(0, end) + "\u2026").x > width) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "\u2026";
    }

    /**
     * A column's heading: the code's abbreviation, the initials of its name's words (its first letters for a
     * one-word name), numbered when two codes would share one.
     */
    public String columnLabel(int index) {
        String own = abbreviation(data.labels().get(index));
        long same = data.labels().stream().map(Heatmap::abbreviation).filter(own::equals).count();
        return same > 1 ? own + (index + 1) : own;
    }

    static String abbreviation(String path) {
        String name = path.substring(path.lastIndexOf(CodePaths.SEPARATOR) + 1).strip();
        String[] words = name.split("[^\\p{L}\\p{N}]+");
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && initials.length() < 4) {
                initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        if (initials.length() < 2) {
            String letters = name.replaceAll("[^\\p{L}\\p{N}]", "");
            return letters.isEmpty() ? "?" : letters.substring(0, Math.min(3, letters.length()));
        }
        return initials.toString();
    }

    /** The column whose heading is under a point, if any. */
    Optional<Integer> columnAt(int x, int y) {
        if (data == null || data.size() == 0) {
            return Optional.empty();
        }
        Geometry g = geometry(canvas.getSize(), labelWidth());
        int column = Math.floorDiv(x - g.left, g.cellWidth);
        return y >= 0 && y < g.top && column >= 0 && column < data.size() ? Optional.of(column) : Optional.empty();
    }

    /** Cell sizes follow the canvas, within bounds that keep the values legible and the grid compact. */
    private Geometry geometry(Point size, int labelWidth) {
        int n = Math.max(1, data == null ? 1 : data.size());
        int left = MARGIN + labelWidth;
        int top = MARGIN + HEADER;
        int width = clamp((size.x - left - MARGIN) / n, MIN_CELL_WIDTH, 64);
        int height = clamp((size.y - top - LEGEND_BAND - MARGIN) / n, MIN_CELL_HEIGHT, 36);
        return new Geometry(left, top, width, height);
    }

    /** The heatmap as the canvas shows it now, as an image (for PNG export). */
    ImageData snapshot() {
        Point size = canvas.getSize();
        int width = Math.max(size.x, 320);
        int height = Math.max(size.y, 200);
        Image image = new Image(canvas.getDisplay(), (gc, w, h) -> paint(gc, new Point(w, h)), width, height);
        try {
            return image.getImageData();
        } finally {
            image.dispose();
        }
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }

    private record Geometry(int left, int top, int cellWidth, int cellHeight) {
    }

    /** Paints the heatmap into any GC: the canvas, or an image for export. */
    void paint(GC gc, Point size) {
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(0, 0, size.x, size.y);
        if (data == null || data.size() == 0) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawText("No codes to relate: open a project with codings.", MARGIN, MARGIN, true);
            return;
        }
        gc.setFont(bold);
        Geometry g = geometry(size, labelWidth());
        gc.setFont(canvas.getFont());
        int n = data.size();
        for (int i = 0; i < n; i++) {
            gc.setFont(i == highlighted ? bold : canvas.getFont());
            gc.setForeground(colour(i == highlighted ? new RGB(0, 0, 0) : new RGB(60, 60, 60)));
            String label = fitted(gc, rowLabel(i), g.left - MARGIN - 8);
            Point extent = gc.textExtent(label);
            gc.drawText(label, MARGIN, g.top + i * g.cellHeight + (g.cellHeight - extent.y) / 2, true);
            String heading = columnLabel(i);
            Point headingExtent = gc.textExtent(heading);
            gc.drawText(heading, g.left + i * g.cellWidth + (g.cellWidth - headingExtent.x) / 2, MARGIN, true);
        }
        gc.setFont(canvas.getFont());
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                paintCell(gc, g, r, c);
            }
        }
        if (selectedRow >= 0) {
            gc.setForeground(colour(SELECTED));
            gc.setLineWidth(2);
            gc.drawRectangle(g.left + selectedColumn * g.cellWidth + 1, g.top + selectedRow * g.cellHeight + 1, g.cellWidth - 2,
                    g.cellHeight - 2);
            gc.setLineWidth(1);
        }
        paintLegend(gc, g.left, g.top + n * g.cellHeight + 10, Math.min(n * g.cellWidth, 220));
    }

    private void paintCell(GC gc, Geometry g, int r, int c) {
        int x = g.left + c * g.cellWidth;
        int y = g.top + r * g.cellHeight;
        RGB fill = colour(r, c);
        gc.setBackground(colour(fill));
        gc.fillRectangle(x, y, g.cellWidth, g.cellHeight);
        gc.setForeground(colour(GRID));
        gc.drawRectangle(x, y, g.cellWidth, g.cellHeight);
        String text = text(r, c);
        Point extent = gc.textExtent(text);
        gc.setForeground(colour(ColourScale.textOn(fill)));
        gc.drawText(text, x + (g.cellWidth - extent.x) / 2, y + (g.cellHeight - extent.y) / 2, true);
        if (isMarked(r, c)) {
            gc.setBackground(colour(WARNING));
            int corner = Math.min(9, g.cellHeight / 2);
            gc.fillPolygon(new int[] {x + g.cellWidth - corner, y + 1, x + g.cellWidth - 1, y + 1, x + g.cellWidth - 1, y + corner});
        }
    }

    /** A horizontal bar under the grid: the scale from 0 to the largest value off the diagonal. */
    private void paintLegend(GC gc, int x, int y, int width) {
        double max = data.maximum();
        String top = data.measure() == Measure.COUNT ? String.valueOf((long) max) : String.format(Locale.ROOT, "%.2f", max);
        gc.setForeground(colour(new RGB(40, 40, 40)));
        String name = data.measure() + "  0";
        Point extent = gc.textExtent(name);
        gc.drawText(name, x - extent.x - 6, y + (LEGEND_BAR - extent.y) / 2, true);
        for (int i = 0; i < width; i++) {
            gc.setForeground(colour(ColourScale.at((double) i / Math.max(1, width - 1))));
            gc.drawLine(x + i, y, x + i, y + LEGEND_BAR);
        }
        gc.setForeground(colour(new RGB(120, 120, 120)));
        gc.drawRectangle(x, y, width, LEGEND_BAR);
        gc.setForeground(colour(new RGB(40, 40, 40)));
        gc.drawText(top, x + width + 6, y + (LEGEND_BAR - extent.y) / 2, true);
    }

    private Color colour(RGB rgb) {
        return resources.create(ColorDescriptor.createFrom(rgb));
    }
}
