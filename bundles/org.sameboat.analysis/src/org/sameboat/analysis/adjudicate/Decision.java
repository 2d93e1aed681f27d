package org.sameboat.analysis.adjudicate;

/** What the adjudicator decided for one disagreement. */
public enum Decision {
    /** The coding goes into the consensus. */
    KEEP,
    /** The coding stays out of the consensus. */
    DROP,
    /** Not decided yet; it stays on the sheet. */
    OPEN
}
