package org.sameboat.ui.api;

import java.util.List;

import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.agreement.ReliabilityData;
import org.sameboat.analysis.cooccurrence.CooccurrenceTable;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.cooccurrence.Mode;
import org.sameboat.analysis.cooccurrence.TransitionMatrix;
import org.sameboat.analysis.project.AgreementReport;
import org.sameboat.analysis.project.TurnAgreement;
import org.sameboat.analysis.spi.AgreementMeasure;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;

/**
 * The analysis engine on the open project. Calls may take a while on large projects: run them in a Job and
 * show the result on the UI thread. Methods throw {@link IllegalStateException} when no project is open.
 */
public interface AnalysisService {

    /** Co-occurrence of codes (overlap, same turn or a window of turns), for one coder or pooled, filtered. */
    CooccurrenceTable cooccurrence(List<Code> codes, Mode mode, Filter filter);

    /** How often the dynamic of one turn is followed by another in the next turn. */
    TransitionMatrix transitions(List<Code> codes, Filter filter);

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
}
