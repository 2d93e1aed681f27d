package org.sameboat.cli.verbs;

import org.sameboat.model.text.OneLine;

/** Short one-line renderings of coded text for terminal output. */
final class Excerpts {

    private Excerpts() {
    }

    static String shorten(String text, int max) {
        String oneLine = OneLine.of(text);
        return oneLine.length() <= max ? "\"" + oneLine + "\"" : "\"" + oneLine.substring(0, max - 1) + "…\"";
    }
}
