package org.sameboat.ui.parts;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.sameboat.corpus.search.IndexException;
import org.sameboat.corpus.search.QuerySyntaxException;
import org.sameboat.corpus.search.SearchHit;
import org.sameboat.corpus.search.SearchResult;
import org.sameboat.corpus.search.SearchTarget;
import org.sameboat.corpus.search.TextRange;
import org.sameboat.model.Code;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Lookups;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.SessionChange;
import org.sameboat.ui.session.WorkbenchIndex;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Search over the corpus with the fielded query language (docs/search.md): hits with their fragment, a click
 * reveals a hit in the transcript, and "Code all hits" applies a code to every hit (its turn or the matched
 * words) as one undoable step.
 */
public final class SearchPart {

    static final String HELP = """
            Words and phrases: alone   "felt alone"   "felt alone"~3   lone*   alon~
            Fields: speaker:Ruth  role:member  doc:"session 3"  session:[2 TO 4]  stage:ending  time:[0:10:00 TO 0:20:00]
            Codings: code:"mutual support"  coder:alex   (with Excerpts ticked, or whenever the query names a code)
            Relations: code:A OVERLAPS code:B   code:A WITHIN 2 TURNS OF code:B   code:A FOLLOWED BY code:B
            Combine with AND, OR, NOT and parentheses.""";

    private static final int LIMIT = 1_000;

    private final ProjectSession session;
    private final WorkbenchIndex index;
    /** Kept so that they can be removed when the part closes: the session and the index outlive it. */
    private final Runnable indexListener = this::indexChanged;
    private final Consumer<SessionChange> sessionListener = this::changed;
    private Text query;
    private Button excerpts;
    private Table table;
    private Label status;
    private Combo codes;
    private Combo span;
    private List<SearchHit> hits = List.of();
    /** The query whose hits are shown, and the documents the project had when it ran; empty before the first. */
    private String shownQuery;
    private java.util.Set<Document> documentsWhenRun = java.util.Set.of();
    private List<SearchHit> ranked = List.of();
    private Combo order;
    /** The column the hits are sorted by, or -1 for Lucene's relevance order. */
    private int sortColumn = -1;
    private boolean ascending = true;

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private ESelectionService selectionService;

