package org.sameboat.views.profile;

import java.util.ArrayList;
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
import org.sameboat.analysis.contingency.ContingencyTable;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.profile.Level;
import org.sameboat.analysis.profile.Profile;
import org.sameboat.analysis.profile.ProfileTable;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
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
 * Which codes are frequent where: codes × stage (session, group, speaker role, speaker), each cell with the
 * turns the code touches there and its rate per 100 turns, coloured by the cell's adjusted residual so that
 * what departs from independence stands out, with the chi-square test under it. A cell lists its codings;
 * double-clicking one shows it in the transcript.
 */
public final class ProfilePart {

    /** The family of the part's computations, so callers can wait for them ({@code Job.getJobManager().join}). */
    public static final String JOB_FAMILY = "org.sameboat.views.profile";

    private static final Level[] LEVELS = Level.values();

    private final ProjectAccess access;
    private final AnalysisService analysis;
    private final IEventBroker broker;
    private final LatestComputation computation;
    private final List<Codebook> codebookChoices = new ArrayList<>();
    private Combo levelCombo;
    private CoderChoice coderChoice;
    private Combo codebookCombo;
    private ResidualGrid grid;
    private TableViewer codings;
    private Label status;
    private Shown shown;

    /** What was asked for: read on the UI thread, used by the computation and the cell listing. */
    private record Request(Project project, List<Code> codes, Level by, Filter filter, String scope) {
    }

    /** A profile on screen: the request, the table, and which of its rows are shown (those with coded turns). */
    private record Shown(Request request, ProfileTable table, List<Integer> rows) {
    }

