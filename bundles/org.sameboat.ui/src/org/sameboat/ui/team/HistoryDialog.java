package org.sameboat.ui.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sameboat.model.Code;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.team.TeamLog;

/**
 * Team > History: every change the coders committed, newest first (who, when, what, the message), narrowed down by
 * coder, code and document. The log is read once; the filters choose among its changes.
 */
public final class HistoryDialog extends Dialog {

    /** The choice that filters nothing. */
    public static final String ANY = "(any)";

    private final List<TeamLog.Change> changes;
    private final Changes words;
    private final List<Code> codes;
    private final List<Document> documents;
    private Combo coder;
    private Combo code;
    private Combo document;
    private Table table;
    private Label count;

    public HistoryDialog(Shell parent, Project project, List<TeamLog.Change> changes) {
        super(parent);
        this.changes = changes.stream().filter(c -> !c.kind().equals("Project")).toList();
        this.words = new Changes(project);
        this.codes = List.copyOf(CodePaths.allCodes(project));
        this.documents = List.copyOf(project.getDocuments());
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Team history");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(7, false));
        coder = combo(area, "Coder:", new TreeSet<>(changes.stream().map(TeamLog.Change::coder).toList()));
        code = combo(area, "Code:", codes.stream().map(CodePaths::path).toList());
        document = combo(area, "Document:", documents.stream().map(Document::getName).toList());
        count = new Label(area, SWT.NONE);
        count.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 7, 1);
        data.widthHint = 1140;
        data.heightHint = 420;
        table.setLayoutData(data);
        for (String[] column : new String[][] { { "When", "120" }, { "Coder", "90" }, { "", "70" }, { "What", "560" }, { "Message", "260" } }) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        fill();
        return area;
    }

    private Combo combo(Composite area, String label, java.util.Collection<String> values) {
        new Label(area, SWT.NONE).setText(label);
        Combo combo = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.add(ANY);
        values.forEach(combo::add);
        combo.select(0);
        combo.addListener(SWT.Selection, e -> fill());
        return combo;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    /** Shows the changes the filters let through. */
    private void fill() {
        table.removeAll();
        Predicate<TeamLog.Change> filter = change -> true;
        if (coder.getSelectionIndex() > 0) {
            String name = coder.getText();
            filter = filter.and(change -> change.coder().equals(name));
        }
        if (code.getSelectionIndex() > 0) {
            String id = codes.get(code.getSelectionIndex() - 1).getId();
            filter = filter.and(change -> Changes.codeOf(change).map(id::equals).orElse(false));
        }
        if (document.getSelectionIndex() > 0) {
            String id = documents.get(document.getSelectionIndex() - 1).getId();
            filter = filter.and(change -> Changes.documentOf(change).map(id::equals).orElse(false));
        }
        List<TeamLog.Change> shown = new ArrayList<>();
        for (TeamLog.Change change : changes) {
            if (filter.test(change)) {
                shown.add(change);
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { Changes.WHEN.format(change.when()), change.coder(), change.action().word(), words.what(change),
                        Objects.toString(change.message(), "") });
            }
        }
        count.setText(shown.size() + " of " + changes.size() + " change(s)");
        count.getParent().layout();
    }

    /** Narrows the list, as choosing in the combos does; {@value #ANY} for no filter (for tests and callers). */
    public void filter(String coderName, String codePath, String documentName) {
        select(coder, coderName);
        select(code, codePath);
        select(document, documentName);
        fill();
    }

    private static void select(Combo combo, String value) {
        int index = combo.indexOf(value == null ? ANY : value);
        combo.select(Math.max(0, index));
    }

    /** The rows shown: when, coder, action, what, message. */
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            rows.add(List.of(item.getText(0), item.getText(1), item.getText(2), item.getText(3), item.getText(4)));
        }
        return rows;
    }
}
