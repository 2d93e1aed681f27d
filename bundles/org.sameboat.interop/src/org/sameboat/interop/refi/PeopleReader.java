package org.sameboat.interop.refi;

import java.util.List;

import org.sameboat.model.AttributeDefinition;
import org.sameboat.model.AttributeValue;
import org.sameboat.model.Coder;
import org.sameboat.model.Participant;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.validation.ProjectValidator;
import org.w3c.dom.Element;

/** REFI users become coders; participants come from the Sameboat note only (REFI has no speakers). */
final class PeopleReader {

    private final RefiImportState state;

    PeopleReader(RefiImportState state) {
        this.state = state;
    }

    void readUsers() {
        int n = 0;
        for (Element user : Dom.grandchildren(state.root, "Users", "User")) {
            n++;
            String name = Dom.attr(user, "name").or(() -> Dom.attr(user, "id")).orElse("user " + n);
            Coder coder = state.ids.identify(RefiImportState.F.createCoder(), user, "user '" + name + "'");
            coder.setName(name);
            if (state.sameboat != null) {
                coder.setColour(state.sameboat.coderColoursOrEmpty().get(state.ids.original(coder)));
            }
            state.project.getCoders().add(coder);
            state.coders.put(coder.getId(), coder);
        }
    }

    /** Needs the variables read first: participants' attribute values refer to them. */
    void readParticipants() {
        if (state.sameboat == null) {
            return;
        }
        for (SameboatNote.ParticipantData data : state.sameboat.participantsOrEmpty()) {
            Participant participant = RefiImportState.F.createParticipant();
            participant.setId(state.ids.noteId(data.id(), "participant '" + data.pseudonym() + "'"));
            participant.setPseudonym(data.pseudonym());
            SpeakerRole role = data.role() == null ? null : SpeakerRole.get(data.role());
            participant.setRole(role == null ? SpeakerRole.OTHER : role);
            for (SameboatNote.ValueData value : data.attributes() == null ? List.<SameboatNote.ValueData>of() : data.attributes()) {
                AttributeDefinition definition = state.variables.get(value.definition());
                if (definition == null || value.value() == null || !ProjectValidator.parses(definition, value.value())) {
                    state.warnings.add("participant '" + data.pseudonym()
                            + "' has a value for a variable that does not exist or does not fit; it was left out");
                    continue;
                }
                AttributeValue attribute = RefiImportState.F.createAttributeValue();
                attribute.setDefinition(definition);
                attribute.setValue(value.value());
                participant.getAttributes().add(attribute);
            }
            state.project.getParticipants().add(participant);
            state.participants.put(state.ids.original(participant), participant);
        }
    }
}