    @Inject
    public ProfilePart(ProjectAccess access, AnalysisService analysis, UISynchronize sync, IEventBroker broker) {
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
        levelCombo = Choices.combo(bar, "Codes by", this::recompute, Stream.of(LEVELS).map(Level::toString).toArray(String[]::new));
        levelCombo.select(0);
        coderChoice = new CoderChoice(bar, "Coder", access, this::recompute);
        codebookCombo = Choices.combo(bar, "Codebook", this::recompute);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        grid = ResidualGrid.inPane(sash, resources, "Adjusted residual");
        grid.onSelect(this::listCodings);
        codings = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        codings.getTable().setHeaderVisible(true);
        codings.setContentProvider(ArrayContentProvider.getInstance());
        Choices.column(codings, CodingRow.class, "Document", 110,
                c -> c.document().getSession() == null ? c.document().getName() : "Session " + c.document().getSession());
        Choices.column(codings, CodingRow.class, "Turn", 48, CodingRow::turns);
        Choices.column(codings, CodingRow.class, "Coder", 60, CodingRow::coder);
        Choices.column(codings, CodingRow.class, "Text", 360, c -> c.text().replace('\n', ' '));
        codings.addDoubleClickListener(e -> revealSelected());
        sash.setWeights(64, 36);
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        fillChoices();
        recompute();
        // a new coder at work (or blind coding begun or ended) changes whose codings may be counted
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

    /** The heatmap table. */
    public ResidualGrid grid() {
        return grid;
    }

    /** The codings of the selected cell. */
    public TableViewer codings() {
        return codings;
    }

    /** The line under the table: the test, or why there is nothing to show. */
    public Label status() {
        return status;
    }

    /** Stage, session, group, role or speaker. */
    public Combo levelChoice() {
        return levelCombo;
    }

    /** All coders pooled, or one coder. */
    public Combo coderChoice() {
        return coderChoice.combo();
    }

    /** All codebooks, or one. */
    public Combo codebookChoice() {
        return codebookCombo;
    }

    /** The codes of the rows shown, top to bottom. */
    public List<Code> rowCodes() {
        return shown == null ? List.of() : shown.rows().stream().map(shown.request().codes()::get).toList();
    }

    /** The codes the profile was computed over (rows shown and rows without coded turns). */
    public List<Code> codes() {
        return shown == null ? List.of() : shown.request().codes();
    }

    /** The filter of the profile shown. */
    public Optional<Filter> filter() {
        return Optional.ofNullable(shown).map(s -> s.request().filter());
    }

    /** The level of the profile shown. */
    public Level level() {
        return LEVELS[Math.max(0, levelCombo.getSelectionIndex())];
    }

    private boolean ready() {
        return grid != null && !grid.control().isDisposed();
    }

    /** Offers the coders the user may see and the project's codebooks; keeps what was chosen where it still exists. */
    private void fillChoices() {
        String codebook = codebookCombo.getText();
        codebookChoices.clear();
        access.project().ifPresent(project -> codebookChoices.addAll(project.getCodebooks()));
        coderChoice.refill();
        Choices.refill(codebookCombo, "All codebooks", codebookChoices.stream().map(Codebook::getName).toList(), codebook);
        codebookCombo.getParent().layout(true);
    }

    private Request request(Project project) {
        List<Code> codes = codebookCombo.getSelectionIndex() > 0
                ? CodePaths.allCodes(codebookChoices.get(codebookCombo.getSelectionIndex() - 1))
                : CodePaths.allCodes(project);
        CoderChoice.Scope whose = coderChoice.scope();
        Filter filter = whose.coder().map(Filter.none()::withCoder).orElse(Filter.none());
        String scope = whose.words();
        if (codebookCombo.getSelectionIndex() > 0) {
            scope += ", codebook " + codebookCombo.getText();
        }
        return new Request(project, codes, level(), filter, scope);
    }

    /** Starts the profile's computation off the UI thread; a newer request makes older results void. */
    private void recompute() {
        if (!ready()) {
            return;
        }
        computation.cancel();
        codings.setInput(List.of());
        var project = access.project();
        if (project.isEmpty()) {
            nothing("Open a project to see which codes are frequent in which stage, session, group, role or speaker.");
            return;
        }
        Request request = request(project.get());
        status.setText("Counting coded turns\u2026");
        // the model as it is now, taken here on the UI thread; the job reads only this extract
        AnalysisService frozen = analysis.snapshot();
        computation.start("Profile of codes", monitor -> frozen.profile(request.codes(), request.by(), request.filter()),
                table -> show(request, table), refused -> nothing(refused.getMessage()));
    }

    private void nothing(String why) {
        shown = null;
        grid.show(Optional.empty());
        status.setText(why);
        status.getParent().layout(true);
    }

    private void show(Request request, ProfileTable table) {
        ContingencyTable test = table.test();
        List<Integer> rows = new ArrayList<>();
        for (int c = 0; c < table.codes().size(); c++) {
            if (test.rowTotal(c) > 0) {
                rows.add(c); // a code no turn in scope carries would only add an empty row, and takes no part in the test
            }
        }
        if (rows.isEmpty()) {
            nothing(access.isBlind() && request.filter().coder().equals(access.coderAtWork())
                    ? "Nothing to profile: you are coding blind and have no codings of your own in scope yet. Code some turns, or end blind coding, to see a profile."
                    : "Nothing to profile: no coding of these codes touches a turn in scope (" + request.scope() + ").");
            return;
        }
        shown = new Shown(request, table, rows);
        int levels = table.levels().size();
        String[][] text = new String[rows.size()][levels];
        double[][] residual = new double[rows.size()][levels];
        String[][] tooltip = new String[rows.size()][levels];
        for (int r = 0; r < rows.size(); r++) {
            int c = rows.get(r);
            for (int l = 0; l < levels; l++) {
                double z = test.adjustedResidual(c, l);
                residual[r][l] = z;
                text[r][l] = cellText(table.count(c, l), table.rate(c, l), test.flagged(c, l));
                tooltip[r][l] = String.format(Locale.ROOT,
                        "%s, %s %s%n%d of %d turns (%.1f per 100)%nexpected %.2f, adjusted residual %s%s", table.codes().get(c),
                        table.by(), table.levels().get(l), table.count(c, l), table.turns(l), table.rate(c, l), test.expected(c, l),
                        Double.isNaN(z) ? "none" : String.format(Locale.ROOT, "%+.2f", z),
                        test.flagged(c, l) ? (z > 0 ? "\nmore often than independence expects" : "\nless often than independence expects") : "");
            }
        }
        List<String> names = rows.stream().map(table.codes()::get).toList();
        List<String> columns = new ArrayList<>();
        for (int l = 0; l < levels; l++) {
            columns.add(String.format(Locale.ROOT, "%s (%,d)", table.levels().get(l), table.turns(l)));
        }
        grid.show(Optional.of(new ResidualGrid.Cells(names, columns, text, residual, tooltip, false)));
        status.setText(summary(request, table));
        status.getParent().layout(true);
    }

    /** Turns the code touches at the level, its rate per 100 turns, and a star beyond ±1.96. */
    static String cellText(long count, double rate, boolean flagged) {
        return String.format(Locale.ROOT, "%d \u00B7 %.1f%s", count, rate, flagged ? " *" : "");
    }

    private static String summary(Request request, ProfileTable table) {
        ContingencyTable test = table.test();
        StringBuilder text = new StringBuilder("Cells: coded turns \u00B7 per 100 turns (column: turns in scope); ")
                .append(request.scope()).append(". ");
        if (test.degreesOfFreedom() == 0) {
            text.append("No test: it needs at least two codes and two ").append(table.by()).append("s with coded turns.");
        } else {
            text.append(String.format(Locale.ROOT, "Chi-square %.2f, df %d, p %s.", test.chiSquare(), test.degreesOfFreedom(),
                    p(test.p())));
            if (test.approximationDoubtful()) {
                text.append(String.format(Locale.ROOT, " %d of %d cells expect fewer than 5, so read p with care.",
                        test.expectedBelowFive(), test.cellsInUse()));
            }
        }
        return text.append(" Click a cell for its codings.").toString();
    }

    static String p(double p) {
        return p < 0.001 ? String.format(Locale.ROOT, "%.2e", p) : String.format(Locale.ROOT, "%.4f", p);
    }

    private void listCodings(int row, int column) {
        Code code = shown.request().codes().get(shown.rows().get(row));
        String level = shown.table().levels().get(column);
        List<CodingRow> found = Profile.codings(shown.request().project(), code, shown.request().by(), level, shown.request().filter())
                .stream().map(ProfilePart::row).toList();
        codings.setInput(found);
        status.setText(String.format(Locale.ROOT, "%s, %s %s: %d coded turn%s, %d coding%s. Double-click one to see it in the transcript.",
                CodePaths.path(code), shown.table().by(), level, shown.table().count(shown.rows().get(row), column),
                shown.table().count(shown.rows().get(row), column) == 1 ? "" : "s", found.size(), found.size() == 1 ? "" : "s"));
        status.getParent().layout(true);
    }

    private static CodingRow row(Coding coding) {
        Document document = coding.getDocument();
        List<Turn> turns = document.getTurns();
        int first = -1;
        int last = -1;
        for (int t = 0; t < turns.size(); t++) {
            Turn turn = turns.get(t);
            if (Math.min(coding.getEnd(), turn.getEnd()) > Math.max(coding.getStart(), turn.getStart())) {
                first = first < 0 ? t + 1 : first;
                last = t + 1;
            }
        }
        String numbers = first < 0 ? "" : first == last ? String.valueOf(first) : first + "\u2013" + last;
        DocumentText whole = DocumentText.of(document.getText() == null ? "" : document.getText());
        String text = whole.contains(coding.getStart(), coding.getEnd()) ? whole.slice(coding.getStart(), coding.getEnd()) : "";
        return new CodingRow(coding, document, numbers, text);
    }

    /** Shows the selected coding in the transcript editor, as a double-click does. */
    public void revealSelected() {
        Object selected = ((IStructuredSelection) codings.getSelection()).getFirstElement();
        if (selected instanceof CodingRow row) {
            access.reveal(row.document(), row.coding().getStart(), row.coding().getEnd());
        }
    }
}
