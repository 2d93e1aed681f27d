package org.sameboat.ui.session;

/** Whose codings the transcript shows. */
public enum CoderLayer {
    /** Only the codings of the coder at work. */
    MINE,
    /** Everybody's codings. */
    ALL,
    /** The codings of one other coder, beside nobody else's. */
    OTHER
}
