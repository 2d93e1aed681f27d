package org.sameboat.corpus.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Turn;
import org.sameboat.model.address.Addressee;
import org.sameboat.model.address.AddresseeRule;
import org.sameboat.model.address.Addressees;
import org.sameboat.model.address.Addressing;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.text.DocumentText;
import org.sameboat.model.text.Turns;

/**
 * Turns model elements into Lucene documents: one per turn, one per coding (its excerpt).
 * <p>
 * A turn document costs about what a bare Lucene document of its words costs, because a corpus has hundreds of
 * thousands of them and they are all written at once when an index is built:
 * <ul>
 * <li>the words are indexed with positions and character offsets, so that a hit's matched words are read from
 * the postings (an index without offsets was a quarter smaller and no faster to build by more than the machine's
 * noise; finding the words by analysing a hit again cost about the same per hit);</li>
 * <li>names (speaker, document, …) are single pre-normalised terms, not analysed;</li>
 * <li>doc values only where counting, a join or a hit reads them: document id, document and speaker names, turn
 * number, session and time; an excerpt's range, which the coding joins read, only on excerpts (under fields of
 * their own: a field must have the same structure in every document that has it);</li>
 * <li>no points: number ranges are answered from doc values;</li>
 * <li>nothing of a turn is stored: a hit finds its turn in the model by document id and turn number (doc values)
 * and takes the words from the model's text, which is in memory anyway; storing them again cost an eighth of a
 * build in compression and a block decompressed per hit shown;</li>
 * <li>an excerpt stores its coding's id, range, code path and coder; its id is also indexed, as
 * {@link SearchFields#EXCERPT_KEY}, the key for updating it (a document's turns are replaced together, by
 * document id).</li>
 * </ul>
 * The documents of one model document come from one {@link Builder}, which reuses its fields from one Lucene
 * document to the next; {@link org.apache.lucene.index.IndexWriter#addDocuments} consumes each before asking for the
 * next.
 */
final class IndexDocuments {

    /** Words: analysed, with positions and character offsets (a hit's matched words come from them), not stored. */
    private static final FieldType WORDS = words();

    private IndexDocuments() {
    }

    private static FieldType words() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /**
     * Every Lucene document of a model document: its turns, then its codings; none when its text is missing. The
     * documents are made one at a time as they are iterated, in reused fields, so iterate once and do not keep them.
     */
    static Iterable<List<IndexableField>> of(Document document) {
        if (document.getText() == null) {
            return List.of();
        }
        return () -> new DocumentIterator(document);
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

    /** The excerpt documents of a model document's codings, made as they are iterated. */
    static Iterable<List<IndexableField>> excerpts(Document document) {
        if (document.getText() == null) {
            return List.of();
        }
        return () -> new DocumentIterator(document, document.getTurns().size());
    }

    /** The excerpt document of one coding, in fields of its own; empty when the coding cannot be indexed. */
    static Optional<List<IndexableField>> excerpt(Document document, DocumentText text, Coding coding) {
        Builder builder = new Builder(document, text);
        return builder.excerpt(coding) ? Optional.of(new ArrayList<>(builder.fields)) : Optional.empty();
    }

    /**
     * Walks the turns, then the codings, skipping those the index leaves out. A document is filled in only by
     * {@link #next()}: the writer asks {@link #hasNext()} before it has consumed the document it was given.
     */
    private static final class DocumentIterator implements Iterator<List<IndexableField>> {
        private final Document document;
        private final Builder builder;
        private final int turns;
        private final int size;
        private int next;

        DocumentIterator(Document document) {
            this(document, 0);
        }

        /** @param from the first element: turns are 0 … turns - 1, codings follow */
        DocumentIterator(Document document, int from) {
            this.document = document;
            this.builder = new Builder(document, DocumentText.of(document.getText()));
            this.turns = document.getTurns().size();
            this.size = turns + document.getCodings().size();
            this.next = from;
        }

        @Override
        public boolean hasNext() {
            while (next < size && !(next < turns ? builder.indexes(document.getTurns().get(next))
                    : builder.indexes(document.getCodings().get(next - turns)))) {
                next++;
            }
            return next < size;
        }

        @Override
        public List<IndexableField> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int at = next++;
            if (at < turns) {
                builder.turn(document.getTurns().get(at), at + 1);
            } else {
                builder.excerpt(document.getCodings().get(at - turns));
            }
            return builder.fields;
        }
    }

