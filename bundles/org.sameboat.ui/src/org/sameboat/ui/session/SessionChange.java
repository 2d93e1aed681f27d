package org.sameboat.ui.session;

/** What changed in a {@link ProjectSession}, so views redraw only what they must. */
public enum SessionChange {
    /** Another project was opened or the project was closed. */
    PROJECT,
    /** The model changed: an edit, undo or redo. */
    MODEL,
    /** The document shown in the transcript editor changed. */
    DOCUMENT,
    /** Which coders' codings are shown changed (layer or blind mode). */
    LAYERS,
    /** The project was saved or became dirty. */
    DIRTY,
    /** A stretch of the shown document should be selected and scrolled into view. */
    REVEAL
}
