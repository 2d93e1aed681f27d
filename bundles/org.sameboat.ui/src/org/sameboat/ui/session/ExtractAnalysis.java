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
import org.sameboat.analysis.extract.ProjectExtract;
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
import org.sameboat.ui.api.AnalysisService;

/**
 * The analyses on one immutable extract of the project, with the blind mode that was in force when it was taken:
 * made on the UI thread, used from any thread. It reads nothing of the live model or the session.
 */
final class ExtractAnalysis implements AnalysisService {

    private final ProjectExtract extract;
    /** The coder at work while they code blind (a live object, compared by identity only); empty when not blind. */
    private final Optional<Coder> blindCoder;

    ExtractAnalysis(ProjectExtract extract, Optional<Coder> blindCoder) {
        this.extract = extract;
        this.blindCoder = blindCoder;
    }

    /** While blind, the coder at work's codings alone: a view cannot see others' work through the analysis. */
    private Filter visible(Filter filter) {
        if (blindCoder.isEmpty()) {
            return filter;
        }
        Coder me = blindCoder.get();
        if (filter.coder().isPresent() && filter.coder().get() != me) {
            throw new IllegalArgumentException(WorkbenchAnalysis.BLIND);
        }
        return filter.withCoder(me);
    }

    /** Agreement compares coders: a blind coder may not see the others' side of it. */
    private List<Coder> comparable(List<Coder> coders) {
        if (blindCoder.isPresent()) {
            throw new IllegalArgumentException(WorkbenchAnalysis.BLIND);
        }
        return coders;
    }

    @Override
    public CooccurrenceTable cooccurrence(List<Code> codes, Mode mode, Filter filter) {
        return Cooccurrence.compute(extract, codes, mode, visible(filter));
    }

    @Override
    public TransitionMatrix transitions(List<Code> codes, Filter filter) {
        return Transitions.compute(extract, codes, visible(filter));
    }

    @Override
    public ProfileTable profile(List<Code> codes, Level by, Filter filter) {
        return Profile.compute(extract, codes, by, visible(filter));
    }

    @Override
    public LagTable sequence(List<Code> codes, EventKind kind, int lag, Filter filter) {
        return LagSequential.compute(extract, codes, kind, lag, visible(filter));
    }

    @Override
    public EnaSet ena(List<Code> codes, Level unit, Optional<GroupPair> groups, int window, Filter filter) {
        Accumulation accumulation = Accumulation.of(extract, codes, unit, groups.map(GroupPair::field), window, visible(filter));
        return EnaModel.fit(accumulation, groups);
    }

    @Override
    public TurnAgreement turnAgreement(List<Coder> coders, List<Code> codes) {
        return TurnAgreement.of(Comparison.of(extract, comparable(coders), codes));
    }

    @Override
    public AgreementReport characterAgreement(List<Coder> coders, List<Code> codes) {
        return CharacterAgreement.compute(Comparison.of(extract, comparable(coders), codes));
    }

    @Override
    public AgreementReport unitizingAgreement(List<Coder> coders, List<Code> codes) {
        return UnitizingAgreement.compute(Comparison.of(extract, comparable(coders), codes));
    }

    @Override
    public List<AgreementMeasure> extraMeasures() {
        return AgreementMeasures.registered();
    }

    @Override
    public AnalysisService snapshot() {
        return this;
    }

    @Override
    public ProjectExtract extract() {
        return extract;
    }
}
