package org.sameboat.ui.team;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks where to share the project (an empty Git repository's address) and as which coder. */
final class ShareDialog extends Dialog {

    private final String coderAtWork;
    private Text remoteField;
    private Text coderField;
    private String remote = "";
    private String coder = "";

    ShareDialog(Shell parent, String coderAtWork) {
        super(parent);
        this.coderAtWork = coderAtWork;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Share project");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText("Share through an empty Git repository (a GitLab project, ssh://server/path.git, or a folder).\n"
                + "Credentials come from Git's own places: SSH keys, or a token in ~/.netrc. None is stored in the project.");
        intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        new Label(area, SWT.NONE).setText("Repository:");
        remoteField = new Text(area, SWT.BORDER);
        remoteField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        ((GridData) remoteField.getLayoutData()).widthHint = 420;
        new Label(area, SWT.NONE).setText("Coder:");
        coderField = new Text(area, SWT.BORDER);
        coderField.setText(coderAtWork);
        coderField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        remoteField.addListener(SWT.Modify, e -> check());
        coderField.addListener(SWT.Modify, e -> check());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("Share");
        check();
    }

    private void check() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!remoteField.getText().isBlank() && !coderField.getText().isBlank());
        }
    }

    @Override
    protected void okPressed() {
        remote = remoteField.getText().strip();
        coder = coderField.getText().strip();
        super.okPressed();
    }

    String remote() {
        return remote;
    }

    String coder() {
        return coder;
    }
}
