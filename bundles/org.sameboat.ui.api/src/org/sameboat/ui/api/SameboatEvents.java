package org.sameboat.ui.api;

/**
 * Event topics the workbench posts through the e4 event broker; the event data is the {@link ProjectAccess}.
 * Subscribe with {@code @Inject @Optional void changed(@UIEventTopic(SameboatEvents.MODEL) ProjectAccess p)}.
 */
public final class SameboatEvents {

    /** Every Sameboat topic. */
    public static final String ALL = "org/sameboat/*";
    /** A project was opened or closed. */
    public static final String PROJECT = "org/sameboat/project";
    /** The model changed: an edit, undo or redo. */
    public static final String MODEL = "org/sameboat/model";
    /** The transcript editor shows another document. */
    public static final String DOCUMENT = "org/sameboat/document";
    /** Whose codings are visible changed (coder layers, blind mode, coder at work). */
    public static final String LAYERS = "org/sameboat/layers";
    /** The project was saved, or has unsaved changes again. */
    public static final String DIRTY = "org/sameboat/dirty";

    private SameboatEvents() {
    }
}
