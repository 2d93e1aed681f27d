package org.sameboat.views.ena;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.ena.Comparison;
import org.sameboat.analysis.ena.EnaSet;
import org.sameboat.analysis.ena.Fit;
import org.sameboat.analysis.ena.GroupPair;
import org.sameboat.analysis.profile.Level;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Stage;
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

/**
 * Epistemic network analysis in the workbench, as {@code sameboat ena} computes it: which codes a unit (a speaker,
 * a session, a stage) connects within a moving window of turns, each unit a point in the ENA space, the codes at
 * their fitted positions, and a network drawn on them: all units' mean, one unit's (click its point), one group's,
 * or the difference of two stages compared on dimension 1.
 */
public final class EnaPart {

    /** The family of the part's computations, so callers can wait for them ({@code Job.getJobManager().join}). */
    public static final String JOB_FAMILY = "org.sameboat.views.ena";

    /** The units offered: the ones a group worker compares (a group's units are its sessions' speakers anyway). */
    static final List<Level> UNITS = List.of(Level.SPEAKER, Level.SESSION, Level.STAGE);
    static final int DEFAULT_WINDOW = 4;

    private final ProjectAccess access;
    private final AnalysisService analysis;
    private final IEventBroker broker;
    private final LatestComputation computation;
    private final List<Optional<GroupPair>> comparisonChoices = new ArrayList<>();
    private Combo unitCombo;
    private Spinner windowSpinner;
    private CoderChoice coderChoice;
    private Combo comparisonCombo;
    private Combo networkCombo;
    private NetworkCanvas canvas;
    private Label status;
    private Shown shown;

    /** What was asked for, read on the UI thread. */
    private record Request(Level unit, int window, Optional<GroupPair> groups, Filter filter, String scope) {
    }

    /** A model on screen and what it was computed for. */
    private record Shown(Request request, EnaSet set) {
    }

    @Inject
    public EnaPart(ProjectAccess access, AnalysisService analysis, UISynchronize sync, IEventBroker broker) {
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
        unitCombo = Choices.combo(bar, "Units", this::recompute, UNITS.stream().map(Level::toString).toArray(String[]::new));
        unitCombo.select(0);
        new Label(bar, SWT.NONE).setText("Window");
        windowSpinner = new Spinner(bar, SWT.BORDER);
        windowSpinner.setValues(DEFAULT_WINDOW, 1, 20, 0, 1, 4);
        windowSpinner.setToolTipText("A turn is connected with the codes of the turns before it: the turn and the window \u2212 1 turns before it");
        windowSpinner.addListener(SWT.Selection, e -> recompute());
        coderChoice = new CoderChoice(bar, "Coder", access, this::recompute);
        comparisonCombo = Choices.combo(bar, "Compare", this::recompute);
        networkCombo = Choices.combo(bar, "Network", () -> drawChosenNetwork(-1));
        Button save = new Button(bar, SWT.PUSH);
        save.setText("Export PNG\u2026");
        save.addListener(SWT.Selection, e -> savePng());

        canvas = new NetworkCanvas(parent, resources);
        canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.onUnit(this::drawChosenNetwork);
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        fillChoices();
        recompute();
        // a new coder at work (or blind coding begun or ended) changes whose codings may be counted
        ViewEvents.follow(broker, parent, this::refresh, this::refresh);
    }

    @Focus
    public void focus() {
        canvas.control().setFocus();
    }

    @PreDestroy
    public void dispose() {
        computation.cancel();
    }

    private void refresh() {
        fillChoices();
        recompute();
    }

    /** The drawing. */
    public NetworkCanvas canvas() {
        return canvas;
    }

    /** The line under the drawing: variance, fit and the comparison, or why there is nothing to show. */
    public Label status() {
        return status;
    }

    /** Speaker, session or stage. */
    public Combo unitChoice() {
        return unitCombo;
    }

    /** The stanza window. */
    public Spinner windowChoice() {
        return windowSpinner;
    }

    /** All coders pooled, or one coder. */
    public Combo coderChoice() {
        return coderChoice.combo();
    }

    /** No comparison, or two stages. */
    public Combo comparisonChoice() {
        return comparisonCombo;
    }

    /** The mean network of all units, of either group, or the groups' difference. */
    public Combo networkChoice() {
        return networkCombo;
    }

    /** The model shown, if any. */
    public Optional<EnaSet> model() {
        return Optional.ofNullable(shown).map(Shown::set);
    }

