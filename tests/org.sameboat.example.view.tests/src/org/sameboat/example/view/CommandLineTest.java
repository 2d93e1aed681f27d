package org.sameboat.example.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.cli.Cli;
import org.sameboat.cli.Console;

/** With the plugin resolved beside the command line, its view and its measure are offered. */
class CommandLineTest {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        return Cli.standard(new Console(stream, stream)).run(args);
    }

    @Test
    void viewsListsTheSpeakerShareViewFromTheModelFragment() {
        assertEquals(0, run("views"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("org.sameboat.example.view.speakershare\tSpeaker share\torg.sameboat.example.view\n"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void agreeFindsHolstiAsAService() throws IOException {
        Path csv = Files.writeString(temp.resolve("data.csv"), "unit,A,B\n1,x,x\n2,x,y\n3,y,y\n4,y,\n5,z,z\n");
        assertEquals(0, run("agree", "--data", csv.toString(), "--measure", "holsti"), out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Holsti's coefficient of reliability = 0.667\n"),
                out.toString(StandardCharsets.UTF_8));
    }
}
