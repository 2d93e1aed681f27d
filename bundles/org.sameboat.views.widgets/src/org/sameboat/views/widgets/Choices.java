package org.sameboat.views.widgets;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The views' common pieces of a choice bar and a listing table, made the same way in every view. */
public final class Choices {

    private Choices() {
    }

    /** The bar of choices across the top of a view, wrapping when the view is narrow. */
    public static Composite bar(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.wrap = true;
        bar.setLayout(row);
        return bar;
    }

    /** A labelled read-only combo that runs {@code chosen} when the user picks an item. */
    public static Combo combo(Composite bar, String label, Runnable chosen, String... items) {
        new Label(bar, SWT.NONE).setText(label);
        Combo combo = new Combo(bar, SWT.READ_ONLY);
        combo.setItems(items);
        combo.addListener(SWT.Selection, e -> chosen.run());
        return combo;
    }

    /**
     * Offers "all" and then the items, keeping the item that was chosen where it is still offered (by its text, since
     * the items are made anew), else "all".
     */
    public static void refill(Combo combo, String all, List<String> items, String keep) {
        combo.removeAll();
        combo.add(all);
        items.forEach(combo::add);
        combo.select(Math.max(0, combo.indexOf(keep)));
    }

    /** A text column of a table of rows of one type; other elements show nothing. */
    public static <T> TableViewerColumn column(TableViewer viewer, Class<T> type, String title, int width, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return type.isInstance(element) ? text.apply(type.cast(element)) : "";
            }
        });
        return column;
    }
}
