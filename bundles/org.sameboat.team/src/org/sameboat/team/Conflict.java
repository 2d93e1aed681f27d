package org.sameboat.team;

/**
 * A field both sides changed to different values since their common version: the merge kept {@code ours} (the
 * local value) and records {@code theirs} so that the user can take it instead ({@code team resolve}). Kept is
 * the other case a merge reports (field {@value #WHOLE}, the reason in {@code ours}). Values are JSON, {@code null} for none: an element one side removed and the other changed or still needs, kept so that
 * no work is lost.
 */
public record Conflict(String id, String kind, String field, String ours, String theirs) {

    /** The field name of a conflict that is about a whole element (removed on one side, kept). */
    public static final String WHOLE = "*";

    public String describe() {
        return field.equals(WHOLE) ? kind + " " + id + ": " + ours
                : kind + " " + id + " " + field + ": kept ours " + ours + ", theirs was " + theirs;
    }
}
