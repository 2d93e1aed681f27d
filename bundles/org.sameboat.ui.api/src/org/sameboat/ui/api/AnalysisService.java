package org.sameboat.ui.api;

import java.util.List;
import java.util.Optional;

import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.agreement.ReliabilityData;
import org.sameboat.analysis.cooccurrence.CooccurrenceTable;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.cooccurrence.Mode;
import org.sameboat.analysis.cooccurrence.TransitionMatrix;
import org.sameboat.analysis.ena.EnaSet;
import org.sameboat.analysis.extract.ProjectExtract;
import org.sameboat.analysis.ena.GroupPair;
import org.sameboat.analysis.profile.Level;
import org.sameboat.analysis.profile.ProfileTable;
import org.sameboat.analysis.project.AgreementReport;
import org.sameboat.analysis.project.TurnAgreement;
import org.sameboat.analysis.sequence.EventKind;
import org.sameboat.analysis.sequence.LagTable;
import org.sameboat.analysis.spi.AgreementMeasure;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;

/**
 * The analysis engine on the open project. Calls may take a while on large projects: run them in a Job and
 * show the result on the UI thread. Methods throw {@link IllegalStateException} when no project is open.
 * <p>
 * Since 1.5 the two phases are explicit: on the UI thread take {@link #snapshot()}, an analysis service on an
 * immutable extract of the project as it is then; in the job call the snapshot's methods, which read only the
 * extract. The model is never read off the UI thread, so an edit made while the job runs cannot tear its figures.
 * The workbench's own service still answers calls made in a job (as views written for 1.4 do): it takes the extract
 * on the UI thread first, so such a job must not be awaited on the UI thread.
 */
public interface AnalysisService {

    /** Co-occurrence of codes (overlap, same turn or a window of turns), for one coder or pooled, filtered. */
    CooccurrenceTable cooccurrence(List<Code> codes, Mode mode, Filter filter);

    /** How often the dynamic of one turn is followed by another in the next turn. */
    TransitionMatrix transitions(List<Code> codes, Filter filter);

    /**
     * Codes × levels (stage, session, group, role, speaker): coded turns, rates and the chi-square test with
     * adjusted residuals. Under blind mode only the coder at work's codings count.
     *
     * @param codes the rows, in order; empty for every code
     * @since 1.3
     */
    default ProfileTable profile(List<Code> codes, Level by, Filter filter) {
        throw new UnsupportedOperationException("this analysis service predates profiles (view API 1.3)");
    }

    /**
     * Lag-sequential table of turns: given × target events at a lag. Under blind mode only the coder at work's
     * codings decide the events.
     *
     * @param codes the codes competing for a turn's event, in tie-break order; empty for every code (skills: every skill code)
     * @throws IllegalArgumentException when the lag is below 1 or skills are asked for and the project has none
     * @since 1.3
     */
    default LagTable sequence(List<Code> codes, EventKind kind, int lag, Filter filter) {
        throw new UnsupportedOperationException("this analysis service predates sequences (view API 1.3)");
    }

    /**
     * An epistemic network model (rENA's method, as {@code sameboat ena} computes it): moving stanza window, sphere
     * normalised networks per unit, SVD or, with two groups, a means rotation, fitted node positions, fit and the
     * groups' test on dimension 1. Under blind mode only the coder at work's codings count.
     *
     * @param codes the codes, in order; empty for every code some turn in scope carries
     * @param unit speaker, session, group or stage
     * @param groups two values of a field to compare; units are split by the field when it is not the unit
     * @param window the stanza: the turn and the window − 1 turns before it
     * @throws IllegalArgumentException when the window is below 1 or a group value has no unit
     * @since 1.4
     */
    default EnaSet ena(List<Code> codes, Level unit, Optional<GroupPair> groups, int window, Filter filter) {
        throw new UnsupportedOperationException("this analysis service predates epistemic networks (view API 1.4)");
    }

    /** Agreement per turn: per code (applied or not) and on the turn's dynamic, with confusion matrix and disagreements. */
    TurnAgreement turnAgreement(List<Coder> coders, List<Code> codes);

    /** Agreement per character and code (NVivo's definition). */
    AgreementReport characterAgreement(List<Coder> coders, List<Code> codes);

    /** Krippendorff's unitizing alpha per code on the character continuum. */
    AgreementReport unitizingAgreement(List<Coder> coders, List<Code> codes);

    /** Agreement measures that plugins add as OSGi services, beside the built-in ones. */
    List<AgreementMeasure> extraMeasures();

    /** Applies a measure added by a plugin to reliability data. */
    default AgreementResult compute(AgreementMeasure measure, ReliabilityData data) {
        return measure.compute(data);
    }

    /**
     * This analysis on an immutable extract of the open project, taken now: call it on the UI thread, then call the
     * returned service's methods in a job, from any thread. Codes, coders and filters passed to it name the live
     * model's objects, as do its results; its blind mode is the one in force now.
     *
     * @throws IllegalStateException when no project is open or when called off the UI thread
     * @since 1.5
     */
    default AnalysisService snapshot() {
        throw new UnsupportedOperationException("this analysis service predates snapshots (view API 1.5)");
    }

    /**
     * The immutable extract a {@link #snapshot()} computes on, for a view that runs an engine of
     * {@code org.sameboat.analysis} itself: read {@link ProjectExtract#project()} in the job, carry live objects in with
     * {@link ProjectExtract#copyOf} and results back with {@link ProjectExtract#liveOf}. On the workbench's live
     * service it takes a new extract (UI thread only).
     *
     * @since 1.5
     */
    default ProjectExtract extract() {
        throw new UnsupportedOperationException("this analysis service predates extracts (view API 1.5)");
    }
}
