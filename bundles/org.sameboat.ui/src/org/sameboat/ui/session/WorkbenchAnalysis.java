package org.sameboat.ui.session;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.swt.widgets.Display;
import org.sameboat.analysis.cooccurrence.CooccurrenceTable;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.cooccurrence.Mode;
import org.sameboat.analysis.cooccurrence.TransitionMatrix;
import org.sameboat.analysis.ena.EnaSet;
import org.sameboat.analysis.ena.GroupPair;
import org.sameboat.analysis.extract.ProjectExtract;
import org.sameboat.analysis.profile.Level;
import org.sameboat.analysis.profile.ProfileTable;
import org.sameboat.analysis.project.AgreementReport;
import org.sameboat.analysis.project.TurnAgreement;
import org.sameboat.analysis.sequence.EventKind;
import org.sameboat.analysis.sequence.LagTable;
import org.sameboat.analysis.spi.AgreementMeasure;
import org.sameboat.analysis.spi.AgreementMeasures;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Project;
import org.sameboat.ui.api.AnalysisService;

/**
 * The analysis engine on whatever project the workbench has open. It never reads the live model off the UI thread
 * (see {@link ProjectSession}'s threading contract): {@link #snapshot()} takes an immutable extract on the UI thread
 * and the analyses run on it; a call made in a job (as views written for view API 1.4 do) has the extract taken on
 * the UI thread first. Views refreshing after the same edit share one extract, and the next edit's extract reuses
 * every document it did not change.
 */
public final class WorkbenchAnalysis implements AnalysisService {

    /** Why an analysis refuses while the coder at work codes blind. */
    public static final String BLIND = "You are coding blind: other coders' codings stay hidden until you end blind coding "
            + "(untick Blind in the transcript's toolbar). Agreement compares coders, so it waits until then.";

    private final ProjectSession session;
    private final Display display;
    /** The last extract taken, of which project at which model version: UI thread only. */
    private ProjectExtract latest;
    private Project latestOf;
    private long latestVersion;

    /** Made on the UI thread, whose display it then uses. */
    public WorkbenchAnalysis(ProjectSession session) {
        this.session = session;
        this.display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
    }

    @Override
    public AnalysisService snapshot() {
        requireUiThread();
        Optional<Coder> blind = session.isBlind() ? session.coderAtWork() : Optional.empty();
        return new ExtractAnalysis(extract(), blind);
    }

    @Override
    public ProjectExtract extract() {
        requireUiThread();
        Project project = session.project().orElseThrow(() -> new IllegalStateException("no project is open"));
        if (latest == null || latestOf != project || latestVersion != session.modelVersion()) {
            // from the last extract, re-copying only the documents edited since: a coding costs a copy of its document
            latest = latest == null || latestOf != project ? ProjectExtract.of(project)
                    : ProjectExtract.of(project, latest, session.changesSince(latestVersion));
            latestOf = project;
            latestVersion = session.modelVersion();
        }
        return latest;
    }

    private void requireUiThread() {
        if (display.getThread() != Thread.currentThread()) {
            throw new IllegalStateException("take an extract of the model on the UI thread, which owns it");
        }
    }

    /** A snapshot taken now on the UI thread, whichever thread asks: waits for the UI thread when it is a job. */
    private <T> T onSnapshot(Function<AnalysisService, T> analysis) {
        if (display.getThread() == Thread.currentThread()) {
            return analysis.apply(snapshot());
        }
        AnalysisService[] taken = new AnalysisService[1];
        RuntimeException[] failed = new RuntimeException[1];
        display.syncExec(() -> {
            try {
                taken[0] = snapshot();
            } catch (RuntimeException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
        return analysis.apply(taken[0]);
    }

    @Override
    public CooccurrenceTable cooccurrence(List<Code> codes, Mode mode, Filter filter) {
        return onSnapshot(a -> a.cooccurrence(codes, mode, filter));
    }

    @Override
    public TransitionMatrix transitions(List<Code> codes, Filter filter) {
        return onSnapshot(a -> a.transitions(codes, filter));
    }

    @Override
    public ProfileTable profile(List<Code> codes, Level by, Filter filter) {
        return onSnapshot(a -> a.profile(codes, by, filter));
    }

    @Override
    public LagTable sequence(List<Code> codes, EventKind kind, int lag, Filter filter) {
        return onSnapshot(a -> a.sequence(codes, kind, lag, filter));
    }

    @Override
    public EnaSet ena(List<Code> codes, Level unit, Optional<GroupPair> groups, int window, Filter filter) {
        return onSnapshot(a -> a.ena(codes, unit, groups, window, filter));
    }

    @Override
    public TurnAgreement turnAgreement(List<Coder> coders, List<Code> codes) {
        return onSnapshot(a -> a.turnAgreement(coders, codes));
    }

    @Override
    public AgreementReport characterAgreement(List<Coder> coders, List<Code> codes) {
        return onSnapshot(a -> a.characterAgreement(coders, codes));
    }

    @Override
    public AgreementReport unitizingAgreement(List<Coder> coders, List<Code> codes) {
        return onSnapshot(a -> a.unitizingAgreement(coders, codes));
    }

    @Override
    public List<AgreementMeasure> extraMeasures() {
        return AgreementMeasures.registered();
    }
}
