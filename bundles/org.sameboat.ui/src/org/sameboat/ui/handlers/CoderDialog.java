package org.sameboat.ui.handlers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Who the user codes as, asked once when a project opens: one of the project's coders, or a new coder added by
 * a visible button (a coder joining work others have coded starts blind).
 */
final class CoderDialog extends Dialog {

    private final List<String> coders;
    private final String project;
    private org.eclipse.swt.widgets.List list;
    private String chosen;

    CoderDialog(Shell parent, String project, List<String> coders) {
        super(parent);
        this.project = project;
        this.coders = new ArrayList<>(coders);
    }

    /** The coder chosen or added; the first listed if the dialog was closed without a choice. */
    String chosen() {
        return chosen;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Who is coding?");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label question = new Label(area, SWT.WRAP);
        question.setText("You code '" + project + "' as:");
        question.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        list = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
        listData.heightHint = 140;
        listData.widthHint = 240;
        list.setLayoutData(listData);
        coders.forEach(list::add);
        if (!coders.isEmpty()) {
            list.select(0);
        }
        list.addListener(SWT.DefaultSelection, e -> okPressed());
        Button add = new Button(area, SWT.PUSH);
        add.setText("Add coder\u2026");
        add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        add.addListener(SWT.Selection, e -> addCoder());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Code as chosen", true);
    }

    private void addCoder() {
        InputDialog name = new InputDialog(getShell(), "Add coder", "Name of the new coder", "",
                text -> text.isBlank() ? "Type a name." : coders.stream().anyMatch(c -> c.equalsIgnoreCase(text.strip()))
                        ? "That coder exists; choose it in the list." : null);
        if (name.open() == InputDialog.OK) {
            String added = name.getValue().strip();
            coders.add(added);
            list.add(added + "  (new)");
            list.select(coders.size() - 1);
        }
    }

    @Override
    protected void okPressed() {
        int index = list.getSelectionIndex();
        chosen = index >= 0 ? coders.get(index) : coders.isEmpty() ? null : coders.get(0);
        super.okPressed();
    }
}
