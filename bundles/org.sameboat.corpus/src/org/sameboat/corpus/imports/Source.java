package org.sameboat.corpus.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file to import, as raw bytes with the name it is reported under.
 *
 * @param name  file name shown in messages and kept as the document's source name
 * @param bytes the file's content
 */
public record Source(String name, byte[] bytes) {

    public Source {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    public static Source read(Path file) throws ImportException {
        try {
            return new Source(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ImportException(file + ": cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /** The name without its last extension, the default document name. */
    public String baseName() {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
