package org.sameboat.views.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sameboat.analysis.contingency.ResidualScale;

/**
 * A table whose cells are coloured by adjusted residual on the diverging {@link ResidualScale}, with the cells
 * beyond ±1.96 in bold, and a legend bar under it. The first column names the rows; clicking a cell selects it.
 * A table rather than a painted canvas: it scrolls, sizes its columns to their headers and reads out its text
 * to screen readers.
 */
public final class ResidualGrid {

    /**
     * What the grid shows: row and column names, cell texts, residuals (NaN for none) and tooltips.
     *
     * @param numbered whether the columns are headed by the rows' numbers (rows and columns name the same things,
     *                 and long names as headers would push the table wider than the view)
     */
    public record Cells(List<String> rows, List<String> columns, String[][] text, double[][] residual, String[][] tooltip,
            boolean numbered) {
    }

    private static final int LEGEND_HEIGHT = 30;

    private final LocalResourceManager resources;
    private final Table table;
    private final Canvas legend;
    private final Font bold;
    private final List<BiConsumer<Integer, Integer>> selectionListeners = new ArrayList<>();
    private Cells cells;
    private int selectedRow = -1;
    private int selectedColumn = -1;

    public ResidualGrid(Composite parent, LocalResourceManager resources, String legendTitle) {
        this.resources = resources;
        table = new Table(parent, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        bold = resources.create(FontDescriptor.createFrom(table.getFont()).setStyle(SWT.BOLD));
        // the row's selection colour would hide the cell colours: the chosen cell is boxed instead
        table.addListener(SWT.EraseItem, e -> e.detail &= ~(SWT.SELECTED | SWT.HOT));
        table.addListener(SWT.PaintItem, e -> paintSelectedCell(e.gc, (TableItem) e.item, e.index));
        table.addListener(SWT.MouseDown, e -> cellAt(e.x, e.y).ifPresent(cell -> select(cell[0], cell[1])));
        table.addListener(SWT.MouseMove, e -> table.setToolTipText(cellAt(e.x, e.y).map(c -> cells.tooltip()[c[0]][c[1]]).orElse(null)));
        legend = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        legend.addPaintListener(e -> paintLegend(e.gc, legend.getSize(), legendTitle));
    }

    /** A grid filling a pane of its own (a sash's side, say), the legend at the pane's foot. */
    public static ResidualGrid inPane(Composite sash, LocalResourceManager resources, String legendTitle) {
        Composite pane = new Composite(sash, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        pane.setLayout(layout);
        ResidualGrid grid = new ResidualGrid(pane, resources, legendTitle);
        grid.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        GridData legendData = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
        legendData.heightHint = LEGEND_HEIGHT;
        grid.legend().setLayoutData(legendData);
        return grid;
    }

    /** The table, for layout and for driving the grid with mouse events. */
    public Table control() {
        return table;
    }

    /** The legend under the table. */
    public Canvas legend() {
        return legend;
    }

    public void onSelect(BiConsumer<Integer, Integer> listener) {
        selectionListeners.add(listener);
    }

    public void show(Optional<Cells> shown) {
        cells = shown.orElse(null);
        selectedRow = -1;
        selectedColumn = -1;
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            if (cells != null) {
                fill();
            }
        } finally {
            table.setRedraw(true);
        }
        legend.redraw();
    }

    private void fill() {
        TableColumn names = new TableColumn(table, SWT.LEFT);
        names.setText("");
        for (int c = 0; c < columns(); c++) {
            TableColumn column = new TableColumn(table, SWT.CENTER);
            column.setText(cells.numbered() ? String.valueOf(c + 1) : cells.columns().get(c));
            column.setToolTipText(cells.columns().get(c));
        }
        for (int r = 0; r < rows(); r++) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(0, cells.numbered() ? (r + 1) + "  " + cells.rows().get(r) : cells.rows().get(r));
            for (int c = 0; c < columns(); c++) {
                item.setText(c + 1, cells.text()[r][c]);
                double residual = cells.residual()[r][c];
                item.setBackground(c + 1, colour(colour(r, c)));
                item.setForeground(c + 1, colour(ResidualScale.darkTextOn(residual) ? new RGB(20, 20, 20) : new RGB(255, 255, 255)));
                if (isFlagged(r, c)) {
                    item.setFont(c + 1, bold);
                }
            }
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
            // room for the bold text and a little air, and never so narrow that a short header is cut
            column.setWidth(Math.max(column.getWidth() + 6, 48));
        }
        TableColumn first = table.getColumn(0);
        first.setWidth(Math.min(first.getWidth(), 340));
    }

    /** Selects a cell as a click does, telling the listeners. */
    public void select(int row, int column) {
        selectedRow = row;
        selectedColumn = column;
        table.redraw();
        selectionListeners.forEach(l -> l.accept(row, column));
    }

