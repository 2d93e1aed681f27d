package org.sameboat.analysis.profile;

import java.util.Locale;

/** What the columns of a profile are: the levels turns are grouped by. */
public enum Level {
    /** The document's group stage, in the stages' order. */
    STAGE("stage"),
    /** The document's session number, ascending; documents without one last. */
    SESSION("session"),
    /** The document's group, in the order groups first occur in the project. */
    GROUP("group"),
    /** The speaker's role: worker, member, other. */
    ROLE("role"),
    /** The speaker, in the order speakers first speak in the project. */
    SPEAKER("speaker");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /**
     * @param text stage, session, group, role or speaker
     * @return the level
     * @throws IllegalArgumentException naming the choices
     */
    public static Level parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        for (Level level : values()) {
            if (level.label.equals(value)) {
                return level;
            }
        }
        throw new IllegalArgumentException("--by must be stage, session, group, role or speaker, not '" + text + "'");
    }

    @Override
    public String toString() {
        return label;
    }
}
