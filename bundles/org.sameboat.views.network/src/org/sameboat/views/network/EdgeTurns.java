package org.sameboat.views.network;

import java.util.ArrayList;
import java.util.List;

import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.network.NetworkNode;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.address.Addressee;
import org.sameboat.model.address.AddresseeRule;
import org.sameboat.model.address.Addressees;
import org.sameboat.model.address.Addressing;

/** The turns behind an edge of the network: spoken by its source, addressed to its target, in scope. */
final class EdgeTurns {

    private EdgeTurns() {
    }

    static List<Turn> of(Project project, Filter filter, NetworkNode from, NetworkNode to) {
        List<Turn> out = new ArrayList<>();
        AddresseeRule rule = AddresseeRule.of(project.getParticipants());
        for (Document document : project.getDocuments()) {
            if (!filter.accepts(document)) {
                continue;
            }
            List<Addressing> addressings = Addressees.of(document, rule);
            for (int i = 0; i < document.getTurns().size(); i++) {
                Turn turn = document.getTurns().get(i);
                Participant speaker = turn.getSpeaker();
                if (speaker != null && turn.getEnd() > turn.getStart() && speaker.getId().equals(from.id())
                        && matches(addressings.get(i).to(), to)) {
                    out.add(turn);
                }
            }
        }
        return out;
    }

    private static boolean matches(Addressee addressee, NetworkNode node) {
        return addressee instanceof Addressee.Person person ? person.participant().getId().equals(node.id()) : node.isGroup();
    }
}
