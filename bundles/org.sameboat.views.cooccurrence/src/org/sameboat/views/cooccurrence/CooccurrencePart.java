package org.sameboat.views.cooccurrence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.sameboat.analysis.cooccurrence.CooccurrenceTable;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.cooccurrence.Measure;
import org.sameboat.analysis.cooccurrence.Mode;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Stage;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.ui.api.AnalysisService;
import org.sameboat.ui.api.LatestComputation;
import org.sameboat.ui.api.ProjectAccess;
import org.sameboat.ui.api.SameboatEvents;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Which codes are applied together: a code × code heatmap in the chosen mode (overlapping codings, the same
 * turn, a window of turns) and measure (count, c-coefficient, Jaccard), for all coders pooled or one, filtered
 * by session, stage and speaker role. A cell lists the excerpts behind it; double-clicking one shows it in the
 * transcript. Cells whose codes are applied very unevenly are marked, as ATLAS.ti does, because their
 * coefficient then says more about the imbalance than about co-occurrence.
 */
public final class CooccurrencePart {

    /** The family of the part's computations, so callers can wait for them ({@code Job.getJobManager().join}). */
    public static final String JOB_FAMILY = "org.sameboat.views.cooccurrence";

    private static final String[] MODES = {"Overlapping codings", "Same turn", "Window of turns"};
    private static final String[] MEASURES = {"Count", "c-coefficient", "Jaccard"};
    /** What the modes count, in a researcher's words (the combo's tooltip and the help line). */
    static final String MODES_HELP = "Overlapping codings: two codings whose text overlaps. Same turn: both codes applied somewhere in "
            + "one speaker turn. Window of turns: both within N consecutive turns of a session.";
    /** What the measures are. */
    static final String MEASURES_HELP = "Count: how many times the two codes occur together. c-coefficient: together \u00F7 "
            + "(either alone + both), 0 to 1 (as in ATLAS.ti). Jaccard: shared \u00F7 covered by either, 0 to 1 (characters when "
            + "overlapping, else units).";
    /** What the diagonal is. */
    static final String DIAGONAL_HELP = "The grey diagonal pairs a code with itself: its own frequency, not a co-occurrence.";

    private final ProjectAccess access;
    private final AnalysisService analysis;
    private final List<Coder> coderChoices = new ArrayList<>();
    private final List<Integer> sessionChoices = new ArrayList<>();
    private final List<Stage> stageChoices = new ArrayList<>();
    private Combo modeCombo;
    private Spinner windowSpinner;
    private Combo measureCombo;
    private Combo coderCombo;
    private Combo sessionCombo;
    private Combo stageCombo;
    private Combo roleCombo;
    private Heatmap heatmap;
    private TableViewer excerpts;
    private Label status;
    private Label help;
    private Request shown;
    private HeatmapData data;
    private final LatestComputation computation;

    /** What was asked for: everything the computation and the excerpt lists need, read on the UI thread. */
    private record Request(Project project, List<Code> codes, Mode mode, Measure measure, Filter filter, String scope) {
    }

    @Inject
    public CooccurrencePart(ProjectAccess access, AnalysisService analysis, UISynchronize sync) {
        this.access = access;
        this.analysis = analysis;
        this.computation = new LatestComputation(JOB_FAMILY, sync::asyncExec, this::ready);
    }

    @PostConstruct
    public void create(Composite parent) {
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.wrap = true;
        bar.setLayout(row);
        modeCombo = choice(bar, "Mode", MODES);
        modeCombo.select(1);
        windowSpinner = new Spinner(bar, SWT.BORDER);
        windowSpinner.setValues(3, 2, 50, 0, 1, 5);
        windowSpinner.setToolTipText("Turns per window");
        windowSpinner.addListener(SWT.Selection, e -> recompute());
        measureCombo = choice(bar, "Measure", MEASURES);
        measureCombo.select(0);
        modeCombo.setToolTipText(MODES_HELP);
        measureCombo.setToolTipText(MEASURES_HELP);
        coderCombo = choice(bar, "Coder");
        sessionCombo = choice(bar, "Session");
        stageCombo = choice(bar, "Stage");
        roleCombo = choice(bar, "Speakers", "All speakers", "Group workers", "Members", "Others");
        roleCombo.select(0);
        button(bar, "CSV\u2026", () -> save("csv", this::exportCsv));
        button(bar, "PNG\u2026", () -> save("png", this::exportPng));
        button(bar, "SVG\u2026", () -> save("svg", this::exportSvg));

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        heatmap = new Heatmap(sash, resources);
        heatmap.onSelect(this::listExcerpts);
        excerpts = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        excerpts.getTable().setHeaderVisible(true);
        excerpts.setContentProvider(ArrayContentProvider.getInstance());
        column("Session", 72, e -> e.document().getSession() == null ? e.documentName() : "Session " + e.document().getSession());
        column("Turn", 40, Excerpt::turns);
        column("Speaker", 60, Excerpt::speaker);
        column("Text", 420, e -> e.text().replace('\n', ' '));
        excerpts.addDoubleClickListener(e -> revealSelected());
        sash.setWeights(76, 24);
        help = new Label(parent, SWT.WRAP);
        GridData helpData = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
        // a small hint lets the line wrap inside the view instead of asking for its whole length
        helpData.widthHint = 200;
        help.setLayoutData(helpData);
        // one line, so that the map keeps its room; the modes and measures in full in the tooltips
        help.setText(DIAGONAL_HELP + " Point at Mode or Measure, or at this line, for what they count.");
        help.setToolTipText(MODES_HELP + "\n" + MEASURES_HELP);
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        fillChoices();
        recompute();
    }

