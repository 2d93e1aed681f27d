package org.sameboat.views.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.sameboat.analysis.adjudicate.Adjudication;
import org.sameboat.analysis.adjudicate.TurnVerdict;
import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.agreement.BootstrapInterval;
import org.sameboat.analysis.extract.ProjectExtract;
import org.sameboat.analysis.project.AgreementReport;
import org.sameboat.analysis.project.CodeAgreement;
import org.sameboat.analysis.project.Comparison;
import org.sameboat.analysis.project.ConfusionMatrix;
import org.sameboat.analysis.project.Disagreement;
import org.sameboat.analysis.project.TurnAgreement;
import org.sameboat.analysis.project.TurnDynamics;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Lookups;
import org.sameboat.ui.api.AnalysisService;
import org.sameboat.ui.api.LatestComputation;
import org.sameboat.ui.api.ProjectAccess;
import org.sameboat.views.widgets.Choices;
import org.sameboat.views.widgets.ViewEvents;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * How far coders agree: choose the coders, codes and unit; a table of each code's coefficients (and the turn
 * dynamic's, or all codes' together) with 95% intervals; for two coders on turns, the confusion matrix of their
 * dynamics and the turns they disagree on, each one click from its text, to adjudicate into a consensus coder
 * (accept the first coder's coding, the second's, or neither), each decision one undoable edit.
 */
public final class AgreementPart {

    /** The family of the part's computations, so callers can wait for them ({@code Job.getJobManager().join}). */
    public static final String JOB_FAMILY = "org.sameboat.views.agreement";

    private static final String[] UNITS = {"Turn", "Character", "Unitizing"};
    /** The row of the turn's dynamic in the turn-level table (TurnAgreement's label). */
    private static final String DYNAMIC_ROW = "dynamic";
    /** A column's data key: the width it was made with, below which packing never narrows it. */
    private static final String LEAST_WIDTH = "sameboat.leastWidth";

    private final ProjectAccess access;
    private final AnalysisService analysis;
    private final IEventBroker broker;
    /** What the view says instead of figures while the coder at work codes blind. */
    static final String BLIND = "You are coding blind, so agreement is not shown: it would show the other coders' codings. "
            + "Untick Blind in the transcript's toolbar when you are done coding to compare.";
    private final List<Coder> coderChoices = new ArrayList<>();
    private final List<Button> coderButtons = new ArrayList<>();
    private final List<Code> codeChoices = new ArrayList<>();
    private final Set<Code> chosenCodes = new LinkedHashSet<>();
    private final Map<String, TurnVerdict> decided = new HashMap<>();
    private Composite coderBox;
    private Button codesButton;
    private Menu codesMenu;
    private Combo unitCombo;
    private Text consensusText;
    private TableViewer coefficients;
    private ConfusionChart confusion;
    private TableViewer disagreements;
    private Label status;
    private Label guide;
    private final List<Label> legend = new ArrayList<>();
    private Button acceptFirst;
    private Button acceptSecond;
    private LocalResourceManager resources;
    private Result shown;
    /** The disagreement to select when the next result arrives: the one after the turn just decided. */
    private String selectNext;
    private final LatestComputation computation;

    /** What was asked for, read on the UI thread. */
    private record Request(Project project, List<Coder> coders, List<Code> codes, AgreementReport.Unit unit, String consensus) {
    }

    /** What the computation found. */
    private record Result(Request request, AgreementReport report, Map<String, List<BootstrapInterval>> intervals,
            Optional<ConfusionMatrix> confusion, List<Adjudicable> disagreements, List<Code> compared) {
    }

    @Inject
    public AgreementPart(ProjectAccess access, AnalysisService analysis, UISynchronize sync, IEventBroker broker) {
        this.access = access;
        this.analysis = analysis;
        this.broker = broker;
        this.computation = new LatestComputation(JOB_FAMILY, sync::asyncExec, this::ready);
    }

