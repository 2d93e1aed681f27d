package org.sameboat.views.cooccurrence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.sameboat.analysis.cooccurrence.CooccurrenceTable;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.cooccurrence.Mode;
import org.sameboat.model.Code;
import org.sameboat.ui.api.AnalysisService;
import org.sameboat.ui.api.LatestComputation;
import org.sameboat.ui.api.ProjectAccess;
import org.sameboat.views.widgets.Choices;
import org.sameboat.views.widgets.Exports;
import org.sameboat.views.widgets.ViewEvents;

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
 * <p>
 * The part wires its pieces: {@link CooccurrenceChoices} make the request, the analysis computes it off the UI
 * thread, the {@link Heatmap} and {@link ExcerptTable} show it, {@link CooccurrenceStatus} words it and
 * {@link HeatmapExport} writes it.
 */
public final class CooccurrencePart {

    /** The family of the part's computations, so callers can wait for them ({@code Job.getJobManager().join}). */
    public static final String JOB_FAMILY = "org.sameboat.views.cooccurrence";

    /** What the diagonal is. */
    static final String DIAGONAL_HELP = "The grey diagonal pairs a code with itself: its own frequency, not a co-occurrence.";

    private final ProjectAccess access;
    private final AnalysisService analysis;
    private final IEventBroker broker;
    private final LatestComputation computation;
    private CooccurrenceChoices choices;
    private Heatmap heatmap;
    private ExcerptTable excerpts;
    private Label status;
    private Label help;
    private CooccurrenceRequest shown;
    private HeatmapData data;

    @Inject
    public CooccurrencePart(ProjectAccess access, AnalysisService analysis, UISynchronize sync, IEventBroker broker) {
        this.access = access;
        this.analysis = analysis;
        this.broker = broker;
        this.computation = new LatestComputation(JOB_FAMILY, sync::asyncExec, this::ready);
    }

    @PostConstruct
    public void create(Composite parent) {
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        parent.setLayout(new GridLayout(1, false));
        Composite bar = Choices.bar(parent);
        choices = new CooccurrenceChoices(bar, access, this::recompute);
        button(bar, "CSV\u2026", () -> save("csv", this::exportCsv));
        button(bar, "PNG\u2026", () -> save("png", this::exportPng));
        button(bar, "SVG\u2026", () -> save("svg", this::exportSvg));

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        heatmap = new Heatmap(sash, resources);
        heatmap.onSelect(this::listExcerpts);
        excerpts = new ExcerptTable(sash, access);
        sash.setWeights(76, 24);
        help = new Label(parent, SWT.WRAP);
        GridData helpData = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
        // a small hint lets the line wrap inside the view instead of asking for its whole length
        helpData.widthHint = 200;
        help.setLayoutData(helpData);
        // one line, so that the map keeps its room; the modes and measures in full in the tooltips
        help.setText(DIAGONAL_HELP + " Point at Mode or Measure, or at this line, for what they count.");
        help.setToolTipText(CooccurrenceChoices.MODES_HELP + "\n" + CooccurrenceChoices.MEASURES_HELP);
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        refresh();
        // an edit may add a coder (a consensus coder, say) or a session; a new coder at work may be new to the project
        ViewEvents.follow(broker, parent, this::refresh, this::refresh);
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

    private void refresh() {
        choices.refill();
        recompute();
    }

    /** The heatmap, for tests and scripts. */
    public Heatmap heatmap() {
        return heatmap;
    }

    /** The excerpts of the selected cell. */
    public TableViewer excerpts() {
        return excerpts.viewer();
    }

    /** The line under the heatmap that explains what is shown and warns about uneven cells. */
    public Label status() {
        return status;
    }

    /** The help line: modes, measures and the diagonal. */
    public Label help() {
        return help;
    }

    /** Overlapping codings, same turn, or window of turns. */
    public Combo modeChoice() {
        return choices.mode();
    }

    /** Turns per window, for the window mode. */
    public Spinner windowChoice() {
        return choices.window();
    }

    /** Count, c-coefficient or Jaccard. */
    public Combo measureChoice() {
        return choices.measure();
    }

    /** All coders pooled, or one coder. */
    public Combo coderChoice() {
        return choices.coder();
    }

    /** All sessions, or one. */
    public Combo sessionChoice() {
        return choices.session();
    }

    /** All stages, or one. */
    public Combo stageChoice() {
        return choices.stage();
    }

    /** All speakers, or those of one role. */
    public Combo roleChoice() {
        return choices.role();
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
        Files.writeString(file, HeatmapExport.svg(requireData(), shown.title()), StandardCharsets.UTF_8);
    }

    /** Writes the heatmap as the view shows it, as a PNG image. */
    public void exportPng(Path file) throws IOException {
        requireData();
        Exports.png(heatmap.snapshot(), file);
    }

    /** Shows the selected excerpt in the transcript editor, as a double-click does. */
    public void revealSelected() {
        excerpts.revealSelected();
    }

    private HeatmapData requireData() {
        if (data == null) {
            throw new IllegalStateException("nothing to export yet: open a project and wait for the table");
        }
        return data;
    }

    private boolean ready() {
        return heatmap != null && !heatmap.control().isDisposed();
    }

    private static void button(Composite bar, String label, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(label);
        button.setLayoutData(new RowData());
        button.addListener(SWT.Selection, e -> action.run());
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
            excerpts.show(List.of());
            status.setText("Open a project to see which codes are applied together.");
            return;
        }
        CooccurrenceRequest request = choices.request(project.get());
        status.setText("Counting co-occurrences\u2026");
        // the model as it is now, taken here on the UI thread; the job reads only this extract
        AnalysisService frozen = analysis.snapshot();
        computation.start("Co-occurrence of codes", monitor -> frozen.cooccurrence(request.codes(), request.mode(), request.filter()),
                table -> show(request, table));
    }

    private void show(CooccurrenceRequest request, CooccurrenceTable table) {
        shown = request;
        data = HeatmapData.of(table, request.measure());
        heatmap.show(data);
        excerpts.show(List.of());
        say(CooccurrenceStatus.table(request, table, data));
    }

    private void listExcerpts(int row, int column) {
        List<Excerpt> found = Excerpts.of(shown.project(), shown.codes().get(row), shown.codes().get(column), shown.mode(), shown.filter());
        excerpts.show(found);
        say(CooccurrenceStatus.cell(shown, data, row, column, found));
    }

    private void say(String sentence) {
        status.setText(sentence);
        status.getParent().layout(true);
    }

    private void save(String extension, Exports.Writer export) {
        Exports.saveAs(heatmap.control().getShell(), "cooccurrence." + extension, export, status::setText);
    }
}
