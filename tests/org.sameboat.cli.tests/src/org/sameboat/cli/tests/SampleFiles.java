package org.sameboat.cli.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.sameboat.corpus.sample.SampleProject;

/**
 * The turns of the sample project counted from its files (examples/mutual-aid-group, shipped in the corpus bundle under
 * sample/), so that tests follow the sample when its codings change instead of pinning numbers.
 */
final class SampleFiles {

    /** Sessions of the sample: session-01.txt … session-06.txt. */
    static final int SESSIONS = 6;
    /** A turn starts with "[h:mm:ss] Name: " (examples/mutual-aid-group/README.md); other lines continue it. */
    private static final Pattern TURN = Pattern.compile("^\\[\\d+:\\d{2}:\\d{2}\\] [^:\\n]+: ", Pattern.MULTILINE);

    private SampleFiles() {
    }

    private static String text(String name) {
        try (InputStream in = SampleProject.class.getResourceAsStream("/sample/" + name)) {
            assertNotNull(in, name + " is in the corpus bundle");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(name, e);
        }
    }

    /** Turns of all sessions: the lines that start a turn. */
    static int turns() {
        int turns = 0;
        for (int session = 1; session <= SESSIONS; session++) {
            turns += (int) TURN.matcher(text(String.format("session-%02d.txt", session))).results().count();
        }
        return turns;
    }
}