    @PostConstruct
    public void create(Composite parent) {
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        parent.setLayout(new GridLayout(1, false));
        Composite bar = Choices.bar(parent);
        new Label(bar, SWT.NONE).setText("Coders");
        coderBox = new Composite(bar, SWT.NONE);
        RowLayout boxes = new RowLayout(SWT.HORIZONTAL);
        boxes.marginTop = 0;
        boxes.marginBottom = 0;
        coderBox.setLayout(boxes);
        codesButton = new Button(bar, SWT.PUSH);
        codesMenu = new Menu(codesButton);
        codesButton.addListener(SWT.Selection, e -> {
            var where = codesButton.toDisplay(0, codesButton.getSize().y);
            codesMenu.setLocation(where);
            codesMenu.setVisible(true);
        });
        unitCombo = Choices.combo(bar, "Unit", this::recompute, UNITS);
        unitCombo.select(0);
        new Label(bar, SWT.NONE).setText("Consensus coder");
        consensusText = new Text(bar, SWT.BORDER);
        consensusText.setText("consensus");
        consensusText.addListener(SWT.DefaultSelection, e -> recompute());

        // the figures across the top; below, the two coders' disagreements to work through beside their confusion matrix
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        coefficients = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION);
        coefficients.getTable().setHeaderVisible(true);
        coefficients.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(coefficients);
        SashForm pairs = new SashForm(sash, SWT.HORIZONTAL);
        coefficientColumn("Code", 170, row1 -> row1.label(), row1 -> Optional.empty());
        for (int i = 0; i < 3; i++) {
            int index = i;
            coefficientColumn("", 165, row1 -> cell(row1, index),
                    row1 -> index < row1.coefficients().size() ? Optional.of(row1.coefficients().get(index)) : Optional.empty());
        }
        Composite adjudication = new Composite(pairs, SWT.NONE);
        adjudication.setLayout(new GridLayout(4, false));
        disagreements = new TableViewer(adjudication, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        disagreements.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        disagreements.getTable().setHeaderVisible(true);
        disagreements.setContentProvider(ArrayContentProvider.getInstance());
        disagreementColumn("Session", 60, a -> a.document().getSession() == null ? a.document().getName()
                : String.valueOf(a.document().getSession()));
        disagreementColumn("Turn", 40, a -> String.valueOf(a.disagreement().turn()));
        disagreementColumn("Speaker", 60, a -> a.disagreement().speaker());
        disagreementColumn("A", 95, a -> a.disagreement().first());
        disagreementColumn("B", 95, a -> a.disagreement().second());
        disagreementColumn("Decision", 60, this::decision);
        disagreementColumn("Text", 300, a -> a.disagreement().text().replace('\n', ' '));
        disagreements.addSelectionChangedListener(e -> revealSelected());
        new Label(adjudication, SWT.NONE).setText("Adjudicate:");
        acceptFirst = verdictButton(adjudication, "Accept A", TurnVerdict.FIRST);
        acceptSecond = verdictButton(adjudication, "Accept B", TurnVerdict.SECOND);
        verdictButton(adjudication, "Neither", TurnVerdict.NEITHER);
        confusion = new ConfusionChart(pairs, resources);
        pairs.setWeights(57, 43);
        sash.setWeights(45, 55);
        createGuide(parent);
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        fillChoices();
        recompute();
        // decisions belong to the project they were taken in; blind coding begun or ended hides or shows the figures
        ViewEvents.follow(broker, parent, () -> {
            decided.clear();
            refresh();
        }, this::refresh);
    }

    @Focus
    public void focus() {
        // not the table: focusing it would select its first row, which means nothing here
        unitCombo.setFocus();
    }

    @PreDestroy
    public void dispose() {
        computation.cancel();
        codesMenu.dispose();
    }

    /** A code selected elsewhere (e.g. in the codebook) is selected in the table, to find its figures at once. */
    @Inject
    public void selectionChanged(@org.eclipse.e4.core.di.annotations.Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        if (!ready() || shown == null || !(selection instanceof Code code)) {
            return;
        }
        String path = CodePaths.path(code);
        shown.report().rows().stream().filter(row -> row.label().equals(path)).findFirst()
                .ifPresent(row -> coefficients.setSelection(new StructuredSelection(row), true));
    }

    private void refresh() {
        fillChoices();
        recompute();
    }

    /** The coefficients table: one row per code, then the dynamic (turns) or all codes (unitizing). */
    public TableViewer coefficients() {
        return coefficients;
    }

    /** The confusion matrix of two coders' turn dynamics. */
    public ConfusionChart confusion() {
        return confusion;
    }

    /** The turns the two coders disagree on. */
    public TableViewer disagreements() {
        return disagreements;
    }

    /** One check box per coder of the project. */
    public List<Button> coderChoices() {
        return List.copyOf(coderButtons);
    }

    /** One check item per code; none checked means every code the coders applied. */
    public Menu codeChoices() {
        return codesMenu;
    }

