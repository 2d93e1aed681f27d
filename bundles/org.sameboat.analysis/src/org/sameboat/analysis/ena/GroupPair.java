package org.sameboat.analysis.ena;

import java.util.Locale;

import org.sameboat.analysis.profile.Level;

/**
 * Two groups of units to compare, as values of one field: {@code stage:beginning,ending}.
 *
 * @param field the field the groups are values of (stage, session, group, role or speaker)
 * @param first the first group's value; its units lie on the positive side of dimension 1
 * @param second the second group's value
 */
public record GroupPair(Level field, String first, String second) {

    /**
     * @param text FIELD:A,B
     * @return the pair
     * @throws IllegalArgumentException with a one-line message when the text is not of that form
     */
    public static GroupPair parse(String text) {
        int colon = text.indexOf(':');
        String[] values = colon < 0 ? new String[0] : text.substring(colon + 1).split(",", -1);
        if (colon < 0 || values.length != 2 || values[0].isBlank() || values[1].isBlank()) {
            throw new IllegalArgumentException("--groups must be FIELD:A,B (e.g. stage:beginning,ending), not '" + text + "'");
        }
        String name = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        Level field = null;
        for (Level level : Level.values()) {
            if (level.toString().equals(name)) {
                field = level;
            }
        }
        if (field == null) {
            throw new IllegalArgumentException("--groups field must be stage, session, group, role or speaker, not '" + name + "'");
        }
        String a = values[0].strip();
        String b = values[1].strip();
        if (a.equals(b)) {
            throw new IllegalArgumentException("--groups needs two different values, not '" + a + "' twice");
        }
        return new GroupPair(field, a, b);
    }

    @Override
    public String toString() {
        return field + ":" + first + "," + second;
    }
}