    @Focus
    public void focus() {
        heatmap.control().setFocus();
    }

    @PreDestroy
    public void dispose() {
        computation.cancel();
    }

    /** A code selected elsewhere (e.g. in the codebook) is emphasised in the heatmap. */
    @Inject
    public void selectionChanged(@org.eclipse.e4.core.di.annotations.Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        if (heatmap == null || heatmap.control().isDisposed() || shown == null) {
            return;
        }
        heatmap.highlight(selection instanceof Code code ? shown.codes().indexOf(code) : -1);
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    public void projectOpened(@UIEventTopic(SameboatEvents.PROJECT) ProjectAccess opened) {
        if (ready()) {
            fillChoices();
            recompute();
        }
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    public void modelChanged(@UIEventTopic(SameboatEvents.MODEL) ProjectAccess changed) {
        if (ready()) {
            // an edit may add a coder (a consensus coder, say) or a session
            fillChoices();
            recompute();
        }
    }

    /** A new coder at work may be a new coder in the project; the coder choice must offer it. */
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    public void layersChanged(@UIEventTopic(SameboatEvents.LAYERS) ProjectAccess changed) {
        if (ready()) {
            fillChoices();
            recompute();
        }
    }

    /** The heatmap, for tests and scripts. */
    public Heatmap heatmap() {
        return heatmap;
    }

    /** The excerpts of the selected cell. */
    public TableViewer excerpts() {
        return excerpts;
    }

    /** The line under the heatmap that explains what is shown and warns about uneven cells. */
    public Label status() {
        return status;
    }

    /** Overlapping codings, same turn, or window of turns. */
    public Combo modeChoice() {
        return modeCombo;
    }

    /** Turns per window, for the window mode. */
    public Spinner windowChoice() {
        return windowSpinner;
    }

    /** Count, c-coefficient or Jaccard. */
    public Combo measureChoice() {
        return measureCombo;
    }

    /** All coders pooled, or one coder. */
    public Combo coderChoice() {
        return coderCombo;
    }

    /** All sessions, or one. */
    public Combo sessionChoice() {
        return sessionCombo;
    }

    /** All stages, or one. */
    public Combo stageChoice() {
        return stageCombo;
    }

    /** All speakers, or those of one role. */
    public Combo roleChoice() {
        return roleCombo;
    }

    /** The codes of the rows and columns, as last shown. */
    public List<Code> codes() {
        return shown == null ? List.of() : shown.codes();
    }

    /** The mode of the table shown. */
    public Mode mode() {
        return shown.mode();
    }

    /** The filter of the table shown. */
    public Filter filter() {
        return shown.filter();
    }

    /** Writes the table's numbers as CSV. */
    public void exportCsv(Path file) throws IOException {
        Files.writeString(file, HeatmapExport.csv(requireData()), StandardCharsets.UTF_8);
    }

    /** Writes the heatmap as an SVG drawing. */
    public void exportSvg(Path file) throws IOException {
        Files.writeString(file, HeatmapExport.svg(requireData(), title()), StandardCharsets.UTF_8);
    }

    /** Writes the heatmap as the view shows it, as a PNG image. */
    public void exportPng(Path file) throws IOException {
        requireData();
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {heatmap.snapshot()};
        try (var out = Files.newOutputStream(file)) {
            loader.save(out, SWT.IMAGE_PNG);
        }
    }

    private HeatmapData requireData() {
        if (data == null) {
            throw new IllegalStateException("nothing to export yet: open a project and wait for the table");
        }
        return data;
    }

    private String title() {
        return "Co-occurrence (" + shown.mode() + ", " + shown.measure() + "), " + shown.scope();
    }

    private boolean ready() {
        return heatmap != null && !heatmap.control().isDisposed();
    }

    private Combo choice(Composite bar, String label, String... items) {
        new Label(bar, SWT.NONE).setText(label);
        Combo combo = new Combo(bar, SWT.READ_ONLY);
        combo.setItems(items);
        combo.addListener(SWT.Selection, e -> recompute());
        return combo;
    }

    private void button(Composite bar, String label, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(label);
        button.setLayoutData(new RowData());
        button.addListener(SWT.Selection, e -> action.run());
    }

    private void column(String title, int width, Function<Excerpt, String> text) {
        TableViewerColumn column = new TableViewerColumn(excerpts, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Excerpt excerpt ? text.apply(excerpt) : "";
            }
        });
    }