    /** The fields of one Lucene document at a time, for the turns and codings of one model document. */
    private static final class Builder {
        private final Document document;
        private final DocumentText text;
        private final List<IndexableField> fields = new ArrayList<>();

        private final StringField kindExcerpt = new StringField(SearchFields.KIND, SearchFields.KIND_EXCERPT, Field.Store.NO);
        private final StoredField id = new StoredField(SearchFields.ID, "");
        private final StringField idKey = new StringField(SearchFields.EXCERPT_KEY, "", Field.Store.NO);
        private final StoredField start = new StoredField(SearchFields.START, 0);
        private final StoredField end = new StoredField(SearchFields.END, 0);
        private final NumericDocValuesField startValue = new NumericDocValuesField(SearchFields.JOIN_START, 0L);
        private final NumericDocValuesField endValue = new NumericDocValuesField(SearchFields.JOIN_END, 0L);
        private final Field words = new Field(SearchFields.TEXT, "", WORDS);
        private final SortedNumericDocValuesField turnValue = new SortedNumericDocValuesField(SearchFields.TURN, 0L);
        private final SortedNumericDocValuesField time = new SortedNumericDocValuesField(SearchFields.TIME, 0L);
        private final StringField speakerKey = new StringField(SearchFields.SPEAKER, "", Field.Store.NO);
        private final SortedDocValuesField speakerValue = new SortedDocValuesField(SearchFields.SPEAKER_NAME, new BytesRef());
        private final StringField roleKey = new StringField(SearchFields.ROLE, "", Field.Store.NO);
        private final StringField toKey = new StringField(SearchFields.TO, "", Field.Store.NO);
        /** The addressee rule of the project's participants, and the turns' addressings, made when first needed. */
        private AddresseeRule rule;
        private List<Addressing> addressings;
        /** The fields every Lucene document of this model document shares, made once. */
        private final List<IndexableField> documentFields = new ArrayList<>();
        private final Map<Participant, Speaker> speakers = new HashMap<>();

        /** A speaker's values, worked out once per model document. */
        private record Speaker(String key, BytesRef value, Optional<String> role) {
        }

        Builder(Document document, DocumentText text) {
            this.document = document;
            this.text = text;
            documentFields.add(new StringField(SearchFields.DOC_ID, document.getId(), Field.Store.NO));
            documentFields.add(new SortedDocValuesField(SearchFields.DOC_ID, new BytesRef(document.getId())));
            String name = document.getName() == null ? document.getId() : document.getName();
            documentFields.add(new StringField(SearchFields.DOC, CorpusAnalyzer.nameKey(name), Field.Store.NO));
            documentFields.add(new SortedDocValuesField(SearchFields.DOC_NAME, new BytesRef(name)));
            if (document.getGroup() != null && document.getGroup().getName() != null) {
                documentFields.add(new StringField(SearchFields.GROUP, CorpusAnalyzer.nameKey(document.getGroup().getName()), Field.Store.NO));
            }
            if (document.getSession() != null) {
                documentFields.add(new SortedNumericDocValuesField(SearchFields.SESSION, document.getSession()));
            }
            if (document.getStage() != null) {
                documentFields.add(new StringField(SearchFields.STAGE, CorpusAnalyzer.nameKey(document.getStage().getLiteral()), Field.Store.NO));
            }
        }

        boolean indexes(Turn turn) {
            return text.contains(turn.getStart(), turn.getEnd());
        }

        boolean indexes(Coding coding) {
            // the validator reports codings without a code or outside the text; the index simply leaves them out
            return coding.getCode() != null && text.contains(coding.getStart(), coding.getEnd());
        }

        /** Fills the fields with a turn's; false when its range lies outside the text. */
        boolean turn(Turn turn, int number) {
            if (!indexes(turn)) {
                return false;
            }
            fields.clear();
            fields.addAll(documentFields);
            addTurnFields(turn, number);
            toKey.setStringValue(CorpusAnalyzer.nameKey(allAddressings().get(number - 1).to().label()));
            fields.add(toKey);
            words.setStringValue(text.slice(turn.getStart(), turn.getEnd()));
            fields.add(words);
            return true;
        }

