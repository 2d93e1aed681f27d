package org.sameboat.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.store.AtomicFile;

/** Exports are written the way the project is saved: all of the new file or the old one, nothing beside it. */
class AtomicFileTest {

    @TempDir
    Path folder;

    @Test
    void writesIntoAFolderItMakes() throws IOException {
        Path target = folder.resolve("reports/2026/report.html");
        AtomicFile.write(target, out -> out.write("<p>kappa</p>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("<p>kappa</p>", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aWriterThatFailsLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("codings.csv");
        Files.writeString(target, "old");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", thrown.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aWriterThatClosesItsStreamStillGetsAWholeFile() throws IOException {
        Path target = folder.resolve("project.qdpx");
        byte[] content = new byte[200_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        AtomicFile.write(target, out -> {
            out.write(content);
            out.close();
        });
        assertEquals(content.length, Files.size(target));
        assertEquals(content[199_999], Files.readAllBytes(target)[199_999]);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