    /** The filter of the model shown (whose codings it counts). */
    public Optional<Filter> filter() {
        return Optional.ofNullable(shown).map(s -> s.request().filter());
    }

    private boolean ready() {
        return canvas != null && !canvas.control().isDisposed();
    }

    /** Offers the coders the user may see and every two stages the project's documents are in; keeps what was chosen. */
    private void fillChoices() {
        String comparison = comparisonCombo.getText();
        comparisonChoices.clear();
        comparisonChoices.add(Optional.empty());
        access.project().ifPresent(project -> {
            List<Stage> stages = Stage.VALUES.stream().filter(s -> s != Stage.UNSPECIFIED)
                    .filter(s -> project.getDocuments().stream().map(Document::getStage).anyMatch(s::equals)).toList();
            // the first stage against the last is what a group worker asks first (did the group change?), so it leads
            for (int gap = stages.size() - 1; gap > 0; gap--) {
                for (int a = 0; a + gap < stages.size(); a++) {
                    comparisonChoices.add(Optional.of(new GroupPair(Level.STAGE, stages.get(a).toString(), stages.get(a + gap).toString())));
                }
            }
        });
        coderChoice.refill();
        comparisonCombo.removeAll();
        comparisonCombo.add("none");
        comparisonChoices.stream().skip(1).map(g -> g.orElseThrow().first() + " vs " + g.get().second()).forEach(comparisonCombo::add);
        comparisonCombo.select(Math.max(0, comparisonCombo.indexOf(comparison)));
        comparisonCombo.getParent().layout(true);
    }

    private Request request() {
        // a blind coder's model is their own: say so, rather than let the service narrow it unseen
        CoderChoice.Scope whose = coderChoice.scope();
        Filter filter = whose.coder().map(Filter.none()::withCoder).orElse(Filter.none());
        String scope = whose.words();
        Level unit = UNITS.get(Math.max(0, unitCombo.getSelectionIndex()));
        return new Request(unit, windowSpinner.getSelection(), comparisonChoices.get(Math.max(0, comparisonCombo.getSelectionIndex())),
                filter, scope);
    }

    /** Starts the model's computation off the UI thread; a newer request makes older results void. */
    private void recompute() {
        if (!ready()) {
            return;
        }
        computation.cancel();
        Optional<Project> project = access.project();
        if (project.isEmpty()) {
            nothing("Open a project to see which codes its speakers, sessions or stages connect.");
            return;
        }
        Request request = request();
        status.setText("Accumulating networks\u2026");
        // the model as it is now, taken here on the UI thread; the job reads only this extract
        AnalysisService frozen = analysis.snapshot();
        computation.start("Epistemic network model",
                monitor -> frozen.ena(List.of(), request.unit(), request.groups(), request.window(), request.filter()),
                set -> show(request, set), refused -> refused(request, refused));
    }

    private void refused(Request request, IllegalArgumentException why) {
        boolean ownOnly = access.isBlind() && request.filter().coder().equals(access.coderAtWork());
        nothing(ownOnly && why.getMessage().startsWith("ENA needs at least two codes")
                ? "Nothing to model: you are coding blind and have fewer than two codes of your own in scope. Code some turns, or end blind coding, to see networks."
                : "Nothing to model (" + request.scope() + "): " + why.getMessage() + ".");
    }

    private void nothing(String why) {
        shown = null;
        networkCombo.removeAll();
        canvas.show(Optional.empty());
        status.setText(why);
        status.getParent().layout(true);
    }

    private void show(Request request, EnaSet set) {
        shown = new Shown(request, set);
        networkCombo.removeAll();
        request.groups().ifPresentOrElse(pair -> {
            networkCombo.add("difference: " + pair.first() + " \u2212 " + pair.second());
            networkCombo.add(pair.first() + " mean");
            networkCombo.add(pair.second() + " mean");
        }, () -> networkCombo.add("mean of all " + request.unit() + "s"));
        networkCombo.select(0);
        networkCombo.getParent().layout(true);
        drawChosenNetwork(-1);
    }

