package org.sameboat.ui.parts;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.sameboat.model.Coding;
import org.sameboat.model.retrieval.SegmentOrder;
import org.sameboat.model.text.DocumentText;
import org.sameboat.ui.parts.SegmentSource.Mark;
import org.sameboat.ui.parts.SegmentSource.Text;
import org.sameboat.ui.parts.SegmentSource.TurnSpan;

/**
 * Makes the Coded segments list from a {@link SegmentSource}: the matching codings with turn, speaker and coded
 * text, sorted as {@link SegmentOrder} says (ties and the default in document order: the project's document
 * order, then start, end, code path and coder). Reads only the source, so it runs in a job.
 */
final class SegmentList {

    /** One row of the list; {@code coding} is a handle for the UI thread (selection, jump, export). */
    record Row(Coding coding, int documentIndex, String document, int turn, String speaker, String code, String coder, String memo,
            String text, int start, int end) {
    }

    private SegmentList() {
    }

    static List<Row> of(SegmentSource source, SegmentOrder order, boolean ascending) {
        List<Row> rows = new ArrayList<>();
        List<Text> documents = source.documents();
        for (int index = 0; index < documents.size(); index++) {
            Text document = documents.get(index);
            DocumentText text = null;
            for (Mark coding : document.codings()) {
                if (!source.matches(document, coding)) {
                    continue;
                }
                if (text == null) {
                    text = DocumentText.of(document.text());
                }
                int turn = turnOf(document.turns(), coding.start(), coding.end());
                rows.add(new Row(coding.handle(), index, document.name(), turn + 1, turn < 0 ? "" : document.turns().get(turn).speaker(),
                        coding.codePath(), coding.coderName(), coding.memo(),
                        text.contains(coding.start(), coding.end()) ? text.slice(coding.start(), coding.end()) : "", coding.start(),
                        coding.end()));
            }
        }
        rows.sort(comparator(order, ascending));
        return List.copyOf(rows);
    }

    /**
     * The index of the turn a coded range belongs to, as {@code Turns.forRange} finds it: the turn containing its
     * first character, else the first turn starting inside the range; -1 when it touches none.
     */
    static int turnOf(List<TurnSpan> turns, int start, int end) {
        int low = 0;
        int high = turns.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            TurnSpan turn = turns.get(mid);
            if (start < turn.start()) {
                high = mid - 1;
            } else if (start >= turn.end()) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        for (int i = 0; i < turns.size(); i++) {
            int turnStart = turns.get(i).start();
            if (turnStart >= start && turnStart < end) {
                return i;
            }
            if (turnStart >= end) {
                break;
            }
        }
        return -1;
    }

    private static Comparator<Row> comparator(SegmentOrder order, boolean ascending) {
        // a collator of its own: collators are not safe to share between threads
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        Comparator<Row> document = Comparator.comparingInt(Row::documentIndex).thenComparingInt(Row::start).thenComparingInt(Row::end)
                .thenComparing(Row::code).thenComparing(Row::coder);
        Comparator<Row> key = switch (order) {
            case DOCUMENT -> document;
            case TURN -> Comparator.comparingInt(Row::turn);
            case SPEAKER -> Comparator.comparing(Row::speaker, collator);
            case CODE -> Comparator.comparing(Row::code, collator);
            case CODER -> Comparator.comparing(Row::coder, collator);
            case MEMO -> Comparator.comparing(Row::memo, collator);
            case TEXT -> Comparator.comparing(Row::text, collator);
        };
        Comparator<Row> directed = ascending ? key : key.reversed();
        return order == SegmentOrder.DOCUMENT ? directed : directed.thenComparing(document);
    }
}
