package org.sameboat.ui.handlers;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sameboat.corpus.imports.CsvColumns;
import org.sameboat.corpus.imports.ImportFormat;
import org.sameboat.corpus.imports.Transcript;

/**
 * What the import dialog settled: the files, their format, the columns of an utterance table, and per file the
 * session facts to use where the file's header gives none or the user changed them.
 */
public record ImportPlan(List<Path> files, ImportFormat format, Optional<CsvColumns> columns, Map<Path, HeaderFields> fields) {

    public ImportPlan {
        files = List.copyOf(files);
        fields = Map.copyOf(fields);
    }

    /** Files as they are, format detected per file: what Ctrl+I did before the dialog. */
    public static ImportPlan asTheyAre(List<Path> files) {
        return new ImportPlan(files, ImportFormat.AUTO, Optional.empty(), Map.of());
    }

    /**
     * The transcripts one file gave, with its fields applied; a title names a document only when the file holds
     * one (an utterance table may hold several).
     */
    public List<Transcript> apply(Path file, List<Transcript> parsed) {
        HeaderFields filled = fields.get(file);
        if (filled == null) {
            return parsed;
        }
        HeaderFields used = parsed.size() == 1 ? filled
                : new HeaderFields("", filled.group(), filled.session(), filled.date(), filled.stage(), filled.workers());
        return parsed.stream().map(used::applyTo).toList();
    }
}
