package org.sameboat.model.retrieval;

import java.util.Optional;

import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.text.DocumentText;
import org.sameboat.model.text.Turns;

/**
 * One retrieved coding as a row of the Coded segments list: where it is (document, turn number from 1 or 0 when
 * the document has no turns, the speaker of the turn it begins in), what it is (code path, coder, memo) and the
 * coded text.
 */
public record Segment(Coding coding, Document document, int turn, String speaker, String code, String coder, String memo,
        String text) {

    public static Segment of(Coding coding) {
        Document document = coding.getDocument();
        Optional<Turn> turn = Turns.forRange(document, coding.getStart(), coding.getEnd());
        Participant speaker = turn.map(Turn::getSpeaker).orElse(null);
        String text = "";
        if (document.getText() != null) {
            DocumentText all = DocumentText.of(document.getText());
            if (all.contains(coding.getStart(), coding.getEnd())) {
                text = all.slice(coding.getStart(), coding.getEnd());
            }
        }
        return new Segment(coding, document, turn.map(t -> document.getTurns().indexOf(t) + 1).orElse(0),
                speaker == null || speaker.getPseudonym() == null ? "" : speaker.getPseudonym(),
                coding.getCode() == null ? "" : CodePaths.path(coding.getCode()),
                coding.getCoder() == null || coding.getCoder().getName() == null ? "" : coding.getCoder().getName(),
                coding.getMemo() == null ? "" : coding.getMemo(), text);
    }

    /** The document's name, or its id when it has none. */
    public String documentName() {
        return document.getName() == null ? document.getId() : document.getName();
    }
}
