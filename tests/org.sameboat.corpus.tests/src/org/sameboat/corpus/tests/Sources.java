package org.sameboat.corpus.tests;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.sameboat.corpus.imports.Source;
import org.sameboat.corpus.imports.Transcript;
import org.sameboat.model.text.DocumentText;

/** Helpers for building sources and reading parsed turns. */
final class Sources {

    private Sources() {
    }

    static Source utf8(String name, String text) {
        return new Source(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The text of a parsed turn. */
    static String said(Transcript transcript, int turn) {
        Transcript.ParsedTurn t = transcript.turns().get(turn);
        return DocumentText.of(transcript.text()).slice(t.start(), t.end());
    }

    /** The shared test data folder (../shared/data beside the checkout), passed in by the build. */
    static Path sharedData() {
        String folder = System.getProperty("sameboat.shared.data");
        if (folder == null) {
            throw new IllegalStateException("system property sameboat.shared.data is not set; run the tests through Maven");
        }
        return Path.of(folder);
    }
}
