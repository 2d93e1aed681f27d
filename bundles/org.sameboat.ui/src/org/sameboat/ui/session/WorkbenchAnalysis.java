package org.sameboat.ui.session;

import java.util.List;
import java.util.Optional;

import org.sameboat.analysis.cooccurrence.Cooccurrence;
import org.sameboat.analysis.cooccurrence.CooccurrenceTable;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.cooccurrence.Mode;
import org.sameboat.analysis.cooccurrence.TransitionMatrix;
import org.sameboat.analysis.cooccurrence.Transitions;
import org.sameboat.analysis.ena.Accumulation;
import org.sameboat.analysis.ena.EnaModel;
import org.sameboat.analysis.ena.EnaSet;
import org.sameboat.analysis.ena.GroupPair;
import org.sameboat.analysis.profile.Level;
import org.sameboat.analysis.profile.Profile;
import org.sameboat.analysis.profile.ProfileTable;
import org.sameboat.analysis.project.AgreementReport;
import org.sameboat.analysis.project.CharacterAgreement;
import org.sameboat.analysis.project.Comparison;
import org.sameboat.analysis.project.TurnAgreement;
import org.sameboat.analysis.project.UnitizingAgreement;
import org.sameboat.analysis.sequence.EventKind;
import org.sameboat.analysis.sequence.LagSequential;
import org.sameboat.analysis.sequence.LagTable;
import org.sameboat.analysis.spi.AgreementMeasure;
import org.sameboat.analysis.spi.AgreementMeasures;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Project;
import org.sameboat.ui.api.AnalysisService;
import org.sameboat.ui.api.ProjectAccess;

/** The analysis engine on whatever project the workbench has open. */
public final class WorkbenchAnalysis implements AnalysisService {

    /** Why an analysis refuses while the coder at work codes blind. */
    public static final String BLIND = "You are coding blind: other coders' codings stay hidden until you end blind coding "
            + "(untick Blind in the transcript's toolbar). Agreement compares coders, so it waits until then.";

    private final ProjectAccess access;

    public WorkbenchAnalysis(ProjectAccess access) {
        this.access = access;
    }

    private Project project() {
        return access.project().orElseThrow(() -> new IllegalStateException("no project is open"));
    }

    /** While blind, the coder at work's codings alone: a view cannot see others' work through the analysis. */
    private Filter visible(Filter filter) {
        if (!access.isBlind()) {
            return filter;
        }
        Coder me = access.coderAtWork().orElseThrow();
        if (filter.coder().isPresent() && filter.coder().get() != me) {
            throw new IllegalArgumentException(BLIND);
        }
        return filter.withCoder(me);
    }

    /** Agreement compares coders: a blind coder may not see the others' side of it. */
    private List<Coder> comparable(List<Coder> coders) {
        if (access.isBlind()) {
            throw new IllegalArgumentException(BLIND);
        }
        return coders;
    }

    @Override
    public CooccurrenceTable cooccurrence(List<Code> codes, Mode mode, Filter filter) {
        return Cooccurrence.compute(project(), codes, mode, visible(filter));
    }

    @Override
    public TransitionMatrix transitions(List<Code> codes, Filter filter) {
        return Transitions.compute(project(), codes, visible(filter));
    }

    @Override
    public ProfileTable profile(List<Code> codes, Level by, Filter filter) {
        return Profile.compute(project(), codes, by, visible(filter));
    }

    @Override
    public LagTable sequence(List<Code> codes, EventKind kind, int lag, Filter filter) {
        return LagSequential.compute(project(), codes, kind, lag, visible(filter));
    }

    @Override
    public EnaSet ena(List<Code> codes, Level unit, Optional<GroupPair> groups, int window, Filter filter) {
        Accumulation accumulation = Accumulation.of(project(), codes, unit, groups.map(GroupPair::field), window, visible(filter));
        return EnaModel.fit(accumulation, groups);
    }

    @Override
    public TurnAgreement turnAgreement(List<Coder> coders, List<Code> codes) {
        return TurnAgreement.of(Comparison.of(project(), comparable(coders), codes));
    }

    @Override
    public AgreementReport characterAgreement(List<Coder> coders, List<Code> codes) {
        return CharacterAgreement.compute(Comparison.of(project(), comparable(coders), codes));
    }

    @Override
    public AgreementReport unitizingAgreement(List<Coder> coders, List<Code> codes) {
        return UnitizingAgreement.compute(Comparison.of(project(), comparable(coders), codes));
    }

    @Override
    public List<AgreementMeasure> extraMeasures() {
        return AgreementMeasures.registered();
    }
}
