package org.sameboat.corpus.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.text.DocumentText;
import org.sameboat.model.text.Turns;

/**
 * Turns model elements into Lucene documents: one per turn, one per coding (its excerpt). Ids are plain indexed
 * strings (the update key) without doc values, which would cost a sort of every unique id at each flush.
 */
final class IndexDocuments {

    /** Stored, with offsets in the postings so that matches can be located without re-analysing. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private IndexDocuments() {
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /** Every Lucene document of a model document: its turns, then its codings. None when its text is missing. */
    static List<org.apache.lucene.document.Document> of(Document document) {
        List<org.apache.lucene.document.Document> out = new ArrayList<>();
        if (document.getText() == null) {
            return out;
        }
        DocumentText text = DocumentText.of(document.getText());
        List<Turn> turns = document.getTurns();
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            if (text.contains(turn.getStart(), turn.getEnd())) {
                out.add(turn(document, text, turn, i + 1));
            }
        }
        out.addAll(excerpts(document, text));
        return out;
    }

    /** How many Lucene documents {@link #of(Document)} makes, without making them. */
    static int count(Document document) {
        if (document.getText() == null) {
            return 0;
        }
        DocumentText text = DocumentText.of(document.getText());
        int count = 0;
        for (Turn turn : document.getTurns()) {
            count += text.contains(turn.getStart(), turn.getEnd()) ? 1 : 0;
        }
        for (Coding coding : document.getCodings()) {
            count += coding.getCode() != null && text.contains(coding.getStart(), coding.getEnd()) ? 1 : 0;
        }
        return count;
    }

    /** The excerpt documents of a model document's codings. */
    static List<org.apache.lucene.document.Document> excerpts(Document document) {
        return document.getText() == null ? List.of() : excerpts(document, DocumentText.of(document.getText()));
    }

    private static List<org.apache.lucene.document.Document> excerpts(Document document, DocumentText text) {
        List<org.apache.lucene.document.Document> out = new ArrayList<>();
        for (Coding coding : document.getCodings()) {
            excerpt(document, text, coding).ifPresent(out::add);
        }
        return out;
    }

    static org.apache.lucene.document.Document turn(Document document, DocumentText text, Turn turn, int number) {
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(SearchFields.ID, turn.getId(), Field.Store.YES));
        doc.add(new StringField(SearchFields.KIND, SearchFields.KIND_TURN, Field.Store.YES));
        addDocumentFields(doc, document);
        addTurnFields(doc, turn, number);
        addRange(doc, text, turn.getStart(), turn.getEnd());
        return doc;
    }

    static Optional<org.apache.lucene.document.Document> excerpt(Document document, DocumentText text, Coding coding) {
        Code code = coding.getCode();
        if (code == null || !text.contains(coding.getStart(), coding.getEnd())) {
            // the validator reports such codings; the index simply leaves them out
            return Optional.empty();
        }
        org.apache.lucene.document.Document doc = new org.apache.lucene.document.Document();
        doc.add(new StringField(SearchFields.ID, coding.getId(), Field.Store.YES));
        doc.add(new StringField(SearchFields.KIND, SearchFields.KIND_EXCERPT, Field.Store.YES));
        addDocumentFields(doc, document);
        Optional<Turn> turn = Turns.forRange(document, coding.getStart(), coding.getEnd());
        turn.ifPresent(t -> addTurnFields(doc, t, turnNumber(document, t)));
        String path = CodePaths.path(code);
        doc.add(new SortedDocValuesField(SearchFields.CODE_PATH, new BytesRef(path)));
        doc.add(new StoredField(SearchFields.CODE_PATH, path));
        Set<String> names = new LinkedHashSet<>();
        for (Code c : CodePaths.selfAndAncestors(code)) {
            names.add(c.getName());
            names.add(CodePaths.path(c));
        }
        for (String name : names) {
            doc.add(new TextField(SearchFields.CODE, name, Field.Store.NO));
        }
        if (coding.getCoder() != null) {
            doc.add(new TextField(SearchFields.CODER, coding.getCoder().getName(), Field.Store.NO));
            doc.add(new StoredField(SearchFields.CODER_NAME, coding.getCoder().getName()));
        }
        addRange(doc, text, coding.getStart(), coding.getEnd());
        return Optional.of(doc);
    }

    /** 1-based number of a turn; binary search first, as turns are sorted and documents can be long. */
    private static int turnNumber(Document document, Turn turn) {
        int index = Turns.indexAt(document.getTurns(), turn.getStart());
        if (index < 0 || document.getTurns().get(index) != turn) {
            index = document.getTurns().indexOf(turn);
        }
        return index + 1;
    }

    private static void addDocumentFields(org.apache.lucene.document.Document doc, Document document) {
        doc.add(new KeywordField(SearchFields.DOC_ID, document.getId(), Field.Store.YES));
        String name = document.getName() == null ? document.getId() : document.getName();
        doc.add(new TextField(SearchFields.DOC, name, Field.Store.NO));
        doc.add(new SortedDocValuesField(SearchFields.DOC_NAME, new BytesRef(name)));
        doc.add(new StoredField(SearchFields.DOC_NAME, name));
        if (document.getGroup() != null && document.getGroup().getName() != null) {
            doc.add(new TextField(SearchFields.GROUP, document.getGroup().getName(), Field.Store.NO));
        }
        if (document.getSession() != null) {
            doc.add(new IntField(SearchFields.SESSION, document.getSession(), Field.Store.YES));
        }
        if (document.getStage() != null) {
            doc.add(new TextField(SearchFields.STAGE, document.getStage().getLiteral(), Field.Store.NO));
        }
    }

    private static void addTurnFields(org.apache.lucene.document.Document doc, Turn turn, int number) {
        doc.add(new IntField(SearchFields.TURN, number, Field.Store.YES));
        if (turn.getTime() != null) {
            doc.add(new LongField(SearchFields.TIME, turn.getTime(), Field.Store.YES));
        }
        Participant speaker = turn.getSpeaker();
        if (speaker != null && speaker.getPseudonym() != null) {
            doc.add(new TextField(SearchFields.SPEAKER, speaker.getPseudonym(), Field.Store.NO));
            doc.add(new SortedDocValuesField(SearchFields.SPEAKER_NAME, new BytesRef(speaker.getPseudonym())));
            doc.add(new StoredField(SearchFields.SPEAKER_NAME, speaker.getPseudonym()));
            if (speaker.getRole() != null) {
                doc.add(new TextField(SearchFields.ROLE, speaker.getRole().getLiteral().toLowerCase(Locale.ROOT), Field.Store.NO));
            }
        }
    }

    /** The range is read (stored) and joined on (doc values), never searched, so it has no points. */
    private static void addRange(org.apache.lucene.document.Document doc, DocumentText text, int start, int end) {
        doc.add(new NumericDocValuesField(SearchFields.START, start));
        doc.add(new StoredField(SearchFields.START, start));
        doc.add(new NumericDocValuesField(SearchFields.END, end));
        doc.add(new StoredField(SearchFields.END, end));
        doc.add(new Field(SearchFields.TEXT, text.slice(start, end), TEXT_WITH_OFFSETS));
    }
}
