package org.sameboat.ui.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;

/**
 * Column widths that never cut a header: every column at least as wide as its title (with room for the sort
 * arrow), and one column that takes what the control's width leaves, so that the others (counts, numbers) stay
 * in view when the part is narrow.
 */
final class Columns {

    /** Room for the header's padding and sort arrow beside the title text. */
    static final int HEADER_PADDING = 28;

    private Columns() {
    }

    /** The width a column needs to show its title whole. */
    static int headerWidth(Control control, Item column) {
        GC gc = new GC(control);
        try {
            gc.setFont(control.getFont());
            return gc.textExtent(column.getText()).x + HEADER_PADDING;
        } finally {
            gc.dispose();
        }
    }

    static void fitAtLeastHeaders(Table table) {
        for (TableColumn column : table.getColumns()) {
            column.setWidth(Math.max(column.getWidth(), headerWidth(table, column)));
        }
    }

    static void fitAtLeastHeaders(Tree tree) {
        for (TreeColumn column : tree.getColumns()) {
            column.setWidth(Math.max(column.getWidth(), headerWidth(tree, column)));
        }
    }

    /** Lets the column at {@code stretched} take the width the others leave, whenever the tree is resized. */
    static void stretch(Tree tree, int stretched) {
        fitAtLeastHeaders(tree);
        tree.addListener(SWT.Resize, e -> {
            int others = 0;
            TreeColumn[] columns = tree.getColumns();
            for (int i = 0; i < columns.length; i++) {
                if (i != stretched) {
                    others += columns[i].getWidth();
                }
            }
            int free = tree.getClientArea().width - others;
            columns[stretched].setWidth(Math.max(headerWidth(tree, columns[stretched]), free));
        });
    }

    /**
     * Whenever the table is resized, gives every column its title's width plus a share, by weight, of what the
     * titles leave; so every header shows whole once the table is as wide as its titles, and nothing runs off
     * to the right. The first fit happens at once, for tables that are already laid out.
     */
    static void share(Table table, int... weights) {
        fitAtLeastHeaders(table);
        Runnable fit = () -> {
            TableColumn[] columns = table.getColumns();
            int[] minimum = new int[columns.length];
            int titles = 0;
            int total = 0;
            for (int i = 0; i < columns.length; i++) {
                minimum[i] = headerWidth(table, columns[i]);
                titles += minimum[i];
                total += weights[i];
            }
            int free = Math.max(0, table.getClientArea().width - titles);
            for (int i = 0; i < columns.length; i++) {
                columns[i].setWidth(minimum[i] + free * weights[i] / total);
            }
        };
        table.addListener(SWT.Resize, e -> fit.run());
    }
}
