package org.sameboat.corpus.imports;

import java.util.List;

import org.sameboat.model.Document;

/**
 * What an import added.
 *
 * @param documents       the new documents, in the order of the files
 * @param turns           turns added
 * @param newParticipants participants that did not exist before
 * @param warnings        things worth a look that did not stop the import
 */
public record ImportReport(List<Document> documents, int turns, int newParticipants, List<String> warnings) {

    public ImportReport {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
    }
}
