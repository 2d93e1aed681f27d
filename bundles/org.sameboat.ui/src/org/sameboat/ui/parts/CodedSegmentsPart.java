package org.sameboat.ui.parts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.sameboat.interop.export.CodingTable;
import org.sameboat.interop.export.SegmentReport;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Group;
import org.sameboat.model.Project;
import org.sameboat.model.SegmentSet;
import org.sameboat.model.retrieval.SegmentOrder;
import org.sameboat.model.retrieval.SegmentQuery;
import org.sameboat.model.retrieval.SegmentSets;
import org.sameboat.ui.api.LatestComputation;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.SessionChange;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Retrieval by ticking (MAXQDA's Retrieved Segments, ATLAS.ti's Quotation Manager): tick codes (a ticked code
 * brings its sub-codes unless "with sub-codes" is off), documents or groups, and coders; every matching coding
 * the coder may see is listed with document, turn, speaker, code, coder, memo and text, in document order until a
 * column header says otherwise. A double-click shows the segment in the transcript; the list exports to CSV or
 * HTML; the ticks can be kept in the project as a named set.
 */
public final class CodedSegmentsPart {

    /** The family of the jobs that make the list, for tests to wait for. */
    public static final String JOB_FAMILY = "org.sameboat.ui.segments";

    static final String[] COLUMNS = {"Document", "Turn", "Speaker", "Code", "Coder", "Memo", "Text"};
    private static final SegmentOrder[] ORDERS = {SegmentOrder.DOCUMENT, SegmentOrder.TURN, SegmentOrder.SPEAKER, SegmentOrder.CODE,
            SegmentOrder.CODER, SegmentOrder.MEMO, SegmentOrder.TEXT};

    private final ProjectSession session;
    private final Consumer<SessionChange> listener = this::changed;
    private final Set<Object> ticked = new HashSet<>();
    private Tree codes;
    private Button subcodes;
    private Tree documents;
    private Table coders;
    private Table table;
    private Combo sets;
    private Label status;
    private List<SegmentList.Row> rows = List.of();
    private LatestComputation computation;
    private SegmentOrder order = SegmentOrder.DOCUMENT;
    private boolean ascending = true;

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private ESelectionService selectionService;

