package org.sameboat.views.network;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.extract.ProjectExtract;
import org.sameboat.analysis.network.InteractionNetwork;
import org.sameboat.analysis.network.Network;
import org.sameboat.analysis.network.NetworkEdge;
import org.sameboat.model.Code;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Stage;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.text.DocumentText;
import org.sameboat.ui.api.AnalysisService;
import org.sameboat.ui.api.LatestComputation;
import org.sameboat.ui.api.ProjectAccess;
import org.sameboat.views.widgets.Choices;
import org.sameboat.views.widgets.Exports;
import org.sameboat.views.widgets.ViewEvents;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Who talks to whom, drawn: the network of {@code sameboat network} for the chosen session, stage and code, with
 * the casework index in the status line. Clicking an arrow lists its turns; double-clicking a turn shows it in the
 * transcript. A coder coding blind sees the edges' codings of their own codings alone.
 */
public final class NetworkPart {

    /** The family of the part's computations, so callers can wait for them ({@code Job.getJobManager().join}). */
    public static final String JOB_FAMILY = "org.sameboat.views.network";

    private final ProjectAccess access;
    private final LatestComputation computation;
    private final List<Integer> sessions = new ArrayList<>();
    private final List<Code> codes = new ArrayList<>();
    private final List<Turn> listed = new ArrayList<>();
    private Combo sessionCombo;
    private Combo stageCombo;
    private Combo codeCombo;
    private NodeLinkDiagram diagram;
    private Table turns;
    private Label status;
    private Filter filter = Filter.none();
    private final AnalysisService analysis;
    private final IEventBroker broker;

