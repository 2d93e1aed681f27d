package org.sameboat.ui.parts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Identified;
import org.sameboat.model.Memo;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Ids;
import org.sameboat.model.text.DocumentText;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.SessionChange;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Every memo of the project in one list: the project's memos (about the project, a document or a code) and the
 * memos on codings, each with what it belongs to. A text filter and a kind narrow the list; a double-click goes
 * to what the memo belongs to (a coding is revealed in the transcript); the selected memo is edited below.
 */
public final class MemosPart {

    /** What a memo belongs to. */
    public enum Kind {
        PROJECT("Project"), DOCUMENT("Document"), CODE("Code"), CODING("Coding");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One memo in the list: a project memo or the memo on a coding. */
    public record Entry(Kind kind, String owner, String title, String text, Object memo) {
    }

    private static final String ALL_KINDS = "All kinds";

    private final ProjectSession session;
    private final Consumer<SessionChange> listener = change -> refresh();
    private Text filter;
    private Combo kind;
    private Table table;
    private Text title;
    private Text body;
    private List<Entry> entries = List.of();

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private ESelectionService selectionService;

    @Inject
    public MemosPart(ProjectSession session) {
        this.session = session;
    }

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        // the filter on a row of its own: the part is often a narrow column
        filter = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        filter.setMessage("Filter memos by words");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        filter.addListener(SWT.Modify, e -> refresh());
        kind = new Combo(parent, SWT.READ_ONLY);
        kind.add(ALL_KINDS);
        for (Kind each : Kind.values()) {
            kind.add(each.label);
        }
        kind.select(0);
        kind.setToolTipText("Show the memos on the project, on documents, on codes or on codings");
        kind.addListener(SWT.Selection, e -> refresh());
        Button add = new Button(parent, SWT.PUSH);
        add.setText("New memo");
        add.setToolTipText("A memo on the document shown (or on the project when none is)");
        Button save = new Button(parent, SWT.PUSH);
        save.setText("Keep changes");
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        table = new Table(sash, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        for (String[] column : new String[][] {{"Kind", "80"}, {"Belongs to", "200"}, {"Memo", "260"}}) {
            TableColumn made = new TableColumn(table, SWT.LEFT);
            made.setText(column[0]);
            made.setWidth(Integer.parseInt(column[1]));
        }
        Columns.share(table, 1, 3, 4);
        Composite editor = new Composite(sash, SWT.NONE);
        editor.setLayout(new GridLayout(1, false));
        title = new Text(editor, SWT.BORDER);
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        body = new Text(editor, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sash.setWeights(1, 1);
        table.addListener(SWT.Selection, e -> showSelected());
        table.addListener(SWT.DefaultSelection, e -> goToOwner());
        add.addListener(SWT.Selection, e -> newMemo());
        save.addListener(SWT.Selection, e -> keep());
        session.addListener(listener);
        refresh();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
    }

    /** The memos listed now, in the list's order (for tests). */
    public List<Entry> listed() {
        return entries;
    }

    /** Narrows the list to memos containing the words (in title, text or owner) and of a kind (null: all). */
    public void filter(String words, Kind only) {
        filter.setText(words);
        kind.select(only == null ? 0 : only.ordinal() + 1);
        refresh();
    }

    /** Selects the listed memo at an index and goes to what it belongs to, as a double-click does. */
    public void open(int index) {
        table.setSelection(index);
        showSelected();
        goToOwner();
    }

    private void refresh() {
        if (table.isDisposed()) {
            return;
        }
        Object selected = selectedEntry().map(Entry::memo).orElse(null);
        entries = session.project().map(this::entries).orElse(List.of());
        table.removeAll();
        for (Entry entry : entries) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {entry.kind().label, entry.owner(), firstLine(entry)});
            if (entry.memo() == selected) {
                table.setSelection(item);
            }
        }
    }

    private static String firstLine(Entry entry) {
        String shown = entry.title() == null || entry.title().isBlank() ? entry.text() : entry.title();
        String first = shown == null ? "" : shown.strip().lines().findFirst().orElse("");
        return first.length() > 120 ? first.substring(0, 119) + "\u2026" : first;
    }

