package org.sameboat.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** File > Import: the chosen files previewed as they will be imported, with format, columns and session facts to set first. */
final class ImportDialog extends TitleAreaDialog {

    private final List<Path> files;
    private ImportSettings settings;
    private ImportPlan plan;

    ImportDialog(Shell parent, List<Path> files) {
        super(parent);
        this.files = List.copyOf(files);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Import transcripts");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Import " + files.size() + " file(s)");
        setMessage("Check the turns and speakers read from each file; fill what its header lacks.");
        settings = new ImportSettings(area, files, this::validate);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Import", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (settings == null) {
            return;
        }
        setErrorMessage(settings.problem().orElse(null));
        if (ok != null) {
            ok.setEnabled(settings.problem().isEmpty());
        }
    }

    @Override
    protected void okPressed() {
        plan = settings.plan();
        super.okPressed();
    }

    ImportPlan plan() {
        return plan;
    }
}