    /** Turn, character or unitizing. */
    public Combo unitChoice() {
        return unitCombo;
    }

    /** The name of the coder decisions go to. */
    public Text consensusName() {
        return consensusText;
    }

    /** The line under the tables: what was compared, and what to know to read the figures. */
    public Label status() {
        return status;
    }

    /** The report shown, if any. */
    public Optional<AgreementReport> report() {
        return shown == null ? Optional.empty() : Optional.of(shown.report());
    }

    /**
     * Decides the selected disagreement into the consensus coder, as the buttons do: one undoable edit.
     *
     * @return how many codings the consensus coder got for the turn
     */
    public int decide(TurnVerdict verdict) {
        Object selected = ((IStructuredSelection) disagreements.getSelection()).getFirstElement();
        if (!(selected instanceof Adjudicable turn) || shown == null) {
            status.setText("Select a disagreement first.");
            return 0;
        }
        Request request = shown.request();
        String consensus = consensusText.getText().strip();
        if (consensus.isEmpty()) {
            status.setText("Name the consensus coder first.");
            return 0;
        }
        Coder first = request.coders().get(0);
        Coder second = request.coders().get(1);
        String who = switch (verdict) {
            case FIRST -> "accept " + first.getName();
            case SECOND -> "accept " + second.getName();
            case NEITHER -> "neither";
        };
        try {
            int added = access.edit("Adjudicate turn " + turn.disagreement().turn() + " of " + turn.document().getName() + ": " + who,
                    List.of(request.project()), () -> new Adjudication(request.project(), first, second)
                            .decideTurn(turn.turn(), verdict, shown.compared(), consensus));
            decided.put(turn.key(), verdict);
            moveToTheNextDisagreement(turn);
            status.setText("Turn " + turn.disagreement().turn() + " of " + turn.document().getName() + ": " + who + "; " + consensus
                    + " got " + added + " coding" + (added == 1 ? "" : "s") + ". Undo takes the decision back.");
            return added;
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return 0;
        }
    }

    /** "A" and "B" say whose they are: in the columns' titles and on the buttons that accept them. */
    private void nameTheCoders(List<Coder> coders) {
        boolean two = coders.size() == 2;
        TableColumn[] columns = disagreements.getTable().getColumns();
        columns[3].setText(two ? "A: " + coders.get(0).getName() : "A");
        columns[4].setText(two ? "B: " + coders.get(1).getName() : "B");
        acceptFirst.setText(two ? "Accept A (" + coders.get(0).getName() + ")" : "Accept A");
        acceptSecond.setText(two ? "Accept B (" + coders.get(1).getName() + ")" : "Accept B");
        acceptFirst.getParent().layout(true);
    }

    /** After a decision the next disagreement is selected, so that the user works down the list. */
    private void moveToTheNextDisagreement(Adjudicable decidedTurn) {
        List<?> listed = (List<?>) disagreements.getInput();
        int at = listed.indexOf(decidedTurn);
        if (at >= 0 && at + 1 < listed.size()) {
            Adjudicable next = (Adjudicable) listed.get(at + 1);
            selectNext = next.key();
            disagreements.setSelection(new StructuredSelection(next), true);
        }
    }

    /** Keeps the selection on the disagreement chosen after the last decision when the figures are computed again. */
    private void selectAfterDecision(List<Adjudicable> listed) {
        if (selectNext == null) {
            return;
        }
        String key = selectNext;
        selectNext = null;
        listed.stream().filter(a -> a.key().equals(key)).findFirst()
                .ifPresent(a -> disagreements.setSelection(new StructuredSelection(a), true));
    }

    /** Shows the selected disagreement's turn in the transcript, as clicking it does. */
    public void revealSelected() {
        Object selected = ((IStructuredSelection) disagreements.getSelection()).getFirstElement();
        if (selected instanceof Adjudicable turn) {
            access.reveal(turn.document(), turn.turn().getStart(), turn.turn().getEnd());
        }
    }

    private boolean ready() {
        return coefficients != null && !coefficients.getControl().isDisposed();
    }

