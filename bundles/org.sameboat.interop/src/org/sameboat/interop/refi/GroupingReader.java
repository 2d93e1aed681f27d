package org.sameboat.interop.refi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sameboat.model.Case;
import org.sameboat.model.Document;
import org.sameboat.model.Group;
import org.sameboat.model.Participant;
import org.w3c.dom.Element;

/** REFI cases into cases, and sets of sources into groups (a Sameboat document belongs to one group). */
final class GroupingReader {

    private final RefiImportState state;
    private final VariableReader variables;

    GroupingReader(RefiImportState state, VariableReader variables) {
        this.state = state;
        this.variables = variables;
    }

    /** Needs the sources read first. */
    void readCases() {
        Map<String, List<String>> caseParticipants = state.sameboat == null ? Map.of() : state.sameboat.caseParticipantsOrEmpty();
        for (Element element : Dom.grandchildren(state.root, "Cases", "Case")) {
            String name = Dom.attr(element, "name").orElse("(unnamed case)");
            Case c = state.ids.identify(RefiImportState.F.createCase(), element, "case '" + name + "'");
            c.setName(name);
            Dom.childText(element, "Description").ifPresent(c::setDescription);
            variables.readValues(element, c.getAttributes(), "case '" + name + "'");
            for (Element sourceRef : Dom.children(element, "SourceRef")) {
                source(sourceRef, "case '" + name + "'").filter(d -> !c.getDocuments().contains(d)).ifPresent(c.getDocuments()::add);
            }
            state.count("code reference(s) of cases", Dom.children(element, "CodeRef").size());
            state.count("selection reference(s) of cases", Dom.children(element, "SelectionRef").size());
            for (String id : caseParticipants.getOrDefault(state.ids.original(c), List.of())) {
                Participant participant = state.participants.get(id);
                if (participant != null) {
                    c.getParticipants().add(participant);
                }
            }
            state.project.getCases().add(c);
        }
    }

    /** Needs the sources read first. */
    void readSets() {
        for (Element element : Dom.grandchildren(state.root, "Sets", "Set")) {
            String name = Dom.attr(element, "name").orElse("(unnamed set)");
            Group group = state.ids.identify(RefiImportState.F.createGroup(), element, "set '" + name + "'");
            group.setName(name);
            Dom.childText(element, "Description").ifPresent(group::setDescription);
            state.project.getGroups().add(group);
            for (Element member : Dom.children(element, "MemberSource")) {
                source(member, "set '" + name + "'").ifPresent(document -> {
                    if (document.getGroup() == null) {
                        document.setGroup(group);
                    } else {
                        state.warnings.add("source '" + document.getName() + "' is in sets '" + document.getGroup().getName() + "' and '"
                                + name + "'; a Sameboat document belongs to one group, so it stays in the first");
                    }
                });
            }
            state.count("code member(s) of sets", Dom.children(element, "MemberCode").size());
            state.count("note member(s) of sets", Dom.children(element, "MemberNote").size());
        }
    }

    private Optional<Document> source(Element reference, String owner) {
        Optional<String> target = state.ids.ref(reference, "targetGUID");
        if (target.isPresent() && state.documents.containsKey(target.get())) {
            return Optional.of(state.documents.get(target.get()));
        }
        if (target.isEmpty() || !state.skippedSources.contains(target.get())) {
            state.warnings.add(owner + " names source " + target.orElse("(none)") + ", which does not exist; the reference was left out");
        }
        return Optional.empty();
    }
}