    /** Draws the network of a clicked unit, or with −1 the network chosen in the combo. */
    private void drawChosenNetwork(int unit) {
        if (shown == null) {
            return;
        }
        EnaSet set = shown.set();
        Optional<GroupPair> groups = shown.request().groups();
        double[] network;
        boolean difference = false;
        String title;
        if (unit >= 0) {
            network = set.meanNetwork(List.of(unit));
            title = "network of " + set.accumulation().units().get(unit);
        } else if (groups.isEmpty()) {
            network = set.meanNetwork(java.util.stream.IntStream.range(0, set.points().length).boxed().toList());
            title = "mean network of all " + set.accumulation().units().size() + " " + shown.request().unit() + "s";
        } else {
            GroupPair pair = groups.get();
            double[] first = set.meanNetwork(set.unitsOf(pair.first()));
            double[] second = set.meanNetwork(set.unitsOf(pair.second()));
            switch (Math.max(0, networkCombo.getSelectionIndex())) {
                case 1 -> {
                    network = first;
                    title = "mean network of " + pair.first();
                }
                case 2 -> {
                    network = second;
                    title = "mean network of " + pair.second();
                }
                default -> {
                    network = new double[first.length];
                    for (int p = 0; p < network.length; p++) {
                        network[p] = first[p] - second[p];
                    }
                    difference = true;
                    title = "connections stronger in " + pair.first() + " (blue) and in " + pair.second() + " (red)";
                }
            }
        }
        canvas.show(Optional.of(new NetworkCanvas.Drawing(set, groups, network, difference, unit, title)));
        status.setText(summary(shown.request(), set) + (unit >= 0
                ? " Showing " + set.accumulation().units().get(unit) + "'s network; choose a network above to go back."
                : " Click a point to see that unit's network."));
        status.getParent().layout(true);
    }

    /** Variance, fit and the comparison in words a group worker reads. */
    static String summary(Request request, EnaSet set) {
        StringBuilder text = new StringBuilder();
        // compared by a field that is not the unit, each unit is split by it: "Lee (beginning)" is a unit of its own
        String units = request.groups().filter(g -> g.field() != request.unit())
                .map(g -> " units (each " + request.unit() + " in each " + g.field() + ")").orElse(" " + request.unit() + "s");
        text.append(String.format(Locale.ROOT, "%d%s, %d codes, window %d, %s. ", set.accumulation().units().size(), units,
                set.accumulation().codes().size(), request.window(), request.scope()));
        text.append(String.format(Locale.ROOT, "Dimension 1 holds %s of the variance", percent(set.variance()[0])));
        if (set.dimensions() > 1) {
            text.append(String.format(Locale.ROOT, ", dimension 2 %s", percent(set.variance()[1])));
        }
        text.append(". Fit (Pearson): ");
        List<String> fits = new ArrayList<>();
        for (Fit fit : set.fit()) {
            fits.add(String.format(Locale.ROOT, "%s on dimension %d", Double.isNaN(fit.pearson()) ? "n/a"
                    : String.format(Locale.ROOT, "%.3f", fit.pearson()), fit.dimension()));
        }
        text.append(String.join(", ", fits));
        boolean trusted = set.fit().stream().allMatch(f -> f.pearson() >= 0.9);
        text.append(trusted ? " (the node positions explain the points)." : " (below 0.9: read the points, not the node positions).");
        set.comparison().ifPresent(c -> text.append(' ').append(comparison(c)));
        return text.toString();
    }

    private static String comparison(Comparison c) {
        GroupPair pair = c.pair();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "On dimension 1, %s (%d units) lies at %+.3f on average, %s (%d) at %+.3f",
                pair.first(), c.n1(), c.mean1(), pair.second(), c.n2(), c.mean2()));
        if (c.undefined().isPresent() || Double.isNaN(c.t())) {
            return text.append(": no test, ").append(c.undefined().orElse("too few units")).append('.').toString();
        }
        text.append(String.format(Locale.ROOT, ": Welch's t = %.2f, df %.1f, p = %s; Cohen's d = %.2f. ", c.t(), c.df(), p(c.tP()), c.cohensD()));
        text.append(c.tP() < 0.05
                ? "The two stages' networks differ more than the units within each stage differ from each other"
                : "The difference is not larger than the spread of the units within each stage");
        text.append(String.format(Locale.ROOT, " (a %s effect); with few units, read the networks and their turns too.", effect(c.cohensD())));
        return text.toString();
    }

    private static String effect(double d) {
        double size = Math.abs(d);
        return size >= 0.8 ? "large" : size >= 0.5 ? "medium" : size >= 0.2 ? "small" : "negligible";
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    static String p(double p) {
        return Double.isNaN(p) ? "n/a" : p < 0.001 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.3f", p);
    }

    /** Writes the drawing as it is on screen, at its size, to a PNG file. */
    public void exportPng(Path file) throws IOException {
        Exports.png(canvas.snapshot(), file);
    }

    private void savePng() {
        Exports.saveAs(canvas.control().getShell(), "ena.png", this::exportPng, status::setText);
    }
}
