package org.sameboat.views.sequence;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.sameboat.analysis.contingency.ContingencyTable;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.sequence.EventKind;
import org.sameboat.analysis.sequence.LagSequential;
import org.sameboat.analysis.sequence.LagTable;
import org.sameboat.analysis.sequence.TurnPair;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.text.DocumentText;
import org.sameboat.ui.api.AnalysisService;
import org.sameboat.ui.api.LatestComputation;
import org.sameboat.ui.api.ProjectAccess;
import org.sameboat.views.widgets.Choices;
import org.sameboat.views.widgets.CoderChoice;
import org.sameboat.views.widgets.ResidualGrid;
import org.sameboat.views.widgets.ViewEvents;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * What tends to follow what: the lag-sequential table of turns (given × target at a lag), each cell coloured by
 * its adjusted residual, with counts, expected counts, the transitional probability and Yule's Q in its tooltip.
 * A cell lists the turn pairs behind it; double-clicking one shows the two turns in the transcript.
 */
public final class SequencePart {

    /** The family of the part's computations, so callers can wait for them ({@code Job.getJobManager().join}). */
    public static final String JOB_FAMILY = "org.sameboat.views.sequence";

    private static final EventKind[] KINDS = EventKind.values();
    private static final int TEXT_START = 70;

    private final ProjectAccess access;
    private final AnalysisService analysis;
    private final IEventBroker broker;
    private final LatestComputation computation;
    private Combo eventsCombo;
    private Spinner lagSpinner;
    private CoderChoice coderChoice;
    private ResidualGrid grid;
    private TableViewer pairs;
    private Label status;
    private Shown shown;

    /** What was asked for: read on the UI thread, used by the computation and the cell listing. */
    private record Request(Project project, EventKind kind, int lag, Filter filter, String scope) {
    }

    private record Shown(Request request, LagTable table) {
    }

    @Inject
    public SequencePart(ProjectAccess access, AnalysisService analysis, UISynchronize sync, IEventBroker broker) {
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
        eventsCombo = Choices.combo(bar, "Events", this::recompute, Stream.of(KINDS).map(EventKind::toString).toArray(String[]::new));
        eventsCombo.select(0);
        new Label(bar, SWT.NONE).setText("Lag");
        lagSpinner = new Spinner(bar, SWT.BORDER);
        lagSpinner.setValues(1, 1, 20, 0, 1, 5);
        lagSpinner.setToolTipText("1: the next turn; 2: the turn after that");
        lagSpinner.addListener(SWT.Selection, e -> recompute());
        coderChoice = new CoderChoice(bar, "Coder", access, this::recompute);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        grid = ResidualGrid.inPane(sash, resources, "Adjusted residual");
        grid.onSelect(this::listPairs);
        pairs = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        pairs.getTable().setHeaderVisible(true);
        pairs.setContentProvider(ArrayContentProvider.getInstance());
        Choices.column(pairs, PairRow.class, "Document", 90, p -> p.pair().document().getSession() == null ? p.pair().document().getName()
                : "Session " + p.pair().document().getSession());
        Choices.column(pairs, PairRow.class, "Turn t", 60, p -> String.valueOf(p.givenNumber()));
        Choices.column(pairs, PairRow.class, "Turn t+lag", 88, p -> String.valueOf(p.targetNumber()));
        Choices.column(pairs, PairRow.class, "Speakers", 110, PairRow::speakers);
        Choices.column(pairs, PairRow.class, "Given turn", 220, PairRow::givenText);
        Choices.column(pairs, PairRow.class, "Target turn", 220, PairRow::targetText);
        pairs.addDoubleClickListener(e -> revealSelected());
        sash.setWeights(68, 32);
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        fillChoices();
        recompute();
        // a new coder at work (or blind coding begun or ended) changes whose codings decide the events
        ViewEvents.follow(broker, parent, this::refresh, this::refresh);
    }

