package org.sameboat.views.timeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.sameboat.analysis.extract.ProjectExtract;
import org.sameboat.analysis.project.TurnDynamics;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.ui.api.AnalysisService;
import org.sameboat.ui.api.LatestComputation;
import org.sameboat.ui.api.ProjectAccess;
import org.sameboat.views.widgets.Choices;
import org.sameboat.views.widgets.CoderChoice;
import org.sameboat.views.widgets.Exports;
import org.sameboat.views.widgets.ViewEvents;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One session along time: a lane per speaker, each turn a bar coloured by its dynamic (the code covering most
 * of the turn, for the chosen coder), so one sees who carried which dynamic and how the group moved between
 * them. Clicking a turn shows it in the transcript.
 */
public final class TimelinePart {

    /** The family of the part's computations, so callers can wait for them ({@code Job.getJobManager().join}). */
    public static final String JOB_FAMILY = "org.sameboat.views.timeline";

    /** How a turn with several codings gets its one colour (docs/analysis.md, "Timeline"). */
    static final String HOW_ONE_DYNAMIC = "Each turn shows one dynamic: of the chosen coder's codings (pooled: every visible coder's "
            + "together), the code covering most of the turn's characters; a tie goes to the code first in the codebook. "
            + "Hatched turns have no coding.";

    private final ProjectAccess access;
    private final List<Document> documentChoices = new ArrayList<>();
    private Combo documentCombo;
    private CoderChoice coderChoice;
    private SwimLanes lanes;
    private Label status;
    private Label explanation;
    private final LatestComputation computation;
    private final AnalysisService analysis;
    private final IEventBroker broker;

    @Inject
    public TimelinePart(ProjectAccess access, AnalysisService analysis, UISynchronize sync, IEventBroker broker) {
        this.access = access;
        this.analysis = analysis;
        this.broker = broker;
        this.computation = new LatestComputation(JOB_FAMILY, sync::asyncExec, this::ready);
    }

    @PostConstruct
    public void create(Composite parent) {
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setLayout(new GridLayout(5, false));
        documentCombo = Choices.combo(bar, "Session", this::recompute);
        coderChoice = new CoderChoice(bar, "Dynamics as coded by", access, this::recompute);
        Button png = new Button(bar, SWT.PUSH);
        png.setText("PNG\u2026");
        png.addListener(SWT.Selection, e -> savePng());
        lanes = new SwimLanes(parent, resources);
        lanes.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        lanes.onClick(turn -> access.reveal(turn.turn().getDocument(), turn.turn().getStart(), turn.turn().getEnd()));
        explanation = new Label(parent, SWT.WRAP);
        GridData explained = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
        // a small hint lets the line wrap inside the view instead of asking for its whole length
        explained.widthHint = 200;
        explanation.setLayoutData(explained);
        explanation.setText(HOW_ONE_DYNAMIC);
        coderChoice.combo().setToolTipText(HOW_ONE_DYNAMIC);
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        fillChoices(access.shownDocument().orElse(null));
        recompute();
        // a project opened shows the session the transcript shows; an edit keeps the session chosen; the coder at
        // work may be new to the project, and is offered
        ViewEvents.follow(broker, parent, () -> refresh(access.shownDocument().orElse(null)), () -> refresh(selectedDocument()));
    }

    @Focus
    public void focus() {
        lanes.control().setFocus();
    }

    @PreDestroy
    public void dispose() {
        computation.cancel();
    }

    /** A document selected elsewhere (e.g. in the project explorer) becomes the session shown. */
    @Inject
    public void selectionChanged(@org.eclipse.e4.core.di.annotations.Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        if (ready() && selection instanceof Document document && documentChoices.contains(document)
                && documentChoices.indexOf(document) != documentCombo.getSelectionIndex()) {
            documentCombo.select(documentChoices.indexOf(document));
            recompute();
        }
    }

    private void refresh(Document shown) {
        fillChoices(shown);
        recompute();
    }

