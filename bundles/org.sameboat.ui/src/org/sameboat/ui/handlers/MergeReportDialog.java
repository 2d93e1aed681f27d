package org.sameboat.ui.handlers;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** The merge's report, every match and conflict, in a window the user can scroll and copy from. */
final class MergeReportDialog extends Dialog {

    private final MergeHandler.Outcome outcome;

    MergeReportDialog(Shell parent, MergeHandler.Outcome outcome) {
        super(parent);
        this.outcome = outcome;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Merged " + outcome.label());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        new Label(area, SWT.WRAP).setText(outcome.conflicts() == 0 ? "Merged; Edit > Undo takes it back."
                : outcome.conflicts() + " conflict(s) kept this project's side; Edit > Undo takes the merge back.");
        Text text = new Text(area, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setText(String.join("\n", outcome.lines()));
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = 640;
        data.heightHint = 360;
        text.setLayoutData(data);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
    }
}
