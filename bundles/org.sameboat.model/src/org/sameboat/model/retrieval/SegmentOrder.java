package org.sameboat.model.retrieval;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The columns a list of segments can be sorted by. Every order falls back to document order, so equal keys keep
 * the reading order of the corpus.
 */
public enum SegmentOrder {
    /** Project document order, then position in the document. */
    DOCUMENT, TURN, SPEAKER, CODE, CODER, MEMO, TEXT;

    private static final Collator COLLATOR = Collator.getInstance(Locale.ROOT);

    static {
        COLLATOR.setStrength(Collator.SECONDARY);
    }

    /** Sorts segments of one project by this column, ascending or not; ties stay in document order. */
    public Comparator<Segment> comparator(List<org.sameboat.model.Document> documentOrder, boolean ascending) {
        Comparator<Segment> document = Comparator.<Segment>comparingInt(s -> documentOrder.indexOf(s.document()))
                .thenComparing(Segment::coding, SegmentQuery.WITHIN_DOCUMENT);
        Comparator<Segment> key = switch (this) {
            case DOCUMENT -> document;
            case TURN -> Comparator.comparingInt(Segment::turn);
            case SPEAKER -> Comparator.comparing(Segment::speaker, COLLATOR);
            case CODE -> Comparator.comparing(Segment::code, COLLATOR);
            case CODER -> Comparator.comparing(Segment::coder, COLLATOR);
            case MEMO -> Comparator.comparing(Segment::memo, COLLATOR);
            case TEXT -> Comparator.comparing(Segment::text, COLLATOR);
        };
        Comparator<Segment> directed = ascending ? key : key.reversed();
        return this == DOCUMENT ? directed : directed.thenComparing(document);
    }
}