    private List<Entry> entries(Project project) {
        String words = filter.getText().strip().toLowerCase(Locale.ROOT);
        int kindIndex = kind.getSelectionIndex();
        Kind only = kindIndex <= 0 ? null : Kind.values()[kindIndex - 1];
        List<Entry> all = new ArrayList<>();
        for (Memo memo : project.getMemos()) {
            all.add(entry(memo));
        }
        for (Document document : project.getDocuments()) {
            for (Coding coding : session.visibleCodings(document)) {
                if (coding.getMemo() != null && !coding.getMemo().isBlank()) {
                    all.add(new Entry(Kind.CODING, owner(coding), null, coding.getMemo(), coding));
                }
            }
        }
        return all.stream().filter(e -> only == null || e.kind() == only).filter(e -> words.isEmpty() || matches(e, words)).toList();
    }

    private static boolean matches(Entry entry, String words) {
        String haystack = (entry.owner() + "\n" + (entry.title() == null ? "" : entry.title()) + "\n"
                + (entry.text() == null ? "" : entry.text())).toLowerCase(Locale.ROOT);
        for (String word : words.split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static Entry entry(Memo memo) {
        Identified about = memo.getAbout().isEmpty() ? null : memo.getAbout().get(0);
        if (about instanceof Document document) {
            return new Entry(Kind.DOCUMENT, document.getName(), memo.getTitle(), memo.getText(), memo);
        }
        if (about instanceof Code code) {
            return new Entry(Kind.CODE, CodePaths.path(code), memo.getTitle(), memo.getText(), memo);
        }
        return new Entry(Kind.PROJECT, "the project", memo.getTitle(), memo.getText(), memo);
    }

    /** "Mutual support, by sam, in session 1: "Welcome, everyone."" */
    private static String owner(Coding coding) {
        Document document = coding.getDocument();
        String code = coding.getCode() == null ? "?" : coding.getCode().getName();
        String coder = coding.getCoder() == null ? "?" : coding.getCoder().getName();
        String text = document.getText() == null ? "" : DocumentText.of(document.getText()).slice(coding.getStart(), coding.getEnd());
        String quote = text.length() > 40 ? text.substring(0, 39).strip() + "\u2026" : text;
        return code + " by " + coder + " in " + document.getName() + ": \u201C" + quote.replace('\n', ' ') + "\u201D";
    }

    private java.util.Optional<Entry> selectedEntry() {
        int index = table == null || table.isDisposed() ? -1 : table.getSelectionIndex();
        return index >= 0 && index < entries.size() ? java.util.Optional.of(entries.get(index)) : java.util.Optional.empty();
    }

    private void showSelected() {
        selectedEntry().ifPresent(entry -> {
            title.setText(entry.title() == null ? "" : entry.title());
            // a coding's memo has no title of its own
            title.setEnabled(entry.kind() != Kind.CODING);
            body.setText(entry.text() == null ? "" : entry.text());
        });
    }

    private void goToOwner() {
        selectedEntry().ifPresent(entry -> {
            if (entry.memo() instanceof Coding coding && session.inProject(coding)) {
                session.reveal(coding.getDocument(), coding.getStart(), coding.getEnd());
                if (selectionService != null) {
                    selectionService.setSelection(coding);
                }
            } else if (entry.memo() instanceof Memo memo && !memo.getAbout().isEmpty()) {
                Identified about = memo.getAbout().get(0);
                if (about instanceof Document document && session.inProject(document)) {
                    session.show(document);
                } else if (about instanceof Code code && selectionService != null) {
                    selectionService.setSelection(code);
                }
            }
        });
    }

    private void newMemo() {
        session.project().ifPresent(project -> {
            Memo made = session.edit("New memo", List.of(project), () -> {
                Memo memo = Ids.assign(SameboatFactory.eINSTANCE.createMemo());
                memo.setTitle("Memo " + (project.getMemos().size() + 1));
                memo.setAuthor(session.coder());
                memo.setCreated(Clock.systemUTC().millis());
                session.document().ifPresent(memo.getAbout()::add);
                project.getMemos().add(memo);
                return memo;
            });
            filter("", null);
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).memo() == made) {
                    table.setSelection(i);
                }
            }
            showSelected();
        });
    }

    private void keep() {
        selectedEntry().ifPresent(entry -> {
            if (entry.memo() instanceof Coding coding) {
                session.setMemo(coding, body.getText());
            } else if (entry.memo() instanceof Memo memo) {
                session.edit("Edit memo '" + (memo.getTitle() == null ? "" : memo.getTitle()) + "'", List.of(memo), () -> {
                    memo.setTitle(title.getText());
                    memo.setText(body.getText());
                    memo.setModified(Clock.systemUTC().millis());
                    return memo;
                });
            }
        });
    }
}
