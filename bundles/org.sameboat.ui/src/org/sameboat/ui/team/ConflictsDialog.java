package org.sameboat.ui.team;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.sameboat.model.Identified;
import org.sameboat.model.store.ProjectLock;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.team.Conflict;
import org.sameboat.team.TeamException;
import org.sameboat.team.TeamFolder;
import org.sameboat.team.TeamResolve;
import org.sameboat.ui.session.ProjectSession;

/**
 * Team > Resolve conflicts: the fields both sides changed, with the value kept (yours) and theirs; for each selected
 * conflict, keep yours (closes it) or take theirs (changes the project, saved at once, sent at the next sync), as
 * {@code sameboat team resolve} does. Elements kept because one side removed them are listed for information.
 */
public final class ConflictsDialog extends Dialog {

    private final ProjectSession session;
    private Table table;
    private Label message;
    /** The selected conflict's values in full (the table's cells cut long definitions short). */
    private Text values;
    private Button keepMine;
    private Button takeTheirs;
    private List<Conflict> shown = List.of();

    public ConflictsDialog(Shell parent, ProjectSession session) {
        super(parent);
        this.session = session;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Resolve conflicts");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        data.widthHint = 860;
        data.heightHint = 260;
        table.setLayoutData(data);
        for (String[] column : new String[][] { { "Element", "200" }, { "Field", "110" }, { "Yours (kept)", "270" }, { "Theirs", "270" } }) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        values = new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridData valuesData = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
        valuesData.heightHint = 90;
        values.setLayoutData(valuesData);
        keepMine = new Button(area, SWT.PUSH);
        keepMine.setText("Keep mine");
        keepMine.addListener(SWT.Selection, e -> decide(false));
        takeTheirs = new Button(area, SWT.PUSH);
        takeTheirs.setText("Take theirs");
        takeTheirs.addListener(SWT.Selection, e -> decide(true));
        message = new Label(area, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table.addListener(SWT.Selection, e -> enable());
        fill();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    private void fill() {
        table.removeAll();
        try (TeamFolder team = TeamFolder.open(session.folder().orElseThrow())) {
            shown = team.conflicts();
        } catch (TeamException e) {
            shown = List.of();
            message.setText(e.getMessage());
        }
        for (Conflict conflict : shown) {
            TableItem item = new TableItem(table, SWT.NONE);
            boolean whole = conflict.field().equals(Conflict.WHOLE);
            item.setText(new String[] { conflict.kind() + " " + name(conflict), whole ? "(kept)" : conflict.field(), conflict.ours(),
                    whole ? "" : conflict.theirs() });
        }
        if (shown.isEmpty() && message.getText().isEmpty()) {
            message.setText("No conflicts to decide.");
        }
        enable();
    }

    /** The element's name where it has one (a code, a document), else its id. */
    private String name(Conflict conflict) {
        if (session.project().isEmpty()) {
            return conflict.id();
        }
        for (var all = session.project().get().eAllContents(); all.hasNext();) {
            var element = all.next();
            if (element instanceof Identified identified && conflict.id().equals(identified.getId())) {
                var name = element.eClass().getEStructuralFeature("name");
                return name == null || element.eGet(name) == null ? conflict.id() : "'" + element.eGet(name) + "'";
            }
        }
        return conflict.id();
    }

    private void enable() {
        boolean any = table.getSelectionCount() > 0;
        values.setText(any ? describe(shown.get(table.getSelectionIndex())) : "");
        keepMine.setEnabled(any);
        takeTheirs.setEnabled(any && selected().stream().noneMatch(c -> c.field().equals(Conflict.WHOLE)));
    }

    private static String describe(Conflict conflict) {
        return conflict.field().equals(Conflict.WHOLE) ? conflict.describe()
                : "Yours (kept): " + conflict.ours() + "\n\nTheirs: " + conflict.theirs();
    }

    /** The conflicts of the selected rows. */
    private List<Conflict> selected() {
        List<Conflict> chosen = new ArrayList<>();
        for (int index : table.getSelectionIndices()) {
            chosen.add(shown.get(index));
        }
        return chosen;
    }

    /** Selects rows by position, as a click does (for tests and keyboard users' code paths alike). */
    public void select(int... rows) {
        table.setSelection(rows);
        enable();
    }

    /** Keeps yours (closes the selected conflicts) or takes theirs into the project, then shows the project as it is now. */
    public void decide(boolean theirs) {
        List<Conflict> chosen = selected();
        if (chosen.isEmpty()) {
            return;
        }
        if (theirs && !TeamWork.saveFirst(session, getShell(), "Take theirs")) {
            return;
        }
        ProjectLock held = session.writeLock().orElse(null);
        if (held == null) {
            message.setText("The project is open read-only; nothing was decided.");
            return;
        }
        try {
            List<Conflict> decided = new TeamResolve().resolveHeld(held, chosen::contains, theirs);
            if (theirs) {
                session.reload();
            }
            message.setText(decided.size() + (theirs ? " conflict(s) decided: theirs taken (sent at the next sync)." : " conflict(s) decided: yours kept."));
        } catch (TeamException | ProjectStoreException e) {
            message.setText(e.getMessage());
        }
        fill();
        message.getParent().layout();
    }

    /** The rows shown: element, field, yours, theirs. */
    public List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            rows.add(List.of(item.getText(0), item.getText(1), item.getText(2), item.getText(3)));
        }
        return rows;
    }

    /** The selected conflict's values in full. */
    public String values() {
        return values.getText();
    }

    public String message() {
        return message.getText();
    }
}
