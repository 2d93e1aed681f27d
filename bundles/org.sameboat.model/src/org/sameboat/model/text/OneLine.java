package org.sameboat.model.text;

/**
 * Turns an exception's message into the one line a user is shown: every error Sameboat reports to a person is a
 * single line, whatever a library put in its message (XML parsers and Lucene break theirs over several lines).
 */
public final class OneLine {

    private OneLine() {
    }

    /** The message on one line, or the exception's kind when it has no message. */
    public static String of(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : of(message);
    }

    /** The text with every run of white space, line breaks included, made one space. */
    public static String of(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
