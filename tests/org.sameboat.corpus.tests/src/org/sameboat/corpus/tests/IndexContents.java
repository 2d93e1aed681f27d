package org.sameboat.corpus.tests;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.sameboat.corpus.search.IndexException;
import org.sameboat.corpus.search.ProjectIndex;
import org.sameboat.model.Document;
import org.sameboat.model.Project;

/** Everything stored in an index, by model id, for comparing two indexes of the same model. */
final class IndexContents {

    private IndexContents() {
    }

    static Map<String, Map<String, List<String>>> of(ProjectIndex index) throws IndexException {
        return index.withSearcher(IndexContents::read);
    }

    private static Map<String, Map<String, List<String>>> read(IndexSearcher searcher) throws java.io.IOException {
        Map<String, Map<String, List<String>>> all = new TreeMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Map<String, List<String>> fields = new TreeMap<>();
                for (IndexableField field : stored.document(doc).getFields()) {
                    fields.computeIfAbsent(field.name(), n -> new java.util.ArrayList<>()).add(field.stringValue() != null
                            ? field.stringValue() : String.valueOf(field.numericValue()));
                }
                all.put(fields.get("id").get(0), fields);
            }
        }
        return all;
    }

    /** Ids of every turn and coding of the model. */
    static Set<String> expectedIds(Project project) {
        Set<String> ids = new HashSet<>();
        for (Document d : project.getDocuments()) {
            d.getTurns().forEach(t -> ids.add(t.getId()));
            d.getCodings().forEach(c -> ids.add(c.getId()));
        }
        return ids;
    }
}
