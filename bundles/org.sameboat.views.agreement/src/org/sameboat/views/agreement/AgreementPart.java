package org.sameboat.views.agreement;

import java.util.List;
import java.util.Optional;

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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Text;
import org.sameboat.analysis.adjudicate.Adjudication;
import org.sameboat.analysis.adjudicate.TurnVerdict;
import org.sameboat.analysis.project.AgreementReport;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
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
 * <p>
 * The part wires its pieces: {@link AgreementChoices} make the request, {@link AgreementComputation} computes it off
 * the UI thread, the {@link CoefficientTable}, {@link ConfusionChart} and {@link DisagreementTable} show it, and
 * {@link AgreementStatus} words it.
 */
public final class AgreementPart {

    /** The family of the part's computations, so callers can wait for them ({@code Job.getJobManager().join}). */
    public static final String JOB_FAMILY = "org.sameboat.views.agreement";

    /** What the view says instead of figures while the coder at work codes blind. */
    static final String BLIND = "You are coding blind, so agreement is not shown: it would show the other coders' codings. "
            + "Untick Blind in the transcript's toolbar when you are done coding to compare.";

    private final ProjectAccess access;
    private final AnalysisService analysis;
    private final IEventBroker broker;
    private final LatestComputation computation;
    private AgreementChoices choices;
    private CoefficientTable coefficients;
    private ConfusionChart confusion;
    private DisagreementTable disagreements;
    private GuideLine guide;
    private Label status;
    private AgreementFigures shown;

    @Inject
    public AgreementPart(ProjectAccess access, AnalysisService analysis, UISynchronize sync, IEventBroker broker) {
        this.access = access;
        this.analysis = analysis;
        this.broker = broker;
        this.computation = new LatestComputation(JOB_FAMILY, sync::asyncExec, this::ready);
    }

    @PostConstruct
    public void create(Composite parent) {
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        parent.setLayout(new GridLayout(1, false));
        choices = new AgreementChoices(Choices.bar(parent), this::recompute);
        // the figures across the top; below, the two coders' disagreements to work through beside their confusion matrix
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        coefficients = new CoefficientTable(sash, resources);
        SashForm pairs = new SashForm(sash, SWT.HORIZONTAL);
        disagreements = new DisagreementTable(pairs, access, this::decide);
        confusion = new ConfusionChart(pairs, resources);
        pairs.setWeights(57, 43);
        sash.setWeights(45, 55);
        guide = new GuideLine(parent, resources);
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        refresh();
        // decisions belong to the project they were taken in; blind coding begun or ended hides or shows the figures
        ViewEvents.follow(broker, parent, () -> {
            disagreements.forgetDecisions();
            refresh();
        }, this::refresh);
    }

    @Focus
    public void focus() {
        // not the table: focusing it would select its first row, which means nothing here
        choices.unit().setFocus();
    }

    @PreDestroy
    public void dispose() {
        computation.cancel();
        choices.dispose();
    }

    /** A code selected elsewhere (e.g. in the codebook) is selected in the table, to find its figures at once. */
    @Inject
    public void selectionChanged(@org.eclipse.e4.core.di.annotations.Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        if (ready() && selection instanceof Code code) {
            coefficients.select(CodePaths.path(code));
        }
    }

    private void refresh() {
        choices.refill(access.project().orElse(null));
        recompute();
    }

    /** The coefficients table: one row per code, then the dynamic (turns) or all codes (unitizing). */
    public TableViewer coefficients() {
        return coefficients.viewer();
    }

    /** The confusion matrix of two coders' turn dynamics. */
    public ConfusionChart confusion() {
        return confusion;
    }

    /** The turns the two coders disagree on. */
    public TableViewer disagreements() {
        return disagreements.viewer();
    }

    /** One check box per coder of the project. */
    public List<Button> coderChoices() {
        return choices.coderButtons();
    }

