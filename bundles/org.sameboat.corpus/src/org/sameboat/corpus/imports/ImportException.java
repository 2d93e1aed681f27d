package org.sameboat.corpus.imports;

/** Input that cannot be imported; the message names the file and, where it helps, the line. */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public static ImportException at(String file, int line, String problem) {
        return new ImportException(file + " line " + line + ": " + problem);
    }
}