    @Inject
    public NetworkPart(ProjectAccess access, AnalysisService analysis, UISynchronize sync, IEventBroker broker) {
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
        bar.setLayout(new GridLayout(8, false));
        sessionCombo = Choices.combo(bar, "Session", this::recompute);
        stageCombo = Choices.combo(bar, "Stage", this::recompute);
        codeCombo = Choices.combo(bar, "Code", this::recompute);
        // a code's full path can be long; sized by it, the combo would push the export buttons out of a narrow view
        GridData codeData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        codeData.widthHint = 240;
        codeCombo.setLayoutData(codeData);
        Button png = new Button(bar, SWT.PUSH);
        png.setText("PNG\u2026");
        png.addListener(SWT.Selection, e -> Exports.saveAs(diagram.control().getShell(), "network.png", this::exportPng, this::say));
        Button svg = new Button(bar, SWT.PUSH);
        svg.setText("SVG\u2026");
        svg.addListener(SWT.Selection, e -> Exports.saveAs(diagram.control().getShell(), "network.svg", this::exportSvg, this::say));
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        body.setLayout(new GridLayout(2, false));
        diagram = new NodeLinkDiagram(body, resources);
        diagram.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        diagram.onEdge(this::listTurns);
        turns = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, false, true);
        tableData.widthHint = 360;
        turns.setLayoutData(tableData);
        turns.setHeaderVisible(true);
        for (String title : List.of("Document", "Turn", "Text")) {
            new TableColumn(turns, SWT.NONE).setText(title);
        }
        turns.getColumn(0).setWidth(110);
        turns.getColumn(1).setWidth(45);
        turns.getColumn(2).setWidth(200);
        turns.addListener(SWT.DefaultSelection, e -> {
            int index = turns.getSelectionIndex();
            if (index >= 0 && index < listed.size()) {
                Turn turn = listed.get(index);
                access.reveal(turn.getDocument(), turn.getStart(), turn.getEnd());
            }
        });
        status = new Label(parent, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.BOTTOM, true, false);
        // a small hint lets the label take the view's width and wrap inside it, instead of asking for one long line
        statusData.widthHint = 200;
        status.setLayoutData(statusData);
        fillChoices();
        recompute();
        ViewEvents.follow(broker, parent, this::refresh, this::refresh);
    }

    @Focus
    public void focus() {
        diagram.control().setFocus();
    }

    @PreDestroy
    public void dispose() {
        computation.cancel();
    }

    private void refresh() {
        fillChoices();
        recompute();
    }

    public NodeLinkDiagram diagram() {
        return diagram;
    }

    public Combo sessionChoice() {
        return sessionCombo;
    }

    public Combo stageChoice() {
        return stageCombo;
    }

    /** Sets the status line and lays the view out again, so that a longer sentence wraps instead of being cut. */
    private void say(String sentence) {
        status.setText(sentence);
        status.getParent().layout(new Control[] {status});
    }

    public Combo codeChoice() {
        return codeCombo;
    }

    /** The turns of the edge last clicked. */
    public Table turns() {
        return turns;
    }

    public Label status() {
        return status;
    }

    /** Lists the turns behind an edge, as a click on its arrow does. */
    public void listTurns(int edge) {
        Network network = diagram.network().orElseThrow();
        NetworkEdge e = network.edges().get(edge);
        listed.clear();
        turns.removeAll();
        access.project().ifPresent(project -> listed.addAll(EdgeTurns.of(project, filter, network.nodes().get(e.from()),
                network.nodes().get(e.to()))));
        for (Turn turn : listed) {
            TableItem item = new TableItem(turns, SWT.NONE);
            Document document = turn.getDocument();
            String text = document.getText() == null ? "" : DocumentText.of(document.getText()).slice(turn.getStart(), turn.getEnd());
            item.setText(new String[] {document.getName(), Integer.toString(document.getTurns().indexOf(turn) + 1),
                    text.length() > 120 ? text.substring(0, 119) + "\u2026" : text});
        }
        say(diagram.describe(edge) + ". Double-click a turn to read it in the transcript.");
    }

    public void exportPng(Path file) throws IOException {
        Exports.png(diagram.snapshot(), file);
    }

    public void exportSvg(Path file) throws IOException {
        Files.writeString(file, diagram.svg(), StandardCharsets.UTF_8);
    }


    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(java.util.Locale.ROOT, "%.0f%%", 100 * share);
    }

    private boolean ready() {
        return diagram != null && !diagram.control().isDisposed();
    }

    private void fillChoices() {
        sessions.clear();
        codes.clear();
        access.project().ifPresent(project -> {
            TreeSet<Integer> numbers = new TreeSet<>();
            project.getDocuments().forEach(d -> {
                if (d.getSession() != null) {
                    numbers.add(d.getSession());
                }
            });
            sessions.addAll(numbers);
            codes.addAll(CodePaths.allCodes(project).stream().filter(Code::isApplicable).toList());
        });
        Choices.refill(sessionCombo, "All sessions", sessions.stream().map(s -> "Session " + s).toList(), sessionCombo.getText());
        Choices.refill(stageCombo, "All stages", Stage.VALUES.stream().map(Stage::getLiteral).toList(), stageCombo.getText());
        Choices.refill(codeCombo, "All codes", codes.stream().map(CodePaths::path).toList(), codeCombo.getText());
        sessionCombo.getParent().layout(true);
    }

    private void recompute() {
        if (!ready()) {
            return;
        }
        computation.cancel();
        if (access.project().isEmpty()) {
            diagram.show(null, Map.of());
            say("Open a project to see who talks to whom.");
            return;
        }
        Project project = access.project().get();
        Filter chosen = Filter.none();
        if (sessionCombo.getSelectionIndex() > 0) {
            chosen = chosen.withSession(sessions.get(sessionCombo.getSelectionIndex() - 1));
        }
        if (stageCombo.getSelectionIndex() > 0) {
            chosen = chosen.withStage(Stage.VALUES.get(stageCombo.getSelectionIndex() - 1));
        }
        if (access.isBlind()) {
            // a blind coder's edges carry their own codings alone, as every view's do
            chosen = chosen.withCoder(access.coderAtWork().orElseThrow());
        }
        List<Code> selected = codeCombo.getSelectionIndex() > 0 ? List.of(codes.get(codeCombo.getSelectionIndex() - 1)) : List.of();
        Map<String, RGB> colours = new HashMap<>();
        for (Code code : CodePaths.allCodes(project)) {
            if (code.getColour() != null && code.getColour().matches("#[0-9A-Fa-f]{6}")) {
                int rgb = Integer.parseInt(code.getColour().substring(1), 16);
                colours.put(CodePaths.path(code), new RGB(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff));
            }
        }
        Filter scope = chosen;
        filter = scope;
        // the model as it is now, taken here on the UI thread; the job reads only this extract
        ProjectExtract extract = analysis.extract();
        computation.start("Who talks to whom", monitor -> InteractionNetwork.compute(extract, selected, scope), network -> {
            diagram.show(network, colours);
            listed.clear();
            turns.removeAll();
            var all = network.overall();
            long flagged = network.documents().stream().filter(d -> d.caseworkInAGroup()).count();
            say(all.turns() == 0 ? "No turns with a speaker in scope."
                    : String.format(java.util.Locale.ROOT, "%,d turns in %d document(s): members follow members in %s of the changes"
                            + " of speaker; the worker speaks %s of the turns; %d document(s) look like casework in a group. Click an"
                            + " arrow for its turns.", all.turns(), network.documents().size(), percent(all.memberToMemberShare()),
                            percent(all.workerTurnShare()), flagged));
        });
    }
}