    /** One check item per code; none checked means every code the coders applied. */
    public Menu codeChoices() {
        return choices.codesMenu();
    }

    /** Turn, character or unitizing. */
    public Combo unitChoice() {
        return choices.unit();
    }

    /** The name of the coder decisions go to. */
    public Text consensusName() {
        return choices.consensus();
    }

    /** The line under the tables: what was compared, and what to know to read the figures. */
    public Label status() {
        return status;
    }

    /** The legend of the coefficients' colours, in band order (good, tentative, poor). */
    public List<Label> legend() {
        return guide.legend();
    }

    /** The reading guide's line. */
    public Label guide() {
        return guide.line();
    }

    /** The report shown, if any. */
    public Optional<AgreementReport> report() {
        return Optional.ofNullable(shown).map(AgreementFigures::report);
    }

    /** Shows the selected disagreement's turn in the transcript, as clicking it does. */
    public void revealSelected() {
        disagreements.revealSelected();
    }

    /**
     * Decides the selected disagreement into the consensus coder, as the buttons do: one undoable edit.
     *
     * @return how many codings the consensus coder got for the turn
     */
    public int decide(TurnVerdict verdict) {
        Optional<Adjudicable> selected = disagreements.selected();
        if (selected.isEmpty() || shown == null) {
            status.setText("Select a disagreement first.");
            return 0;
        }
        Adjudicable turn = selected.get();
        AgreementRequest request = shown.request();
        String consensus = choices.consensusName();
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
        List<Code> compared = shown.compared();
        try {
            int added = access.edit("Adjudicate turn " + turn.disagreement().turn() + " of " + turn.document().getName() + ": " + who,
                    List.of(request.project()), () -> new Adjudication(request.project(), first, second)
                            .decideTurn(turn.turn(), verdict, compared, consensus));
            disagreements.decided(turn, verdict);
            status.setText("Turn " + turn.disagreement().turn() + " of " + turn.document().getName() + ": " + who + "; " + consensus
                    + " got " + added + " coding" + (added == 1 ? "" : "s") + ". Undo takes the decision back.");
            return added;
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return 0;
        }
    }

    private boolean ready() {
        return coefficients != null && !coefficients.viewer().getControl().isDisposed();
    }

    private void recompute() {
        if (!ready()) {
            return;
        }
        choices.labelCodesButton();
        computation.cancel();
        Project project = access.project().orElse(null);
        if (access.isBlind()) {
            // agreement shows the other coders' side; a blind coder must not see it, so say why nothing is shown
            fail(BLIND);
            return;
        }
        if (project == null || choices.chosenCoders().size() < 2) {
            fail(project == null ? "Open a project to compare its coders." : "Tick at least two coders to compare.");
            return;
        }
        AgreementRequest request = choices.request(project);
        status.setText("Comparing " + String.join(", ", request.coders().stream().map(Coder::getName).toList()) + "\u2026");
        // a selection the analysis cannot compare (e.g. a coder twice) is said where the figures would be;
        // the model as it is now, taken here on the UI thread; the job reads only this extract
        AnalysisService frozen = analysis.snapshot();
        computation.start("Agreement of coders", monitor -> AgreementComputation.of(request, frozen), this::show,
                refused -> fail(refused.getMessage()));
    }

    private void fail(String message) {
        shown = null;
        coefficients.clear();
        confusion.show(null, "");
        disagreements.clear();
        status.setText(message);
    }

    private void show(AgreementFigures figures) {
        shown = figures;
        coefficients.show(figures);
        confusion.show(figures.confusion().orElse(null), AgreementStatus.noConfusion(figures));
        disagreements.show(figures.disagreements(), figures.request().coders());
        status.setText(AgreementStatus.of(figures));
        // the analysis' notes are needed to read the figures, but too long for the line
        status.setToolTipText(String.join("\n", figures.report().notes()));
        status.getParent().layout(true);
    }
}
