package org.sameboat.ui.parts;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import org.eclipse.swt.widgets.Text;
import org.sameboat.model.Memo;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.edit.Ids;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.SessionChange;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The project's memos: a list, and the selected memo's title and text to edit. */
public final class MemosPart {

    private final ProjectSession session;
    private final Consumer<SessionChange> listener = change -> refresh();
    private org.eclipse.swt.widgets.List titles;
    private Text title;
    private Text body;
    private java.util.List<Memo> memos = java.util.List.of();

    @Inject
    public MemosPart(ProjectSession session) {
        this.session = session;
    }

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        Button add = new Button(parent, SWT.PUSH);
        add.setText("New memo");
        Button save = new Button(parent, SWT.PUSH);
        save.setText("Keep changes");
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        titles = new org.eclipse.swt.widgets.List(sash, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        Composite editor = new Composite(sash, SWT.NONE);
        editor.setLayout(new GridLayout(1, false));
        title = new Text(editor, SWT.BORDER);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        body = new Text(editor, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sash.setWeights(1, 2);
        titles.addListener(SWT.Selection, e -> showSelected());
        add.addListener(SWT.Selection, e -> newMemo());
        save.addListener(SWT.Selection, e -> keep());
        session.addListener(listener);
        refresh();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
    }

    private void refresh() {
        if (titles.isDisposed()) {
            return;
        }
        int selected = titles.getSelectionIndex();
        memos = session.project().map(p -> java.util.List.copyOf(p.getMemos())).orElse(java.util.List.of());
        titles.setItems(memos.stream().map(m -> m.getTitle() == null ? "(untitled)" : m.getTitle()).toArray(String[]::new));
        if (selected >= 0 && selected < memos.size()) {
            titles.select(selected);
        }
    }

    private void showSelected() {
        int index = titles.getSelectionIndex();
        if (index >= 0) {
            Memo memo = memos.get(index);
            title.setText(memo.getTitle() == null ? "" : memo.getTitle());
            body.setText(memo.getText() == null ? "" : memo.getText());
        }
    }

    private void newMemo() {
        session.project().ifPresent(project -> {
            session.edit("New memo", List.of(project), () -> {
                Memo memo = Ids.assign(SameboatFactory.eINSTANCE.createMemo());
                memo.setTitle("Memo " + (project.getMemos().size() + 1));
                memo.setAuthor(session.coder());
                memo.setCreated(Clock.systemUTC().millis());
                session.document().ifPresent(memo.getAbout()::add);
                project.getMemos().add(memo);
                return memo;
            });
            titles.select(memos.size() - 1);
            showSelected();
        });
    }

    private void keep() {
        int index = titles.getSelectionIndex();
        Project project = session.project().orElse(null);
        if (index < 0 || project == null) {
            return;
        }
        Memo memo = memos.get(index);
        session.edit("Edit memo '" + (memo.getTitle() == null ? "" : memo.getTitle()) + "'", List.of(memo), () -> {
            memo.setTitle(title.getText());
            memo.setText(body.getText());
            memo.setModified(Clock.systemUTC().millis());
            return memo;
        });
    }
}