    @Inject
    public CodedSegmentsPart(ProjectSession session) {
        this.session = session;
    }

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        // the filters side by side: the part usually sits in the wide, low area below the transcript
        Composite codeBox = box(sash, "Codes");
        codes = new Tree(codeBox, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        codes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        codes.addListener(SWT.Selection, this::ticked);
        subcodes = new Button(codeBox, SWT.CHECK);
        subcodes.setText("with sub-codes");
        subcodes.setSelection(true);
        subcodes.setToolTipText("A ticked code also retrieves the codings of the codes below it");
        subcodes.addListener(SWT.Selection, e -> refresh());
        Composite documentBox = box(sash, "Documents and groups");
        documents = new Tree(documentBox, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        documents.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        documents.addListener(SWT.Selection, this::ticked);
        Composite coderBox = box(sash, "Coders");
        coders = new Table(coderBox, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        coders.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        coders.addListener(SWT.Selection, this::ticked);

        Composite right = new Composite(sash, SWT.NONE);
        GridLayout rightLayout = new GridLayout(5, false);
        rightLayout.marginWidth = 0;
        rightLayout.marginHeight = 0;
        right.setLayout(rightLayout);
        new Label(right, SWT.NONE).setText("Set:");
        sets = new Combo(right, SWT.READ_ONLY);
        sets.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sets.setToolTipText("Ticks saved in the project under a name; choose one to tick them again");
        sets.addListener(SWT.Selection, e -> loadSet(sets.getText()));
        Button save = new Button(right, SWT.PUSH);
        save.setText("Save set…");
        save.addListener(SWT.Selection, e -> askSetName().ifPresent(this::saveSet));
        Button clear = new Button(right, SWT.PUSH);
        clear.setText("Clear ticks");
        clear.addListener(SWT.Selection, e -> clearTicks());
        Button export = new Button(right, SWT.PUSH);
        export.setText("Export…");
        export.setToolTipText("The list as shown: CSV for a spreadsheet or R, HTML with the text to read or print");
        export.addListener(SWT.Selection, e -> askExportFile().ifPresent(this::export));
        table = new Table(right, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        int[] widths = {130, 45, 80, 150, 60, 100, 360};
        for (int i = 0; i < COLUMNS.length; i++) {
            TableColumn column = new TableColumn(table, i == 1 ? SWT.RIGHT : SWT.LEFT);
            column.setText(COLUMNS[i]);
            column.setWidth(widths[i]);
            column.setMoveable(true);
            SegmentOrder by = ORDERS[i];
            column.setToolTipText("Sort by " + COLUMNS[i].toLowerCase() + "; again to reverse");
            column.addListener(SWT.Selection, e -> sortBy(by));
        }
        Columns.share(table, 14, 1, 7, 14, 5, 12, 47);
        table.setSortColumn(table.getColumn(0));
        table.setSortDirection(SWT.UP);
        table.addListener(SWT.Selection, e -> select(table.getSelectionIndex()));
        table.addListener(SWT.DefaultSelection, e -> jumpTo(table.getSelectionIndex()));
        status = new Label(right, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));
        sash.setWeights(17, 16, 9, 58);
        computation = new LatestComputation(JOB_FAMILY, parent.getDisplay()::asyncExec, () -> !table.isDisposed());
        session.addListener(listener);
        rebuildFilters();
        refresh();
    }

    private static Composite box(Composite parent, String title) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 2;
        layout.verticalSpacing = 2;
        box.setLayout(layout);
        Label label = new Label(box, SWT.NONE);
        label.setText(title);
        return box;
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
        computation.cancel();
    }

    private void changed(SessionChange change) {
        if (table.isDisposed()) {
            return;
        }
        switch (change) {
            case PROJECT -> {
                ticked.clear();
                rebuildFilters();
                refresh();
            }
            case MODEL -> {
                rebuildFilters();
                refresh();
            }
            case LAYERS -> refresh();
            default -> {
                // document shown, reveal, dirty flag: the list does not depend on them
            }
        }
    }

    private void ticked(Event event) {
        if (event.detail != SWT.CHECK || event.item == null) {
            return;
        }
        Object data = event.item.getData();
        boolean on = event.item instanceof TreeItem item ? item.getChecked() : ((TableItem) event.item).getChecked();
        if (on) {
            ticked.add(data);
        } else {
            ticked.remove(data);
        }
        refresh();
    }

    /** The ticks as a query. */
    public SegmentQuery query() {
        Set<Code> c = new HashSet<>();
        Set<Document> d = new HashSet<>();
        Set<Group> g = new HashSet<>();
        Set<Coder> k = new HashSet<>();
        for (Object element : ticked) {
            switch (element) {
                case Code code -> c.add(code);
                case Document document -> d.add(document);
                case Group group -> g.add(group);
                case Coder coder -> k.add(coder);
                default -> throw new IllegalStateException("unexpected tick " + element);
            }
        }
        return new SegmentQuery(c, subcodes.getSelection(), d, g, k);
    }

    /**
     * Lists what the ticks select, sorted as chosen. The model is copied here, on the UI thread; the list is made
     * from the copy in a job and shown when it is done, unless a newer refresh (an edit, a tick) came meanwhile.
     */
    public void refresh() {
        Optional<Project> project = session.project();
        SegmentQuery query = query();
        SegmentSource source = project.map(p -> SegmentSource.of(p, query, session::isVisible)).orElse(SegmentSource.NONE);
        SegmentOrder by = order;
        boolean up = ascending;
        boolean open = project.isPresent();
        computation.start("Listing coded segments", monitor -> SegmentList.of(source, by, up), found -> show(found, open, query.isEmpty()));
    }

    private void show(List<SegmentList.Row> found, boolean open, boolean nothingTicked) {
        rows = found;
        table.setRedraw(false);
        try {
            table.removeAll();
            for (SegmentList.Row segment : rows) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] {segment.document(), segment.turn() > 0 ? String.valueOf(segment.turn()) : "", segment.speaker(),
                        segment.code(), segment.coder(), oneLine(segment.memo()), oneLine(segment.text())});
                item.setData(segment.coding());
            }
        } finally {
            table.setRedraw(true);
        }
        status.setText(!open ? "Open a project to retrieve its coded segments."
                : rows.size() + " coded segment(s)" + (nothingTicked ? ", nothing ticked" : "") + "; double-click one to read it");
        status.setToolTipText("Tick codes, documents or groups and coders to narrow the list; a column header sorts by that"
                + " column; a double-click shows the segment in the transcript.");
    }

    private static String oneLine(String text) {
        String flat = text.replace('\n', ' ').strip();
        return flat.length() > 300 ? flat.substring(0, 299) + "…" : flat;
    }

    /** Sorts by a column; the same column again reverses the order. */
    public void sortBy(SegmentOrder by) {
        ascending = by != order || !ascending;
        order = by;
        int column = List.of(ORDERS).indexOf(by);
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        refresh();
    }

    private void select(int row) {
        if (row >= 0 && row < rows.size() && selectionService != null && session.inProject(rows.get(row).coding())) {
            selectionService.setSelection(rows.get(row).coding());
        }
    }

    /** Shows a listed segment in the transcript, selected. */
    public void jumpTo(int row) {
        if (row < 0 || row >= rows.size()) {
            return;
        }
        Coding coding = rows.get(row).coding();
        if (session.inProject(coding) && coding.getDocument() != null) {
            session.reveal(coding.getDocument(), coding.getStart(), coding.getEnd());
        }
    }

    /** Keeps the ticks in the project under a name (undoable; saved with the project). */
    public void saveSet(String name) {
        Project project = session.project().orElseThrow(() -> new IllegalStateException("no project is open"));
        SegmentQuery query = query();
        session.edit("Save set '" + name.strip() + "'", List.of(project), () -> SegmentSets.save(project, name, query));
        status.setText("Saved the ticks as set '" + name.strip() + "'; Ctrl+S keeps it in the project.");
        sets.setText(name.strip());
    }

    /** Ticks what a saved set names; returns whether there was such a set. */
    public boolean loadSet(String name) {
        Optional<SegmentSet> set = session.project().flatMap(p -> SegmentSets.find(p, name));
        if (set.isEmpty()) {
            return false;
        }
        ticked.clear();
        ticked.addAll(set.get().getCodes());
        ticked.addAll(set.get().getDocuments());
        ticked.addAll(set.get().getGroups());
        ticked.addAll(set.get().getCoders());
        subcodes.setSelection(set.get().isSubcodes());
        rebuildFilters();
        sets.setText(name);
        refresh();
        return true;
    }

    private void clearTicks() {
        ticked.clear();
        sets.deselectAll();
        rebuildFilters();
        refresh();
    }

    /** Writes the list as shown: HTML with the text for a .html or .htm file, else CSV; returns the rows written. */
    public int export(Path file) {
        // a list made before the latest edit may still name a coding it removed; the new list is on its way
        List<Coding> codings = rows.stream().map(SegmentList.Row::coding).filter(session::inProject).toList();
        String name = file.getFileName().toString().toLowerCase();
        try {
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                new SegmentReport(sets.getText().isBlank() ? "Coded segments" : sets.getText()).write(file, codings);
            } else {
                new CodingTable(session.project().orElseThrow()).write(file, codings);
            }
            status.setText("Wrote " + codings.size() + " segment(s) to " + file + ".");
            return codings.size();
        } catch (IOException e) {
            status.setText("Could not write " + file + ": " + e.getMessage());
            ILog.of(getClass()).warn("export of coded segments to " + file + " failed", e);
            return 0;
        }
    }

    private Optional<String> askSetName() {
        if (session.project().isEmpty()) {
            return Optional.empty();
        }
        InputDialog dialog = new InputDialog(table.getShell(), "Save set", "Name of the set (an existing name is replaced):",
                sets.getText(), text -> text.isBlank() ? "Type a name." : null);
        return dialog.open() == InputDialog.OK ? Optional.of(dialog.getValue().strip()) : Optional.empty();
    }

    private Optional<Path> askExportFile() {
        FileDialog dialog = new FileDialog(table.getShell(), SWT.SAVE);
        dialog.setText("Export coded segments");
        dialog.setFilterExtensions(new String[] {"*.csv", "*.html"});
        dialog.setFilterNames(new String[] {"CSV table (*.csv)", "HTML with the text (*.html)"});
        dialog.setFileName("coded-segments.csv");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        return Optional.ofNullable(chosen).map(Path::of);
    }

    private void rebuildFilters() {
        Optional<Project> project = session.project();
        // ticks on elements that left the model (undo, merge) go with them
        ticked.removeIf(element -> project.isEmpty()
                || org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer((org.eclipse.emf.ecore.EObject) element) != project.get());
        codes.setRedraw(false);
        documents.setRedraw(false);
        try {
            codes.removeAll();
            documents.removeAll();
            coders.removeAll();
            if (project.isEmpty()) {
                return;
            }
            for (Codebook codebook : project.get().getCodebooks()) {
                for (Code code : codebook.getCodes()) {
                    addCode(new TreeItem(codes, SWT.NONE), code);
                }
            }
            for (Group group : project.get().getGroups()) {
                TreeItem item = new TreeItem(documents, SWT.NONE);
                tick(item, group, group.getName());
                for (Document document : project.get().getDocuments()) {
                    if (document.getGroup() == group) {
                        // under its group a session number says enough; the name would not fit the narrow list
                        tick(new TreeItem(item, SWT.NONE), document,
                                document.getSession() != null ? "Session " + document.getSession() : document.getName());
                    }
                }
                item.setExpanded(true);
            }
            for (Document document : project.get().getDocuments()) {
                if (document.getGroup() == null) {
                    tick(new TreeItem(documents, SWT.NONE), document, document.getName());
                }
            }
            for (Coder coder : project.get().getCoders()) {
                TableItem item = new TableItem(coders, SWT.NONE);
                item.setText(coder.getName() == null ? "?" : coder.getName());
                item.setData(coder);
                item.setChecked(ticked.contains(coder));
            }
            sets.setItems(SegmentSets.names(project.get()).toArray(String[]::new));
        } finally {
            codes.setRedraw(true);
            documents.setRedraw(true);
        }
    }

    private void addCode(TreeItem item, Code code) {
        tick(item, code, code.getName());
        for (Code child : code.getChildren()) {
            addCode(new TreeItem(item, SWT.NONE), child);
        }
        item.setExpanded(true);
    }

    private void tick(TreeItem item, Object element, String label) {
        item.setText(label == null ? "?" : label);
        item.setData(element);
        item.setChecked(ticked.contains(element));
    }

    /** The widgets, for tests. */
    public Tree codes() {
        return codes;
    }

    public Tree documents() {
        return documents;
    }

    public Table coders() {
        return coders;
    }

    public Table table() {
        return table;
    }

    public Button subcodes() {
        return subcodes;
    }

    public Combo sets() {
        return sets;
    }

    public String status() {
        return status.getText();
    }
}
