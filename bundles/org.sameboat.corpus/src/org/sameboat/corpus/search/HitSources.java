package org.sameboat.corpus.search;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.text.DocumentText;

/**
 * What hits take from the model rather than from the index: a document by id and its text by code points, each
 * looked up or made once. Searches run on any thread, so both tables are safe to share.
 */
final class HitSources {

    private final Project project;
    /** The model's documents by id. */
    private volatile Map<String, Document> documentsById = Map.of();
    /**
     * Documents' texts as code points; making one scans the whole text (a long transcript takes longer than finding
     * and highlighting a hit in it). Dropped with their documents.
     */
    private final Map<Document, DocumentText> texts = Collections.synchronizedMap(new WeakHashMap<>());

    HitSources(Project project) {
        this.project = project;
    }

    /**
     * The model document with this id, if the model still has it. Documents come and go through the index's
     * change methods and by undo; the table is made again whenever an id is missing or names a removed document.
     */
    Optional<Document> document(String id) {
        Document document = documentsById.get(id);
        if (document == null || document.eContainer() != project) {
            Map<String, Document> all = new HashMap<>();
            for (Document d : project.getDocuments()) {
                all.put(d.getId(), d);
            }
            documentsById = all;
            document = all.get(id);
        }
        return Optional.ofNullable(document);
    }

    /** A document's text addressed by code points, made once per text. */
    DocumentText text(Document document) {
        DocumentText text = texts.get(document);
        if (text == null || text.string() != document.getText()) {
            text = DocumentText.of(document.getText());
            texts.put(document, text);
        }
        return text;
    }
}