    /** Rows shown; 0 when nothing is shown. */
    public int rows() {
        return cells == null ? 0 : cells.rows().size();
    }

    /** Columns of cells shown (the name column not counted). */
    public int columns() {
        return cells == null ? 0 : cells.columns().size();
    }

    /** The name of a row. */
    public String rowName(int row) {
        return cells.rows().get(row);
    }

    /** The name of a column of cells. */
    public String columnName(int column) {
        return cells.columns().get(column);
    }

    /** The text the table shows in a cell, read from the widget. */
    public String text(int row, int column) {
        return table.getItem(row).getText(column + 1);
    }

    /** The adjusted residual a cell is coloured by. */
    public double residual(int row, int column) {
        return cells.residual()[row][column];
    }

    /** The tooltip of a cell. */
    public String tooltip(int row, int column) {
        return cells.tooltip()[row][column];
    }

    /** The background the table shows a cell with, read from the widget. */
    public RGB background(int row, int column) {
        return table.getItem(row).getBackground(column + 1).getRGB();
    }

    /** Whether the table writes a cell in bold, read from the widget. */
    public boolean isBold(int row, int column) {
        return (table.getItem(row).getFont(column + 1).getFontData()[0].getStyle() & SWT.BOLD) != 0;
    }

    private boolean isFlagged(int row, int column) {
        return ResidualScale.flagged(cells.residual()[row][column]);
    }

    private RGB colour(int row, int column) {
        int[] c = ResidualScale.rgb(cells.residual()[row][column]);
        return new RGB(c[0], c[1], c[2]);
    }

    /** Where a cell is in the table as it is laid out now. */
    public Rectangle cellBounds(int row, int column) {
        return table.getItem(row).getBounds(column + 1);
    }

    Optional<int[]> cellAt(int x, int y) {
        if (cells == null) {
            return Optional.empty();
        }
        TableItem item = table.getItem(new Point(x, y));
        if (item == null) {
            return Optional.empty();
        }
        int row = table.indexOf(item);
        for (int c = 0; c < columns(); c++) {
            if (item.getBounds(c + 1).contains(x, y)) {
                return Optional.of(new int[] {row, c});
            }
        }
        return Optional.empty();
    }

    private void paintSelectedCell(GC gc, TableItem item, int index) {
        if (cells == null || index == 0 || table.indexOf(item) != selectedRow || index - 1 != selectedColumn) {
            return;
        }
        Rectangle bounds = item.getBounds(index);
        gc.setForeground(colour(new RGB(20, 20, 20)));
        gc.setLineWidth(2);
        gc.drawRectangle(bounds.x + 1, bounds.y + 1, bounds.width - 3, bounds.height - 3);
        gc.setLineWidth(1);
    }

    /** The scale from −3 to +3 as a bar, with its ends and middle named. */
    private void paintLegend(GC gc, Point size, String title) {
        gc.setBackground(legend.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
        gc.fillRectangle(0, 0, size.x, size.y);
        gc.setForeground(colour(new RGB(40, 40, 40)));
        Point titleSize = gc.textExtent(title);
        int x = 6;
        int y = Math.max(0, (size.y - titleSize.y) / 2);
        gc.drawText(title, x, y, true);
        x += titleSize.x + 10;
        String low = "\u2264 \u22123 fewer";
        Point lowSize = gc.textExtent(low);
        gc.drawText(low, x, y, true);
        x += lowSize.x + 6;
        int width = 180;
        int barTop = (size.y - 12) / 2;
        for (int i = 0; i < width; i++) {
            double residual = -ResidualScale.SATURATION + 2 * ResidualScale.SATURATION * i / (width - 1);
            int[] c = ResidualScale.rgb(residual);
            gc.setForeground(colour(new RGB(c[0], c[1], c[2])));
            gc.drawLine(x + i, barTop, x + i, barTop + 12);
        }
        gc.setForeground(colour(new RGB(120, 120, 120)));
        gc.drawRectangle(x, barTop, width, 12);
        gc.drawLine(x + width / 2, barTop - 2, x + width / 2, barTop + 14);
        gc.setForeground(colour(new RGB(40, 40, 40)));
        x += width + 6;
        String high = "more \u2265 +3";
        gc.drawText(high, x, y, true);
        x += gc.textExtent(high).x + 14;
        gc.setFont(bold);
        gc.drawText("bold *", x, y, true);
        x += gc.textExtent("bold *").x + 4;
        gc.setFont(table.getFont());
        gc.drawText(": |r| > 1.96", x, y, true);
    }


    private Color colour(RGB rgb) {
        return resources.create(ColorDescriptor.createFrom(rgb));
    }
}
