package org.sameboat.analysis.adjudicate;

/** What the adjudicator decided for a turn two coders gave different dynamics (see {@link Adjudication#decideTurn}). */
public enum TurnVerdict {
    /** The first coder's codings of the turn go to the consensus coder. */
    FIRST,
    /** The second coder's codings of the turn go to the consensus coder. */
    SECOND,
    /** Neither: the consensus coder leaves the turn uncoded. */
    NEITHER
}
