package org.sameboat.corpus.imports;

/** Hears which file an import is at, for progress bars and command-line output. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress SILENT = (index, total, name) -> {
    };

    /** Called before file number index (0-based) of total is read. */
    void reading(int index, int total, String name);
}
