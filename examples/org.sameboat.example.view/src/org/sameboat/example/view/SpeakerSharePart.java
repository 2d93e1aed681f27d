package org.sameboat.example.view;

import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sameboat.model.Code;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.ui.api.ProjectAccess;
import org.sameboat.ui.api.SameboatEvents;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Speaker share view: one row per speaker with turns, words and, per code, the codings in that speaker's
 * turns and their share of all codings of the code. Written against the public view API only.
 */
public final class SpeakerSharePart {

    private final ProjectAccess access;
    private Table table;

    @Inject
    public SpeakerSharePart(ProjectAccess access) {
        this.access = access;
    }

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        refresh();
    }

    @Focus
    public void focus() {
        table.setFocus();
    }

    // Edits, undo and redo change the counts; another project or other coder layers change what is counted.
    @Inject
    @Optional
    public void modelChanged(@UIEventTopic(SameboatEvents.MODEL) ProjectAccess changed) {
        refresh();
    }

    @Inject
    @Optional
    public void projectChanged(@UIEventTopic(SameboatEvents.PROJECT) ProjectAccess changed) {
        refresh();
    }

    @Inject
    @Optional
    public void layersChanged(@UIEventTopic(SameboatEvents.LAYERS) ProjectAccess changed) {
        refresh();
    }

    private void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        table.setRedraw(false);
        try {
            table.removeAll();
            // columns depend on the codes in use, so they are rebuilt with the rows
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            SpeakerShares shares = access.project().map(p -> SpeakerShares.of(p, access::visibleCodings))
                    .orElse(new SpeakerShares(List.of(), List.of()));
            column("Speaker", "", SWT.LEFT);
            column("Turns", "", SWT.RIGHT);
            column("Words", "", SWT.RIGHT);
            for (Code code : shares.codes()) {
                column(code.getName(), CodePaths.path(code), SWT.RIGHT);
            }
            for (SpeakerShares.Row row : shares.rows()) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(0, row.speaker());
                item.setText(1, Integer.toString(row.turns()));
                item.setText(2, Long.toString(row.words()));
                for (int c = 0; c < shares.codes().size(); c++) {
                    int count = row.codings().get(c);
                    item.setText(3 + c, count == 0 ? "" : String.format(Locale.ROOT, "%d (%.0f%%)", count, 100 * shares.share(row, c)));
                }
            }
            for (TableColumn column : table.getColumns()) {
                column.pack();
            }
        } finally {
            table.setRedraw(true);
        }
    }

    private void column(String label, String tooltip, int alignment) {
        TableColumn column = new TableColumn(table, alignment);
        column.setText(label);
        column.setToolTipText(tooltip);
    }
}