    private Button verdictButton(Composite parent, String label, TurnVerdict verdict) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, e -> decide(verdict));
        return button;
    }

    /** The reading guide under the figures: one line of published benchmarks, and the colours of their bands. */
    private void createGuide(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        GridLayout layout = new GridLayout(1 + ReadingGuide.Band.values().length, false);
        layout.marginHeight = 0;
        box.setLayout(layout);
        guide = new Label(box, SWT.WRAP);
        GridData guideData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        // a small hint lets the line wrap inside the view instead of asking for its whole length
        guideData.widthHint = 300;
        guide.setLayoutData(guideData);
        // a label reads "&" as a mnemonic marker: doubled, it shows as itself
        guide.setText(ReadingGuide.LINE.replace("&", "&&"));
        for (ReadingGuide.Band band : ReadingGuide.Band.values()) {
            Label swatch = new Label(box, SWT.BORDER | SWT.CENTER);
            swatch.setText(" " + ReadingGuide.LEGEND.get(band.ordinal()) + " ");
            swatch.setBackground(resources.create(ColorDescriptor.createFrom(band.colour)));
            swatch.setForeground(box.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            legend.add(swatch);
        }
    }

    /** The legend of the coefficients' colours, in band order (good, tentative, poor). */
    public List<Label> legend() {
        return List.copyOf(legend);
    }

    /** The reading guide's line. */
    public Label guide() {
        return guide;
    }

    /** Widens every column of a table to its content and title, never below the width it was made with. */
    private static void packColumns(TableViewer viewer) {
        for (TableColumn column : viewer.getTable().getColumns()) {
            int least = column.getData(LEAST_WIDTH) instanceof Integer w ? w : 0;
            column.pack();
            column.setWidth(Math.max(column.getWidth(), least));
        }
    }

    private void coefficientColumn(String title, int width, Function<CodeAgreement, String> text,
            Function<CodeAgreement, Optional<AgreementResult>> result) {
        TableViewerColumn column = new TableViewerColumn(coefficients, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.getColumn().setData(LEAST_WIDTH, width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof CodeAgreement row ? text.apply(row) : "";
            }

            @Override
            public Color getBackground(Object element) {
                return element instanceof CodeAgreement row ? result.apply(row).flatMap(ReadingGuide::band)
                        .map(band -> resources.create(ColorDescriptor.createFrom(band.colour))).orElse(null) : null;
            }

            @Override
            public String getToolTipText(Object element) {
                if (!(element instanceof CodeAgreement row)) {
                    return null;
                }
                List<String> lines = new ArrayList<>();
                if (row.label().equals(DYNAMIC_ROW)) {
                    shown.report().notes().stream().filter(n -> n.startsWith(DYNAMIC_ROW + ":")).forEach(lines::add);
                }
                result.apply(row).ifPresent(r -> ReadingGuide.reading(r).ifPresent(reading -> lines.add(r.coefficient() + ": " + reading)));
                row.coefficients().stream().filter(r -> !r.defined()).forEach(r -> lines.add(r.coefficient() + ": " + r.explanation()));
                return lines.isEmpty() ? null : String.join("\n", lines);
            }
        });
    }

    /** Widens a column to show its title whole (with room for the header's padding). */
    private static void atLeastItsTitle(org.eclipse.swt.widgets.TableColumn column) {
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(column.getParent());
        try {
            gc.setFont(column.getParent().getFont());
            column.setWidth(Math.max(column.getWidth(), gc.textExtent(column.getText()).x + 40));
        } finally {
            gc.dispose();
        }
    }

    private void disagreementColumn(String title, int width, Function<Adjudicable, String> text) {
        TableViewerColumn column = new TableViewerColumn(disagreements, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        atLeastItsTitle(column.getColumn());
        column.getColumn().setData(LEAST_WIDTH, column.getColumn().getWidth());
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Adjudicable turn ? text.apply(turn) : "";
            }
        });
    }

    /** A coefficient as "0.812 [0.74, 0.88]": the estimate with its 95% interval where there is one. */
    private String cell(CodeAgreement row, int index) {
        if (index >= row.coefficients().size()) {
            return "";
        }
        AgreementResult result = row.coefficients().get(index);
        if (!result.defined()) {
            return "n/a";
        }
        String value = String.format(Locale.ROOT, "%.3f", result.value());
        List<BootstrapInterval> intervals = shown == null ? null : shown.intervals().get(row.label());
        if (intervals != null && index < intervals.size()) {
            BootstrapInterval ci = intervals.get(index);
            // the interval is only shown when it belongs to exactly this estimate
            if (ci.defined() && ci.estimate().value() == result.value()) {
                value += String.format(Locale.ROOT, " [%.2f, %.2f]", ci.lower(), ci.upper());
            }
        }
        return value;
    }

    /** The decision taken for a turn, as long as the consensus coder still has it (undo takes it away). */
    private String decision(Adjudicable turn) {
        TurnVerdict verdict = decided.get(turn.key());
        if (verdict == null) {
            return "";
        }
        return switch (verdict) {
            case FIRST -> turn.consensus().equals(turn.disagreement().first()) ? "A" : "";
            case SECOND -> turn.consensus().equals(turn.disagreement().second()) ? "B" : "";
            case NEITHER -> turn.consensus().equals(TurnDynamics.NONE) ? "neither" : "";
        };
    }

    /** Offers the project's coders and codes; keeps what was chosen where it still exists. */
    private void fillChoices() {
        Set<String> checked = new LinkedHashSet<>();
        for (int i = 0; i < coderButtons.size(); i++) {
            if (coderButtons.get(i).getSelection()) {
                checked.add(coderChoices.get(i).getId());
            }
        }
        boolean first = coderButtons.isEmpty();
        coderButtons.forEach(Button::dispose);
        coderButtons.clear();
        coderChoices.clear();
        codeChoices.clear();
        for (MenuItem item : codesMenu.getItems()) {
            item.dispose();
        }
        Project project = access.project().orElse(null);
        if (project != null) {
            coderChoices.addAll(project.getCoders());
            codeChoices.addAll(CodePaths.allCodes(project).stream().filter(Code::isApplicable).toList());
        }
        chosenCodes.retainAll(codeChoices);
        String consensus = consensusText.getText().strip();
        for (int i = 0; i < coderChoices.size(); i++) {
            Coder coder = coderChoices.get(i);
            Button box = new Button(coderBox, SWT.CHECK);
            box.setText(coder.getName());
            // at first the coders who coded, but never the consensus coder, which is the outcome, not a rater
            box.setSelection(first ? !coder.getName().equalsIgnoreCase(consensus) && coded(project, coder) : checked.contains(coder.getId()));
            box.addListener(SWT.Selection, e -> recompute());
            coderButtons.add(box);
        }
        for (Code code : codeChoices) {
            MenuItem item = new MenuItem(codesMenu, SWT.CHECK);
            item.setText(CodePaths.path(code));
            item.setSelection(chosenCodes.contains(code));
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection()) {
                    chosenCodes.add(code);
                } else {
                    chosenCodes.remove(code);
                }
                recompute();
            });
        }
        labelCodesButton();
        coderBox.getParent().layout(true, true);
    }

    private static boolean coded(Project project, Coder coder) {
        return project.getDocuments().stream().anyMatch(d -> d.getCodings().stream().anyMatch(c -> c.getCoder() == coder));
    }

    private void labelCodesButton() {
        codesButton.setText(chosenCodes.isEmpty() ? "Codes: all used \u25BE" : "Codes: " + chosenCodes.size() + " \u25BE");
        codesButton.getParent().layout(true);
    }

    private void recompute() {
        if (!ready()) {
            return;
        }
        labelCodesButton();
        computation.cancel();
        Project project = access.project().orElse(null);
        List<Coder> coders = new ArrayList<>();
        for (int i = 0; i < coderButtons.size(); i++) {
            if (coderButtons.get(i).getSelection()) {
                coders.add(coderChoices.get(i));
            }
        }
        if (access.isBlind()) {
            // agreement shows the other coders' side; a blind coder must not see it, so say why nothing is shown
            fail(BLIND);
            return;
        }
        if (project == null || coders.size() < 2) {
            shown = null;
            coefficients.setInput(List.of());
            confusion.show(null, "");
            disagreements.setInput(List.of());
            status.setText(project == null ? "Open a project to compare its coders." : "Tick at least two coders to compare.");
            return;
        }
        AgreementReport.Unit unit = AgreementReport.Unit.values()[Math.max(0, unitCombo.getSelectionIndex())];
        List<Code> codes = codeChoices.stream().filter(chosenCodes::contains).toList();
        Request request = new Request(project, List.copyOf(coders), codes, unit, consensusText.getText().strip());
        status.setText("Comparing " + String.join(", ", coders.stream().map(Coder::getName).toList()) + "\u2026");
        // a selection the analysis cannot compare (e.g. a coder twice) is said where the figures would be
        // the model as it is now, taken here on the UI thread; the job reads only this extract
        AnalysisService frozen = analysis.snapshot();
        computation.start("Agreement of coders", monitor -> compute(request, frozen), this::show, refused -> fail(refused.getMessage()));
    }

    /** In the job: reads the snapshot's extract only, and names the live documents, turns and codes in the result. */
    private static Result compute(Request request, AnalysisService frozen) {
        ProjectExtract extract = frozen.extract();
        Comparison comparison = Comparison.of(extract, request.coders(), request.codes());
        List<Code> compared = comparison.codes().stream().map(extract::liveOf).toList();
        if (request.unit() == AgreementReport.Unit.CHARACTER) {
            return new Result(request, frozen.characterAgreement(request.coders(), request.codes()), Map.of(), Optional.empty(),
                    List.of(), compared);
        }
        if (request.unit() == AgreementReport.Unit.UNITIZING) {
            return new Result(request, frozen.unitizingAgreement(request.coders(), request.codes()), Map.of(), Optional.empty(),
                    List.of(), compared);
        }
        TurnAgreement turns = frozen.turnAgreement(request.coders(), request.codes());
        Map<String, List<BootstrapInterval>> intervals = TurnIntervals.of(comparison);
        if (request.coders().size() != 2) {
            return new Result(request, turns.report(), intervals, Optional.empty(), List.of(), compared);
        }
        Optional<Coder> consensus = Lookups.coder(extract.project(), request.consensus());
        TurnDynamics dynamics = new TurnDynamics(comparison.codes());
        Map<Document, int[]> consensusDynamics = new HashMap<>();
        List<Adjudicable> open = new ArrayList<>();
        for (Disagreement d : turns.disagreements()) {
            Document document = comparison.documents().stream().filter(doc -> d.documentId().equals(doc.getId())).findFirst().orElseThrow();
            int[] ofConsensus = consensusDynamics.computeIfAbsent(document, doc -> consensus
                    .map(c -> dynamics.dominant(doc, (Coding coding) -> coding.getCoder() == c)).orElse(null));
            String label = ofConsensus == null ? TurnDynamics.NONE : dynamics.label(ofConsensus[d.turn() - 1]);
            open.add(new Adjudicable(extract.liveOf(document), extract.liveOf(document.getTurns().get(d.turn() - 1)), d, label));
        }
        return new Result(request, turns.report(), intervals, Optional.of(turns.confusion()), open, compared);
    }

    private void fail(String message) {
        shown = null;
        coefficients.setInput(List.of());
        confusion.show(null, "");
        disagreements.setInput(List.of());
        status.setText(message);
    }

    private void show(Result result) {
        shown = result;
        AgreementReport report = result.report();
        List<CodeAgreement> rows = report.rows();
        var columns = coefficients.getTable().getColumns();
        for (int i = 0; i < 3; i++) {
            String name = rows.isEmpty() || i >= rows.get(0).coefficients().size() ? "" : rows.get(0).coefficients().get(i).coefficient();
            columns[i + 1].setText(name.isEmpty() ? "" : name + (report.unit() == AgreementReport.Unit.TURN ? " [95% CI]" : ""));
            atLeastItsTitle(columns[i + 1]);
        }
        coefficients.setInput(rows);
        packColumns(coefficients);
        String why = report.unit() != AgreementReport.Unit.TURN ? "A confusion matrix compares turns: choose the turn unit."
                : result.request().coders().size() != 2 ? "A confusion matrix compares two coders: tick exactly two." : "";
        confusion.show(result.confusion().orElse(null), why);
        disagreements.setInput(result.disagreements());
        nameTheCoders(result.request().coders());
        packColumns(disagreements);
        selectAfterDecision(result.disagreements());
        String interval = report.unit() == AgreementReport.Unit.TURN ? "95% intervals: bootstrap over turns."
                : "No intervals at this unit: characters are not independent units, and unitizing alpha has no bootstrap.";
        String units = switch (report.unit()) {
            case TURN -> report.units() + " turns";
            case CHARACTER -> report.units() + " characters";
            case UNITIZING -> "a continuum of " + report.units() + " characters";
        };
        status.setText(report.documents() + " documents every coder coded, " + units + ". " + interval
                + (result.disagreements().isEmpty() ? "" : " " + result.disagreements().size()
                        + " disagreements: click one to read it, then accept A, B or neither."));
        // the analysis' notes are needed to read the figures, but too long for the line
        status.setToolTipText(String.join("\n", report.notes()));
        status.getParent().layout(true);
    }
}