    /** Offers the project's coders, sessions and stages; keeps what was chosen where it still exists. */
    private void fillChoices() {
        String coder = coderCombo.getText();
        String session = sessionCombo.getText();
        String stage = stageCombo.getText();
        coderChoices.clear();
        sessionChoices.clear();
        stageChoices.clear();
        access.project().ifPresent(project -> {
            // a blind coder is offered their own codings alone
            coderChoices.addAll(access.visibleCoders());
            project.getDocuments().stream().map(Document::getSession).filter(Objects::nonNull).distinct().sorted()
                    .forEach(sessionChoices::add);
            for (Stage s : Stage.values()) {
                if (s != Stage.UNSPECIFIED && project.getDocuments().stream().anyMatch(d -> d.getStage() == s)) {
                    stageChoices.add(s);
                }
            }
        });
        refill(coderCombo, access.isBlind() ? "My codings (coding blind)" : "Pooled: " + names(pooled()),
                coderChoices.stream().map(Coder::getName).toList(), coder);
        refill(sessionCombo, "All sessions", sessionChoices.stream().map(s -> "Session " + s).toList(), session);
        refill(stageCombo, "All stages", stageChoices.stream().map(Stage::getLiteral).toList(), stage);
        coderCombo.getParent().layout(true);
    }

    /** A coder who records a consensus rather than rating: named so by adjudication ("consensus" by default). */
    static boolean isConsensus(Coder coder) {
        return coder.getName() != null && coder.getName().toLowerCase(Locale.ROOT).contains("consensus");
    }

    /** The coders "pooled" pools: those the user may see, consensus coders left out. */
    private List<Coder> pooled() {
        return coderChoices.stream().filter(c -> !isConsensus(c)).toList();
    }

