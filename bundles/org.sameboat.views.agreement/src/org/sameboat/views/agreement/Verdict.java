package org.sameboat.views.agreement;

/** What the adjudicator decided for a turn the two coders disagree on. */
public enum Verdict {
    /** The first coder's codings of the turn go to the consensus coder. */
    FIRST,
    /** The second coder's codings of the turn go to the consensus coder. */
    SECOND,
    /** Neither: the consensus coder leaves the turn uncoded. */
    NEITHER
}
