package org.sameboat.views.cooccurrence;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.sameboat.ui.api.ProjectAccess;
import org.sameboat.views.widgets.Choices;

/** The excerpts behind a heatmap cell, each a double-click from its place in the transcript. */
final class ExcerptTable {

    private final ProjectAccess access;
    private final TableViewer viewer;

    ExcerptTable(Composite parent, ProjectAccess access) {
        this.access = access;
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Choices.column(viewer, Excerpt.class, "Session", 72,
                e -> e.document().getSession() == null ? e.documentName() : "Session " + e.document().getSession());
        Choices.column(viewer, Excerpt.class, "Turn", 40, Excerpt::turns);
        Choices.column(viewer, Excerpt.class, "Speaker", 60, Excerpt::speaker);
        Choices.column(viewer, Excerpt.class, "Text", 420, e -> e.text().replace('\n', ' '));
        viewer.addDoubleClickListener(e -> revealSelected());
    }

    TableViewer viewer() {
        return viewer;
    }

    void show(List<Excerpt> excerpts) {
        viewer.setInput(excerpts);
    }

    /** Shows the selected excerpt in the transcript editor, as a double-click does. */
    void revealSelected() {
        if (((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof Excerpt excerpt) {
            access.reveal(excerpt.document(), excerpt.start(), excerpt.end());
        }
    }
}