    @Focus
    public void focus() {
        grid.control().setFocus();
    }

    @PreDestroy
    public void dispose() {
        computation.cancel();
    }

    private void refresh() {
        fillChoices();
        recompute();
    }

    /** The heatmap table: rows given, columns target. */
    public ResidualGrid grid() {
        return grid;
    }

    /** The turn pairs of the selected cell. */
    public TableViewer pairs() {
        return pairs;
    }

    /** The line under the table: the test, or why there is nothing to show. */
    public Label status() {
        return status;
    }

    /** Dynamic, skill, role or role+code. */
    public Combo eventsChoice() {
        return eventsCombo;
    }

    /** The lag. */
    public Spinner lagChoice() {
        return lagSpinner;
    }

    /** All coders pooled, or one coder. */
    public Combo coderChoice() {
        return coderChoice.combo();
    }

    /** The filter of the table shown. */
    public Optional<Filter> filter() {
        return Optional.ofNullable(shown).map(s -> s.request().filter());
    }

    private boolean ready() {
        return grid != null && !grid.control().isDisposed();
    }

    private void fillChoices() {
        coderChoice.refill();
        coderChoice.combo().getParent().layout(true);
    }

    private Request request(Project project) {
        EventKind kind = KINDS[Math.max(0, eventsCombo.getSelectionIndex())];
        // a blind coder's turns get their dynamics from their own codings alone, here and in the pairs listed
        CoderChoice.Scope whose = coderChoice.scope();
        Filter filter = whose.coder().map(Filter.none()::withCoder).orElse(Filter.none());
        String scope = whose.words();
        return new Request(project, kind, lagSpinner.getSelection(), filter, scope);
    }

    private void recompute() {
        if (!ready()) {
            return;
        }
        computation.cancel();
        pairs.setInput(List.of());
        var project = access.project();
        if (project.isEmpty()) {
            nothing("Open a project to see which turns tend to follow which.");
            return;
        }
        Request request = request(project.get());
        if (request.kind() != EventKind.ROLE && noCodings(request)) {
            nothing(access.isBlind() && request.filter().coder().equals(access.coderAtWork())
                    ? "Nothing to sequence: you are coding blind and have no codings of your own yet, so every turn would be 'none'. Code some turns, or choose the role events."
                    : "Nothing to sequence: no codings in scope (" + request.scope() + "), so every turn would be 'none'. Code some turns, or choose the role events.");
            return;
        }
        status.setText("Tallying turn pairs\u2026");
        // the model as it is now, taken here on the UI thread; the job reads only this extract
        AnalysisService frozen = analysis.snapshot();
        computation.start("Sequences of turns", monitor -> frozen.sequence(List.of(), request.kind(), request.lag(), request.filter()),
                table -> show(request, table), refused -> nothing(refused.getMessage()));
    }

    private static boolean noCodings(Request request) {
        return request.project().getDocuments().stream().flatMap(d -> d.getCodings().stream()).noneMatch(request.filter()::accepts);
    }

    private void nothing(String why) {
        shown = null;
        grid.show(Optional.empty());
        status.setText(why);
        status.getParent().layout(true);
    }

    private void show(Request request, LagTable table) {
        if (table.n() == 0) {
            nothing("Nothing to sequence: no document in scope has turns " + request.lag() + " apart.");
            return;
        }
        shown = new Shown(request, table);
        int m = table.events().size();
        String[][] text = new String[m][m];
        double[][] residual = new double[m][m];
        String[][] tooltip = new String[m][m];
        for (int g = 0; g < m; g++) {
            for (int t = 0; t < m; t++) {
                double z = table.adjustedResidual(g, t);
                residual[g][t] = z;
                text[g][t] = cellText(z);
                tooltip[g][t] = String.format(Locale.ROOT,
                        "%s \u2192 %s (lag %d)%n%d pairs, expected %.2f%nP(target | given) %s%nadjusted residual %s, Yule's Q %s",
                        table.events().get(g), table.events().get(t), table.lag(), table.count(g, t), table.expected(g, t),
                        number(table.probability(g, t), "%.3f"), number(z, "%+.2f"), number(table.yulesQ(g, t), "%+.3f"));
            }
        }
        grid.show(Optional.of(new ResidualGrid.Cells(table.events(), table.events(), text, residual, tooltip, true)));
        status.setText(summary(request, table));
        status.getParent().layout(true);
    }