        /** Fills the fields with a coding's excerpt; false when it has no code or its range lies outside the text. */
        boolean excerpt(Coding coding) {
            if (!indexes(coding)) {
                return false;
            }
            Code code = coding.getCode();
            fields.clear();
            // fields that vary in number are made anew: excerpts are few beside turns
            id.setStringValue(coding.getId());
            idKey.setStringValue(coding.getId());
            fields.add(id);
            fields.add(idKey);
            fields.add(kindExcerpt);
            fields.addAll(documentFields);
            Optional<Turn> turn = Turns.forRange(document, coding.getStart(), coding.getEnd());
            turn.ifPresent(t -> addTurnFields(t, turnNumber(t)));
            Optional<Addressee> to = Addressees.set(coding).or(() -> turn.map(t -> addressing(turnNumber(t) - 1).to()));
            // made anew, not reused: an excerpt's turn fields are already in the list and excerpts are few
            to.ifPresent(a -> fields.add(new StringField(SearchFields.TO, CorpusAnalyzer.nameKey(a.label()), Field.Store.NO)));
            String path = CodePaths.path(code);
            fields.add(new SortedDocValuesField(SearchFields.CODE_PATH, new BytesRef(path)));
            fields.add(new StoredField(SearchFields.CODE_PATH, path));
            Set<String> names = new LinkedHashSet<>();
            for (Code c : CodePaths.selfAndAncestors(code)) {
                names.add(CorpusAnalyzer.nameKey(c.getName()));
                names.add(CorpusAnalyzer.nameKey(CodePaths.path(c)));
            }
            for (String name : names) {
                fields.add(new StringField(SearchFields.CODE, name, Field.Store.NO));
            }
            if (coding.getCoder() != null) {
                fields.add(new StringField(SearchFields.CODER, CorpusAnalyzer.nameKey(coding.getCoder().getName()), Field.Store.NO));
                fields.add(new StoredField(SearchFields.CODER_NAME, coding.getCoder().getName()));
            }
            addRange(coding.getStart(), coding.getEnd());
            startValue.setLongValue(coding.getStart());
            endValue.setLongValue(coding.getEnd());
            fields.add(startValue);
            fields.add(endValue);
            return true;
        }

        private AddresseeRule rule() {
            if (rule == null) {
                rule = Addressees.ruleFor(document);
            }
            return rule;
        }

        /** Every turn's addressing, for indexing all the turns of a document. */
        private List<Addressing> allAddressings() {
            if (addressings == null) {
                addressings = Addressees.of(document, rule());
            }
            return addressings;
        }

        /** One turn's: an excerpt updated on its own does not pay for the whole document's. */
        private Addressing addressing(int turnIndex) {
            return addressings != null ? addressings.get(turnIndex) : Addressees.of(document, turnIndex, rule());
        }

        /** 1-based number of a turn; binary search first, as turns are sorted and documents can be long. */
        private int turnNumber(Turn turn) {
            int index = Turns.indexAt(document.getTurns(), turn.getStart());
            if (index < 0 || document.getTurns().get(index) != turn) {
                index = document.getTurns().indexOf(turn);
            }
            return index + 1;
        }

        private void addTurnFields(Turn turn, int number) {
            turnValue.setLongValue(number);
            fields.add(turnValue);
            if (turn.getTime() != null) {
                time.setLongValue(turn.getTime());
                fields.add(time);
            }
            Participant participant = turn.getSpeaker();
            if (participant != null && participant.getPseudonym() != null) {
                Speaker speaker = speakers.computeIfAbsent(participant, Builder::speaker);
                speakerKey.setStringValue(speaker.key());
                speakerValue.setBytesValue(speaker.value());
                fields.add(speakerKey);
                fields.add(speakerValue);
                if (speaker.role().isPresent()) {
                    roleKey.setStringValue(speaker.role().get());
                    fields.add(roleKey);
                }
            }
        }

        private static Speaker speaker(Participant participant) {
            String name = participant.getPseudonym();
            Optional<String> role = participant.getRole() == null ? Optional.empty()
                    : Optional.of(CorpusAnalyzer.nameKey(participant.getRole().getLiteral().toLowerCase(Locale.ROOT)));
            return new Speaker(CorpusAnalyzer.nameKey(name), new BytesRef(name), role);
        }

        /**
         * An excerpt's range is stored for its hits, and kept as doc values for the coding joins under names of
         * their own, as a field must have the same structure in every document that has it.
         */
        private void addRange(int from, int to) {
            start.setIntValue(from);
            end.setIntValue(to);
            words.setStringValue(text.slice(from, to));
            fields.add(start);
            fields.add(end);
            fields.add(words);
        }
    }
}
