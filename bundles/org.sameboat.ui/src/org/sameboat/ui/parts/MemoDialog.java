package org.sameboat.ui.parts;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** A memo written in several lines and paragraphs: a resizable dialog around a wrapping text field. */
public final class MemoDialog extends Dialog {

    private final String about;
    private String value;
    private Text field;

    /** @param initial the memo so far, or null for none */
    public MemoDialog(Shell parent, String about, String initial) {
        super(parent);
        this.about = about;
        this.value = initial == null ? "" : initial;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Memo");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label label = new Label(area, SWT.WRAP);
        label.setText(about + "\n(Enter starts a new line; an empty memo removes it.)");
        label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        field = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        field.setText(value);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 460;
        data.heightHint = 200;
        field.setLayoutData(data);
        return area;
    }

    @Override
    protected Point getInitialSize() {
        return getShell().computeSize(520, SWT.DEFAULT, true);
    }

    @Override
    protected void okPressed() {
        value = field.getText();
        super.okPressed();
    }

    /** The memo as written, once the dialog closed with OK. */
    public String text() {
        return value;
    }
}
