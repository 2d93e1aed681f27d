package org.sameboat.analysis.project;

import java.util.List;

/**
 * The agreement of coders on a project at one unit of analysis.
 *
 * @param unit the unit of analysis
 * @param coders the coders compared, in selection order
 * @param documents how many documents were compared (those every coder coded)
 * @param units how many units entered: turns, characters, or the continuum's length
 * @param rows one row per code in codebook order, then summary rows (the turn dynamic, or all
 *        codes together for unitizing)
 * @param notes what a reader must know to read the figures, e.g. that overlapping codings were
 *        merged
 */
public record AgreementReport(Unit unit, List<String> coders, int documents, long units,
        List<CodeAgreement> rows, List<String> notes) {

    /** The unit of analysis. */
    public enum Unit {
        /** Each turn, per code applied or not, plus the turn's dynamic as one nominal label. */
        TURN,
        /** Each character, per code coded or not. */
        CHARACTER,
        /** Krippendorff's unitizing alpha on the character continuum. */
        UNITIZING
    }

    /** Copies the lists so the record stays immutable. */
    public AgreementReport {
        coders = List.copyOf(coders);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }
}
