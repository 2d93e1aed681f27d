package org.sameboat.analysis.sequence;

import java.util.Locale;

/** What a turn's event is in a sequential analysis. */
public enum EventKind {
    /** The turn's dynamic: its dominant code among all codes (or the chosen ones), {@code none} if uncoded. */
    DYNAMIC("dynamic"),
    /** The turn's dominant worker skill: codes of a skills codebook, {@code none} when the turn has none. */
    SKILL("skill"),
    /** The speaker's role: worker, member or other. */
    ROLE("role"),
    /** Role and dynamic together, e.g. {@code worker: Skills/Reaching for links}. */
    ROLE_CODE("role+code");

    private final String label;

    EventKind(String label) {
        this.label = label;
    }

    /**
     * @param text dynamic, skill, role or role+code
     * @return the kind
     * @throws IllegalArgumentException naming the choices
     */
    public static EventKind parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        for (EventKind kind : values()) {
            if (kind.label.equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("--events must be dynamic, skill, role or role+code, not '" + text + "'");
    }

    @Override
    public String toString() {
        return label;
    }
}
