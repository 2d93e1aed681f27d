package org.sameboat.views.agreement;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** Column widths of the agreement view's tables: as wide as their content and title, never below their first width. */
final class TableColumns {

    /** A column's data key: the width it was made with, below which packing never narrows it. */
    private static final String LEAST_WIDTH = "sameboat.leastWidth";

    private TableColumns() {
    }

    /** Remembers the column's width now as the least it may have. */
    static void keepAtLeast(TableColumn column) {
        column.setData(LEAST_WIDTH, column.getWidth());
    }

    /** Widens every column of a table to its content and title, never below the width it was made with. */
    static void pack(Table table) {
        for (TableColumn column : table.getColumns()) {
            int least = column.getData(LEAST_WIDTH) instanceof Integer w ? w : 0;
            column.pack();
            column.setWidth(Math.max(column.getWidth(), least));
        }
    }

    /** Widens a column to show its title whole (with room for the header's padding). */
    static void atLeastItsTitle(TableColumn column) {
        GC gc = new GC(column.getParent());
        try {
            gc.setFont(column.getParent().getFont());
            column.setWidth(Math.max(column.getWidth(), gc.textExtent(column.getText()).x + 40));
        } finally {
            gc.dispose();
        }
    }
}
