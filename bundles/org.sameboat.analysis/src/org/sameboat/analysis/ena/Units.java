package org.sameboat.analysis.ena;

import java.util.Optional;

import org.sameboat.analysis.profile.Level;
import org.sameboat.model.Document;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Stage;
import org.sameboat.model.Turn;

/** A turn's value of a field (its unit, or the field groups are compared by); empty where the project does not say. */
final class Units {

    private Units() {
    }

    static Optional<String> value(Level field, Document document, Turn turn) {
        return switch (field) {
            case STAGE -> Optional.of((document.getStage() == null ? Stage.UNSPECIFIED : document.getStage()).toString());
            case SESSION -> Optional.ofNullable(document.getSession()).map(String::valueOf);
            case GROUP -> Optional.ofNullable(document.getGroup()).map(g -> g.getName());
            case ROLE -> Optional.of((turn.getSpeaker() == null ? SpeakerRole.OTHER : turn.getSpeaker().getRole()).toString());
            case SPEAKER -> Optional.ofNullable(turn.getSpeaker()).map(s -> s.getPseudonym());
        };
    }
}