    @Inject
    public SearchPart(ProjectSession session, WorkbenchIndex index) {
        this.session = session;
        this.index = index;
    }

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(5, false));
        query = new Text(parent, SWT.BORDER | SWT.SEARCH);
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        query.setMessage("Search the corpus, e.g. \"felt alone\"~3 AND role:member");
        query.setToolTipText(HELP);
        query.addListener(SWT.DefaultSelection, e -> run());
        excerpts = new Button(parent, SWT.CHECK);
        excerpts.setText("Excerpts");
        excerpts.setToolTipText("Search coded excerpts instead of turns");
        order = new Combo(parent, SWT.READ_ONLY);
        order.setItems("by relevance", "in document order");
        order.select(0);
        order.setToolTipText("The order of the hits; a click on a column header sorts by that column");
        order.addListener(SWT.Selection, e -> sortBy(order.getSelectionIndex() == 0 ? -1 : 0, true));
        Button go = new Button(parent, SWT.PUSH);
        go.setText("Search");
        go.addListener(SWT.Selection, e -> run());
        Button help = new Button(parent, SWT.PUSH);
        help.setText("?");
        help.addListener(SWT.Selection, e -> status.setText(HELP.replace('\n', ' ')));
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        table.setHeaderVisible(true);
        column("Document", 150);
        column("Turn", 50);
        column("Speaker", 80);
        column("Code", 140);
        column("Coder", 60);
        column("Text", 420);
        Columns.share(table, 16, 1, 8, 14, 4, 57);
        table.addListener(SWT.Selection, e -> reveal(table.getSelectionIndex()));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
        bar.setLayout(new GridLayout(4, false));
        Button codeAll = new Button(bar, SWT.PUSH);
        codeAll.setText("Code all hits with");
        codes = new Combo(bar, SWT.READ_ONLY);
        new Label(bar, SWT.NONE).setText("coding each");
        span = new Combo(bar, SWT.READ_ONLY);
        span.setItems("whole turn", "matched words");
        span.select(0);
        codeAll.addListener(SWT.Selection, e -> codeAllHits());
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
        index.addListener(indexListener);
        session.addListener(sessionListener);
        refreshCodes();
        status.setText(index.status());
    }

    @PreDestroy
    public void dispose() {
        index.removeListener(indexListener);
        session.removeListener(sessionListener);
    }

    private void column(String title, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
        column.setMoveable(true);
        int index = table.getColumnCount() - 1;
        column.setToolTipText("Sort by " + title.toLowerCase() + "; again to reverse");
        column.addListener(SWT.Selection, e -> sortBy(index, index != sortColumn || !ascending));
    }

    /** Sorts the hits shown by a column (0 document order, 1 turn, …, 5 text), or by relevance for -1. */
    public void sortBy(int column, boolean up) {
        sortColumn = column;
        ascending = up;
        order.select(column == -1 ? 0 : 1);
        table.setSortColumn(column == -1 ? null : table.getColumn(column));
        table.setSortDirection(column == -1 ? SWT.NONE : up ? SWT.UP : SWT.DOWN);
        List<SearchHit> sorted = new ArrayList<>(ranked);
        if (column >= 0) {
            Comparator<SearchHit> key = comparator(column);
            sorted.sort(up ? key.thenComparing(documentOrder()) : key.reversed().thenComparing(documentOrder()));
        }
        show(sorted);
    }

    private Comparator<SearchHit> comparator(int column) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        return switch (column) {
            case 0 -> documentOrder();
            case 1 -> Comparator.comparingInt(h -> h.turn().orElse(0));
            case 2 -> Comparator.comparing(h -> h.speaker().orElse(""), collator);
            case 3 -> Comparator.comparing(h -> h.code().orElse(""), collator);
            case 4 -> Comparator.comparing(h -> h.coder().orElse(""), collator);
            default -> Comparator.comparing(SearchHit::fragment, collator);
        };
    }

    /** The project's document order, then position in the document. */
    private Comparator<SearchHit> documentOrder() {
        Map<String, Integer> position = new HashMap<>();
        session.project().ifPresent(p -> {
            for (int i = 0; i < p.getDocuments().size(); i++) {
                position.put(p.getDocuments().get(i).getId(), i);
            }
        });
        return Comparator.<SearchHit>comparingInt(h -> position.getOrDefault(h.documentId(), Integer.MAX_VALUE))
                .thenComparingInt(h -> h.range().start()).thenComparingInt(h -> h.range().end());
    }

    private void show(List<SearchHit> shown) {
        hits = List.copyOf(shown);
        table.setRedraw(false);
        try {
            table.removeAll();
            for (SearchHit hit : hits) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] {hit.documentName(), hit.turn().isPresent() ? String.valueOf(hit.turn().getAsInt()) : "",
                        hit.speaker().orElse(""), hit.code().orElse(""), hit.coder().orElse(""), hit.fragment()});
            }
        } finally {
            table.setRedraw(true);
        }
    }

    /**
     * The hits follow the model: when documents leave or join the project (undo or redo of an import, a merge)
     * or blind coding starts or ends, the query shown runs again, so that no hit points at a removed document
     * and none shows a coding the user may not see.
     */
    private void indexChanged() {
        if (status != null && !status.isDisposed()) {
            status.setText(index.status());
        }
    }

    private void changed(SessionChange change) {
        if (table.isDisposed()) {
            return;
        }
        refreshCodes();
        boolean stale = switch (change) {
            case MODEL -> session.project().map(p -> !documentsWhenRun.equals(java.util.Set.copyOf(p.getDocuments()))).orElse(false);
            case LAYERS -> true;
            case PROJECT -> {
                // another project: the hits shown belong to the one before
                table.removeAll();
                hits = List.of();
                ranked = List.of();
                shownQuery = null;
                yield false;
            }
            default -> false;
        };
        if (stale && shownQuery != null) {
            String typed = query.getText();
            query.setText(shownQuery);
            run();
            query.setText(typed);
            status.setText(status.getText() + " (searched again: " + (change == SessionChange.LAYERS ? "whose codings you see changed"
                    : "documents were removed from or restored to the project") + ")");
        }
    }

    /** Runs the query in the field; returns the number of hits shown. */
    public int run() {
        table.removeAll();
        hits = List.of();
        shownQuery = query.getText();
        documentsWhenRun = session.project().map(p -> java.util.Set.copyOf(p.getDocuments())).orElse(java.util.Set.of());
        ranked = List.of();
        if (index.index().isEmpty()) {
            status.setText(index.status());
            return 0;
        }
        try {
            SearchResult result = index.search(query.getText(), excerpts.getSelection() ? SearchTarget.EXCERPTS : SearchTarget.AUTO, LIMIT);
            ranked = result.hits();
            sortBy(sortColumn, ascending);
            status.setText(result.total() + (result.excerpts() ? " coded excerpt(s)" : " turn(s)") + " match"
                    + (result.total() > hits.size() ? "; showing the first " + hits.size() : ""));
        } catch (QuerySyntaxException | IndexException e) {
            status.setText(e.getMessage());
        }
        status.getParent().layout(true);
        return hits.size();
    }

    /** The query field, results and status, for tests. */
    public Text query() {
        return query;
    }

    public Table table() {
        return table;
    }

    public Combo codes() {
        return codes;
    }

    /** "by relevance" or "in document order". */
    public Combo order() {
        return order;
    }

    public Combo span() {
        return span;
    }

    public String status() {
        return status.getText();
    }

    private void reveal(int row) {
        if (row < 0 || row >= hits.size()) {
            return;
        }
        SearchHit hit = hits.get(row);
        Optional<Document> document = document(hit);
        if (document.isEmpty()) {
            status.setText("'" + hit.documentName() + "' is no longer in the project; search again.");
            return;
        }
        TextRange shown = hit.matches().isEmpty() ? hit.range() : hit.matches().get(0);
        session.reveal(document.get(), shown.start(), shown.end());
        if (selectionService != null) {
            selectionService.setSelection(new org.sameboat.ui.api.SearchHit(document.get(), shown.start(), shown.end(), hit.fragment()));
        }
    }

    private Optional<Document> document(SearchHit hit) {
        return session.project().flatMap(p -> Lookups.document(p, hit.documentId()));
    }

    /** Codes every hit shown with the chosen code, as one undoable step; returns how many codings were added. */
    public int codeAllHits() {
        Optional<Project> project = session.project();
        if (project.isEmpty() || codes.getSelectionIndex() < 0 || hits.isEmpty()) {
            status.setText("Search first, then choose a code.");
            return 0;
        }
        Code code = CodePaths.find(project.get(), codes.getText()).orElse(null);
        if (code == null) {
            return 0;
        }
        boolean matchedWords = span.getSelectionIndex() == 1;
        List<ProjectSession.Range> ranges = new ArrayList<>();
        for (SearchHit hit : hits) {
            Optional<Document> document = document(hit);
            if (document.isEmpty()) {
                continue;
            }
            for (TextRange range : matchedWords ? hit.matches() : List.of(hit.range())) {
                if (range.start() < range.end()) {
                    ranges.add(new ProjectSession.Range(document.get(), range.start(), range.end()));
                }
            }
        }
        int added = session.codeAll(code, ranges);
        status.setText("Coded " + added + " of " + ranges.size() + " hit range(s) as " + code.getName()
                + (added < ranges.size() ? " (the rest you had coded so already)" : "") + "; Undo takes them all back.");
        return added;
    }

    private void refreshCodes() {
        if (codes.isDisposed()) {
            return;
        }
        String chosen = codes.getText();
        codes.removeAll();
        session.project().ifPresent(p -> CodePaths.allCodes(p).stream().filter(Code::isApplicable).map(CodePaths::path).forEach(codes::add));
        if (!chosen.isEmpty()) {
            codes.setText(chosen);
        }
    }
}
