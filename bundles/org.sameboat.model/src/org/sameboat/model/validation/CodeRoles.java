package org.sameboat.model.validation;

import java.util.List;
import java.util.Optional;

import org.sameboat.model.Code;
import org.sameboat.model.CodeRole;
import org.sameboat.model.Document;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.text.Turns;

/**
 * Whether a coding sits on the kind of turn its code is meant for ({@link Code#getAppliesTo()}). The turn of a
 * coding is the one {@link Turns#forRange} gives (the turn holding its first character); a coding in a document
 * without turns, or on a turn without a speaker, is never flagged. The check informs, it never refuses.
 */
public final class CodeRoles {

    private CodeRoles() {
    }

    /** One sentence saying how a coding of {@code code} over [start, end) breaks its code's role, if it does. */
    public static Optional<String> mismatch(Document document, Code code, int start, int end) {
        if (code == null || code.getAppliesTo() == CodeRole.ANY) {
            return Optional.empty();
        }
        List<Turn> turns = document.getTurns();
        int index = Turns.indexAt(turns, start);
        Turn turn;
        if (index >= 0) {
            turn = turns.get(index);
        } else {
            Optional<Turn> starting = Turns.forRange(document, start, end);
            if (starting.isEmpty()) {
                return Optional.empty();
            }
            turn = starting.get();
            index = turns.indexOf(turn);
        }
        if (turn.getSpeaker() == null) {
            return Optional.empty();
        }
        SpeakerRole wanted = code.getAppliesTo() == CodeRole.WORKER ? SpeakerRole.WORKER : SpeakerRole.MEMBER;
        SpeakerRole role = turn.getSpeaker().getRole();
        if (role == wanted) {
            return Optional.empty();
        }
        return Optional.of("'" + CodePaths.path(code) + "' applies to " + wanted.getLiteral() + " turns, but turn "
                + (index + 1) + " of '" + document.getName() + "' is spoken by " + turn.getSpeaker().getPseudonym() + " ("
                + (role == null ? SpeakerRole.OTHER : role).getLiteral() + ")");
    }
}
