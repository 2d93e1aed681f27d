package org.sameboat.model.validation;

/**
 * Something wrong with a project, reported rather than repaired so that nothing a user made is changed behind
 * their back.
 *
 * @param severity  ERROR when data is inconsistent, WARNING when it is merely unusual
 * @param elementId id of the element concerned, or "" for the project file itself
 * @param message   one sentence a user can act on
 */
public record Problem(Severity severity, String elementId, String message) {

    public enum Severity {
        WARNING, ERROR
    }

    public static Problem error(String elementId, String message) {
        return new Problem(Severity.ERROR, elementId, message);
    }

    public static Problem warning(String elementId, String message) {
        return new Problem(Severity.WARNING, elementId, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
