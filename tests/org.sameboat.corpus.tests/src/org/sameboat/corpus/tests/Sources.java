package org.sameboat.corpus.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    /**
     * A file of this test bundle's {@code resources/} folder, under its own file name (which becomes the default
     * document name).
     */
    static Source resource(String path) {
        try (InputStream in = Sources.class.getClassLoader().getResourceAsStream("resources/" + path)) {
            if (in == null) {
                throw new IllegalStateException("resources/" + path + " is not in the test bundle; see build.properties");
            }
            return new Source(path.substring(path.lastIndexOf('/') + 1), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The project's shared test data folder beside the checkout, for the tests tagged {@code shared-data} only: the
     * {@code -Pshared-data} build passes it in; the default build neither sets nor needs it.
     */
    static Path sharedData() {
        String folder = System.getProperty("sameboat.shared.data");
        if (folder == null || !Files.isDirectory(Path.of(folder))) {
            throw new IllegalStateException("no shared test data folder (" + folder + "); run the shared-data suite with ./mvnw -Pshared-data");
        }
        return Path.of(folder);
    }
}