    private static String names(List<Coder> coders) {
        List<String> names = coders.stream().map(Coder::getName).toList();
        return names.isEmpty() ? "no coders" : names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The help line: modes, measures and the diagonal. */
    public Label help() {
        return help;
    }

    private static void refill(Combo combo, String all, List<String> items, String keep) {
        combo.removeAll();
        combo.add(all);
        items.forEach(combo::add);
        int index = combo.indexOf(keep);
        combo.select(Math.max(0, index));
    }

    private Request request(Project project) {
        List<Code> codes = CodePaths.allCodes(project).stream().filter(Code::isApplicable).toList();
        Mode mode = switch (modeCombo.getSelectionIndex()) {
            case 0 -> Mode.overlap();
            case 2 -> Mode.window(windowSpinner.getSelection());
            default -> Mode.turn();
        };
        windowSpinner.setEnabled(mode.kind() == Mode.Kind.WINDOW);
        Measure measure = Measure.values()[Math.max(0, measureCombo.getSelectionIndex())];
        Filter filter = Filter.none();
        List<String> scope = new ArrayList<>();
        if (coderCombo.getSelectionIndex() > 0) {
            Coder coder = coderChoices.get(coderCombo.getSelectionIndex() - 1);
            filter = filter.withCoder(coder);
            scope.add(coder.getName() + "'s codings");
        } else if (access.isBlind()) {
            // pooled over what a blind coder may see: their own codings, in the table and in the excerpts behind it
            Coder me = access.coderAtWork().orElseThrow();
            filter = filter.withCoder(me);
            scope.add(me.getName() + "'s codings (coding blind)");
        } else {
            List<Coder> consensus = coderChoices.stream().filter(CooccurrencePart::isConsensus).toList();
            filter = filter.without(consensus);
            scope.add(names(pooled()) + " pooled" + (consensus.isEmpty() ? ""
                    : " (" + names(consensus) + " left out: a consensus coder repeats the others' codings; choose it as the coder to see it)"));
        }
        if (sessionCombo.getSelectionIndex() > 0) {
            int session = sessionChoices.get(sessionCombo.getSelectionIndex() - 1);
            filter = filter.withSession(session);
            scope.add("session " + session);
        }
        if (stageCombo.getSelectionIndex() > 0) {
            Stage stage = stageChoices.get(stageCombo.getSelectionIndex() - 1);
            filter = filter.withStage(stage);
            scope.add(stage.getLiteral() + " stage");
        }
        SpeakerRole role = switch (roleCombo.getSelectionIndex()) {
            case 1 -> SpeakerRole.WORKER;
            case 2 -> SpeakerRole.MEMBER;
            case 3 -> SpeakerRole.OTHER;
            default -> null;
        };
        if (role != null) {
            filter = filter.withRole(role);
            scope.add(roleCombo.getText().toLowerCase(Locale.ROOT) + " only");
        }
        return new Request(project, codes, mode, measure, filter, String.join(", ", scope));
    }

    /** Starts the table's computation off the UI thread; a newer request makes older results void. */
    private void recompute() {
        if (!ready()) {
            return;
        }
        computation.cancel();
        var project = access.project();
        if (project.isEmpty()) {
            shown = null;
            data = null;
            heatmap.show(null);
            excerpts.setInput(List.of());
            status.setText("Open a project to see which codes are applied together.");
            return;
        }
        Request request = request(project.get());
        status.setText("Counting co-occurrences\u2026");
        // the model as it is now, taken here on the UI thread; the job reads only this extract
        AnalysisService frozen = analysis.snapshot();
        computation.start("Co-occurrence of codes", monitor -> frozen.cooccurrence(request.codes(), request.mode(), request.filter()),
                table -> show(request, table));
    }

    private void show(Request request, CooccurrenceTable table) {
        shown = request;
        data = HeatmapData.of(table, request.measure());
        heatmap.show(data);
        excerpts.setInput(List.of());
        status.setText(summary(table));
        status.getParent().layout(true);
    }

    private String summary(CooccurrenceTable table) {
        String units = switch (shown.mode().kind()) {
            case OVERLAP -> table.units() + " codings";
            case TURN -> table.units() + " turns";
            case WINDOW -> table.units() + " windows of " + shown.mode().window() + " turns";
        };
        StringBuilder text = new StringBuilder(units + ", " + shown.scope() + ". Click a cell for its excerpts.");
        if (data.anyImbalanced()) {
            text.append(" Red corner: one code of the cell is applied more than ").append(HeatmapData.IMBALANCE)
                    .append(" times as often as the other (").append(firstImbalance())
                    .append("), so its coefficient says more about that imbalance than about the codes' relation.");
        }
        if (shown.measure() == Measure.C && data.anyOutOfRange()) {
            text.append(" *: c above 1, because one long coding overlaps several short ones; Jaccard measures the shared text instead.");
        }
        return text.toString();
    }

    private String firstImbalance() {
        for (int r = 0; r < data.size(); r++) {
            for (int c = r + 1; c < data.size(); c++) {
                if (data.imbalanced()[r][c]) {
                    return data.labels().get(r) + " " + data.frequency()[r] + " and " + data.labels().get(c) + " "
                            + data.frequency()[c];
                }
            }
        }
        return "";
    }

    private void listExcerpts(int row, int column) {
        Code first = shown.codes().get(row);
        Code second = shown.codes().get(column);
        List<Excerpt> found = Excerpts.of(shown.project(), first, second, shown.mode(), shown.filter());
        excerpts.setInput(found);
        String what = row == column ? first.getName() : first.getName() + " and " + second.getName() + " together";
        status.setText(found.size() + " excerpt" + (found.size() == 1 ? "" : "s") + " with " + what
                + ". Double-click one to see it in the transcript." + (data.imbalanced()[row][column]
                        ? " The two codes are applied very unevenly (" + data.frequency()[row] + " and " + data.frequency()[column] + ")."
                        : ""));
        status.getParent().layout(true);
    }

    /** Shows the selected excerpt in the transcript editor, as a double-click does. */
    public void revealSelected() {
        Object selected = ((IStructuredSelection) excerpts.getSelection()).getFirstElement();
        if (selected instanceof Excerpt excerpt) {
            access.reveal(excerpt.document(), excerpt.start(), excerpt.end());
        }
    }

    private void save(String extension, Export export) {
        FileDialog dialog = new FileDialog(heatmap.control().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {"*." + extension});
        dialog.setFileName("cooccurrence." + extension);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            export.to(Path.of(chosen));
            status.setText("Saved " + chosen);
        } catch (IOException | IllegalStateException e) {
            status.setText("Could not save " + chosen + ": " + e.getMessage());
        }
    }

    @FunctionalInterface
    private interface Export {
        void to(Path file) throws IOException;
    }
}
