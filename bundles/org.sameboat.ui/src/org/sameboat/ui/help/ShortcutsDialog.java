package org.sameboat.ui.help;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Help > Keyboard shortcuts: a table of keys, what they do and where. */
public final class ShortcutsDialog extends Dialog {

    private final List<Shortcuts.Shortcut> shortcuts;
    private Table table;

    public ShortcutsDialog(Shell parent, List<Shortcuts.Shortcut> shortcuts) {
        super(parent);
        this.shortcuts = List.copyOf(shortcuts);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Keyboard shortcuts");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        table = table(area, new String[] {"Keys", "Action", "Where"}, new int[] {110, 440, 200});
        for (Shortcuts.Shortcut shortcut : shortcuts) {
            new TableItem(table, SWT.NONE).setText(new String[] {shortcut.keys(), shortcut.action(), shortcut.where()});
        }
        return area;
    }

    static Table table(Composite parent, String[] headers, int[] widths) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 380;
        table.setLayoutData(data);
        for (int i = 0; i < headers.length; i++) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(headers[i]);
            column.setWidth(widths[i]);
        }
        return table;
    }

    public Table table() {
        return table;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