    /** The chart, for tests and scripts. */
    public SwimLanes lanes() {
        return lanes;
    }

    /** Which session is shown. */
    public Combo documentChoice() {
        return documentCombo;
    }

    /** Whose codings give the dynamics: all coders pooled, or one. */
    public Combo coderChoice() {
        return coderChoice.combo();
    }

    /** How a turn's one dynamic is chosen, under the chart. */
    public Label explanation() {
        return explanation;
    }

    /** The line under the chart. */
    public Label status() {
        return status;
    }

    /** Writes the chart as the view shows it, as a PNG image. */
    public void exportPng(Path file) throws IOException {
        Exports.png(lanes.snapshot(), file);
    }

    private void savePng() {
        Exports.saveAs(lanes.control().getShell(), "timeline.png", this::exportPng, status::setText);
    }

    private boolean ready() {
        return lanes != null && !lanes.control().isDisposed();
    }

    private Document selectedDocument() {
        int index = documentCombo.getSelectionIndex();
        return index >= 0 && index < documentChoices.size() ? documentChoices.get(index) : null;
    }

    private void fillChoices(Document preferred) {
        documentChoices.clear();
        documentCombo.removeAll();
        access.project().ifPresent(project -> {
            for (Document document : project.getDocuments()) {
                documentChoices.add(document);
                documentCombo.add(label(document));
            }
        });
        documentCombo.select(Math.max(0, documentChoices.indexOf(preferred)));
        // first time: the dynamics as the user at work sees them
        coderChoice.refill(coders -> CoderChoice.POOL, access.coderAtWork());
        documentCombo.getParent().layout(true);
    }

    /** A session as the researcher knows it: its group first, since sessions of different groups share numbers. */
    static String label(Document document) {
        String group = document.getGroup() == null || document.getGroup().getName() == null ? "" : document.getGroup().getName() + " \u00B7 ";
        return group + (document.getSession() == null ? document.getName()
                : "Session " + document.getSession() + (document.getDate() == null ? "" : " \u00B7 " + document.getDate()));
    }

    private void recompute() {
        if (!ready()) {
            return;
        }
        computation.cancel();
        Document document = selectedDocument();
        if (access.project().isEmpty() || document == null) {
            lanes.show(null);
            status.setText("Open a project to see its sessions along time.");
            return;
        }
        Project project = access.project().get();
        List<Code> codes = CodePaths.allCodes(project).stream().filter(Code::isApplicable).toList();
        Coder coder = coderChoice.chosen().orElse(null);
        // the model as it is now, taken here on the UI thread; the job reads only the extract's copies
        ProjectExtract extract = analysis.extract();
        Document copy = extract.copyOf(document);
        Coder chosen = coder == null ? null : extract.copyOf(coder);
        java.util.Set<Coder> visible = java.util.Set.copyOf(extract.copiesOf(access.visibleCoders()));
        TurnDynamics dynamics = new TurnDynamics(extract.copiesOf(codes));
        computation.start("Timeline of " + document.getName(), monitor -> {
            int[] dominant = dynamics.dominant(copy, (Coding c) -> chosen == null ? visible.contains(c.getCoder()) : c.getCoder() == chosen);
            return Timeline.of(copy, dynamics, dominant);
        }, timeline -> show(timeline.naming(document, extract::liveOf), coder));
    }

    private void show(Timeline timeline, Coder coder) {
        lanes.show(timeline);
        long changes = 0;
        for (int i = 1; i < timeline.bars().size(); i++) {
            if (!timeline.bars().get(i).dynamic().equals(timeline.bars().get(i - 1).dynamic())) {
                changes++;
            }
        }
        status.setText(timeline.bars().size() + " turns by " + timeline.speakers().size() + " speakers, "
                + (timeline.timed() ? "along time" : "in order (the transcript has no times)") + "; the dynamic changes "
                + changes + " times, as coded by " + (coder == null ? (access.isBlind() ? "you alone (coding blind)" : "all coders pooled") : coder.getName())
                + ". Click a turn to read it.");
    }
}
