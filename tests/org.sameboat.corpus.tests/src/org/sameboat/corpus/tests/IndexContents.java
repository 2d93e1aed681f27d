package org.sameboat.corpus.tests;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.sameboat.corpus.search.IndexException;
import org.sameboat.corpus.search.ProjectIndex;
import org.sameboat.model.Document;
import org.sameboat.model.Project;

/**
 * Everything stored in an index, every doc value and every indexed term, by model id, for comparing two indexes of
 * the same model.
 */
final class IndexContents {

    private IndexContents() {
    }

    static Map<String, Map<String, List<String>>> of(ProjectIndex index) throws IndexException {
        return index.withSearcher(IndexContents::read);
    }

    private static Map<String, Map<String, List<String>>> read(IndexSearcher searcher) throws java.io.IOException {
        Map<String, Map<String, List<String>>> all = new TreeMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            Bits live = reader.getLiveDocs();
            StoredFields stored = reader.storedFields();
            // doc values are read in doc order, one iterator per field and segment
            Map<String, DocIdSetIterator> values = new TreeMap<>();
            for (FieldInfo info : reader.getFieldInfos()) {
                switch (info.getDocValuesType()) {
                    case NUMERIC -> values.put(info.name, reader.getNumericDocValues(info.name));
                    case SORTED -> values.put(info.name, reader.getSortedDocValues(info.name));
                    case SORTED_NUMERIC -> values.put(info.name, reader.getSortedNumericDocValues(info.name));
                    case SORTED_SET -> values.put(info.name, reader.getSortedSetDocValues(info.name));
                    default -> {
                        // binary doc values are not used
                    }
                }
            }
            Map<Integer, Map<String, List<String>>> terms = terms(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Map<String, List<String>> fields = new TreeMap<>(terms.getOrDefault(doc, Map.of()));
                for (IndexableField field : stored.document(doc).getFields()) {
                    fields.computeIfAbsent(field.name(), n -> new java.util.ArrayList<>()).add(field.stringValue() != null
                            ? field.stringValue() : String.valueOf(field.numericValue()));
                }
                for (Map.Entry<String, DocIdSetIterator> field : values.entrySet()) {
                    List<String> read = docValues(field.getValue(), doc);
                    if (!read.isEmpty()) {
                        fields.put(field.getKey() + " (doc values)", read);
                    }
                }
                // excerpts store their coding's id; turns are known by document and number
                List<String> id = fields.get("id");
                all.put(id != null ? id.get(0) : fields.get("docid (doc values)").get(0) + "#" + fields.get("turn (doc values)").get(0), fields);
            }
        }
        return all;
    }

    /** The indexed terms of every document of a segment, by field, in term order. */
    private static Map<Integer, Map<String, List<String>>> terms(LeafReader reader) throws java.io.IOException {
        Map<Integer, Map<String, List<String>>> byDoc = new java.util.HashMap<>();
        for (FieldInfo info : reader.getFieldInfos()) {
            if (info.getIndexOptions() == IndexOptions.NONE) {
                continue;
            }
            TermsEnum terms = reader.terms(info.name).iterator();
            PostingsEnum postings = null;
            for (BytesRef term = terms.next(); term != null; term = terms.next()) {
                String value = term.utf8ToString();
                postings = terms.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    byDoc.computeIfAbsent(doc, d -> new TreeMap<>())
                            .computeIfAbsent(info.name + " (terms)", n -> new java.util.ArrayList<>()).add(value);
                }
            }
        }
        return byDoc;
    }

    private static List<String> docValues(DocIdSetIterator values, int doc) throws java.io.IOException {
        List<String> read = new java.util.ArrayList<>();
        switch (values) {
            case NumericDocValues n when n.advanceExact(doc) -> read.add(String.valueOf(n.longValue()));
            case SortedDocValues s when s.advanceExact(doc) -> read.add(s.lookupOrd(s.ordValue()).utf8ToString());
            case SortedNumericDocValues n when n.advanceExact(doc) -> {
                for (int i = 0; i < n.docValueCount(); i++) {
                    read.add(String.valueOf(n.nextValue()));
                }
            }
            case SortedSetDocValues s when s.advanceExact(doc) -> {
                for (int i = 0; i < s.docValueCount(); i++) {
                    read.add(s.lookupOrd(s.nextOrd()).utf8ToString());
                }
            }
            default -> {
                // no value for this document
            }
        }
        return read;
    }

    /** Keys of every turn (document id # number) and coding (id) of the model. */
    static Set<String> expectedIds(Project project) {
        Set<String> ids = new HashSet<>();
        for (Document d : project.getDocuments()) {
            // a turn is known by its document and number, as a search finds it in the model
            for (int number = 1; number <= d.getTurns().size(); number++) {
                ids.add(d.getId() + "#" + number);
            }
            d.getCodings().forEach(c -> ids.add(c.getId()));
        }
        return ids;
    }
}
