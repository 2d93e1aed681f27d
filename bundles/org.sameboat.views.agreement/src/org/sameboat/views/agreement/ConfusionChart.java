package org.sameboat.views.agreement;

import java.util.Optional;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.sameboat.analysis.project.ConfusionMatrix;

/**
 * Two coders' turn dynamics crossed as a heatmap: rows the first coder's, columns the second's, the count in
 * each cell on a sequential scale, agreement on the outlined diagonal.
 */
public final class ConfusionChart {

    private static final int MARGIN = 6;
    private static final RGB LIGHT = new RGB(246, 250, 254);
    private static final RGB DARK = new RGB(10, 55, 118);

    private final Canvas canvas;
    private final LocalResourceManager resources;
    private ConfusionMatrix matrix;
    private String message = "";

    ConfusionChart(Composite parent, LocalResourceManager resources) {
        this.resources = resources;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(describe(e.x, e.y)));
    }

    /** The canvas, for layout. */
    public Canvas control() {
        return canvas;
    }

    /** The matrix shown, if any. */
    public Optional<ConfusionMatrix> matrix() {
        return Optional.ofNullable(matrix);
    }

    void show(ConfusionMatrix shown, String why) {
        matrix = shown;
        message = why;
        canvas.redraw();
    }

    private record Geometry(int left, int top, int cell) {
    }

    /** Rows are labelled by name (cut to fit), columns by number; a cell's tooltip tells both in full. */
    private Geometry geometry(GC gc) {
        int n = Math.max(1, matrix.labels().size());
        int line = gc.getFontMetrics().getHeight();
        int labels = 0;
        for (int i = 0; i < matrix.labels().size(); i++) {
            labels = Math.max(labels, gc.textExtent(rowLabel(i)).x);
        }
        int left = MARGIN + labels + 6;
        int top = MARGIN + 2 * line + 2;
        Point size = canvas.getSize();
        int cell = Math.max(15, Math.min(36, Math.min((size.x - left - MARGIN) / n, (size.y - top - MARGIN) / n)));
        return new Geometry(left, top, cell);
    }

    private String rowLabel(int index) {
        String label = matrix.labels().get(index);
        return (index + 1) + " " + (label.length() > 11 ? label.substring(0, 10) + "\u2026" : label);
    }

    private String describe(int x, int y) {
        if (matrix == null) {
            return null;
        }
        GC gc = new GC(canvas);
        Geometry g;
        try {
            g = geometry(gc);
        } finally {
            gc.dispose();
        }
        int column = Math.floorDiv(x - g.left(), g.cell());
        int row = Math.floorDiv(y - g.top(), g.cell());
        int n = matrix.labels().size();
        if (row < 0 || column < 0 || row >= n || column >= n) {
            return null;
        }
        return matrix.first() + ": " + matrix.labels().get(row) + "\n" + matrix.second() + ": " + matrix.labels().get(column) + "\n"
                + matrix.count(row, column) + " turn(s)";
    }

    private void paint(GC gc) {
        Point size = canvas.getSize();
        gc.setBackground(colour(new RGB(255, 255, 255)));
        gc.fillRectangle(0, 0, size.x, size.y);
        gc.setForeground(colour(new RGB(40, 40, 40)));
        if (matrix == null) {
            gc.drawText(message, MARGIN, MARGIN, true);
            return;
        }
        int n = matrix.labels().size();
        int line = gc.getFontMetrics().getHeight();
        gc.drawText("Dynamics: rows " + matrix.first() + ", columns " + matrix.second(), MARGIN, MARGIN, true);
        Geometry g = geometry(gc);
        int left = g.left();
        int top = g.top();
        int cell = g.cell();
        long max = 1;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                max = Math.max(max, matrix.count(r, c));
            }
        }
        for (int i = 0; i < n; i++) {
            String number = String.valueOf(i + 1);
            gc.drawText(number, left + i * cell + (cell - gc.textExtent(number).x) / 2, top - line - 1, true);
            gc.drawText(rowLabel(i), MARGIN, top + i * cell + (cell - line) / 2, true);
        }
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                long count = matrix.count(r, c);
                RGB fill = mix((double) count / max);
                gc.setBackground(colour(fill));
                gc.fillRectangle(left + c * cell, top + r * cell, cell, cell);
                gc.setForeground(colour(r == c ? new RGB(230, 120, 0) : new RGB(255, 255, 255)));
                gc.drawRectangle(left + c * cell, top + r * cell, cell - 1, cell - 1);
                String text = String.valueOf(count);
                double luminance = 0.2126 * fill.red + 0.7152 * fill.green + 0.0722 * fill.blue;
                gc.setForeground(colour(luminance < 140 ? new RGB(255, 255, 255) : new RGB(30, 30, 30)));
                gc.drawText(text, left + c * cell + (cell - gc.textExtent(text).x) / 2, top + r * cell + (cell - line) / 2, true);
            }
        }
    }

    private static RGB mix(double t) {
        return new RGB((int) Math.round(LIGHT.red + (DARK.red - LIGHT.red) * t), (int) Math.round(LIGHT.green + (DARK.green - LIGHT.green) * t),
                (int) Math.round(LIGHT.blue + (DARK.blue - LIGHT.blue) * t));
    }

    private Color colour(RGB rgb) {
        return resources.create(ColorDescriptor.createFrom(rgb));
    }
}