    /** The adjusted residual with two decimals, a star beyond ±1.96, a dash where there is none. */
    static String cellText(double residual) {
        return Double.isNaN(residual) ? "\u2013" : String.format(Locale.ROOT, "%+.2f%s", residual, Math.abs(residual) > 1.96 ? " *" : "");
    }

    private static String number(double value, String format) {
        return Double.isNaN(value) ? "none" : String.format(Locale.ROOT, format, value);
    }

    private static String summary(Request request, LagTable table) {
        ContingencyTable test = table.contingency();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "Rows: the given turn's event; columns (numbered as the rows): the event %d turn%s later. %,d turn pairs at lag %d,"
                        + " events: %s; %s. ", table.lag(), table.lag() == 1 ? "" : "s", table.n(), table.lag(), request.kind(),
                request.scope()));
        if (test.degreesOfFreedom() > 0) {
            text.append(String.format(Locale.ROOT, "Chi-square %.2f, df %d, p %s.", test.chiSquare(), test.degreesOfFreedom(),
                    p(test.p())));
            if (test.approximationDoubtful()) {
                text.append(String.format(Locale.ROOT, " %d of %d cells expect fewer than 5 pairs: their residuals are unsteady.",
                        test.expectedBelowFive(), test.cellsInUse()));
            }
        }
        return text.append(" Counts and Yule's Q in each cell's tooltip; click a cell for its turn pairs.").toString();
    }

    private static String p(double p) {
        return p < 0.001 ? String.format(Locale.ROOT, "%.2e", p) : String.format(Locale.ROOT, "%.4f", p);
    }

    private void listPairs(int given, int target) {
        Request request = shown.request();
        List<TurnPair> found = LagSequential.pairs(request.project(), List.of(), request.kind(), request.lag(), request.filter(),
                shown.table().events().get(given), shown.table().events().get(target));
        pairs.setInput(found.stream().map(SequencePart::row).toList());
        status.setText(String.format(Locale.ROOT, "%s \u2192 %s: %d turn pair%s. Double-click one to see it in the transcript.",
                shown.table().events().get(given), shown.table().events().get(target), found.size(), found.size() == 1 ? "" : "s"));
        status.getParent().layout(true);
    }

    private static PairRow row(TurnPair pair) {
        Document document = pair.document();
        DocumentText text = DocumentText.of(document.getText() == null ? "" : document.getText());
        return new PairRow(pair, document.getTurns().indexOf(pair.given()) + 1, document.getTurns().indexOf(pair.target()) + 1,
                start(text, pair.given()), start(text, pair.target()));
    }

    private static String start(DocumentText text, Turn turn) {
        if (!text.contains(turn.getStart(), turn.getEnd())) {
            return "";
        }
        String whole = text.slice(turn.getStart(), turn.getEnd()).replace('\n', ' ').strip();
        return whole.codePointCount(0, whole.length()) <= TEXT_START ? whole
                : whole.substring(0, whole.offsetByCodePoints(0, TEXT_START)) + "\u2026";
    }

    /** Shows the selected pair in the transcript editor, from the given turn's start to the target turn's end. */
    public void revealSelected() {
        Object selected = ((IStructuredSelection) pairs.getSelection()).getFirstElement();
        if (selected instanceof PairRow row) {
            access.reveal(row.pair().document(), row.pair().given().getStart(), row.pair().target().getEnd());
        }
    }
}
