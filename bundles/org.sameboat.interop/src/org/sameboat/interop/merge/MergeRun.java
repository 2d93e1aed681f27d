package org.sameboat.interop.merge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sameboat.model.AttributeDefinition;
import org.sameboat.model.AttributeValue;
import org.sameboat.model.Case;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Group;
import org.sameboat.model.Identified;
import org.sameboat.model.Memo;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.SegmentSet;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.IdPool;
import org.sameboat.model.text.TextHash;

/** One merge of one other project into the target: the matching state lives here, for this run only. */
final class MergeRun {

    private static final SameboatFactory F = SameboatFactory.eINSTANCE;

    private final Project target;
    private final Project other;
    private final String label;
    private final MergeReport.Builder report;
    /** Every element of the other project that was matched or copied, to its counterpart in the target. */
    private final Map<EObject, EObject> counterpart = new HashMap<>();
    private IdPool ids;
    private final Map<String, Identified> byId = new HashMap<>();
    private int renamedIds;

    MergeRun(Project target, Project other, String label, MergeReport.Builder report) {
        this.target = target;
        this.other = other;
        this.label = label;
        this.report = report;
    }

    void run() {
        ids = IdPool.of(target);
        EcoreUtil.getAllContents(target, true).forEachRemaining(o -> {
            if (o instanceof Identified identified && identified.getId() != null) {
                byId.put(identified.getId(), identified);
            }
        });
        other.getCoders().forEach(this::coder);
        other.getAttributeDefinitions().forEach(this::definition);
        other.getCodebooks().forEach(this::codebook);
        other.getGroups().forEach(this::group);
        other.getParticipants().forEach(this::participant);
        other.getDocuments().forEach(this::document);
        other.getMemos().forEach(this::memo);
        other.getCases().forEach(this::kase);
        other.getSegmentSets().forEach(this::segmentSet);
        if (renamedIds > 0) {
            report.renamed(renamedIds + " element(s) from " + label + " got new ids because theirs were taken by other elements here");
        }
    }

    @SuppressWarnings("unchecked")
    private <T extends EObject> T mapped(T element) {
        return element == null ? null : (T) counterpart.get(element);
    }

    /** The same id when it is free here, else a new one (counted for the report). */
    private String idFor(Identified element) {
        String id = ids.claim(element.getId());
        if (!id.equals(element.getId())) {
            renamedIds++;
        }
        return id;
    }

    /**
     * A new element of the same class with every stored attribute of the original, written out by no one: an
     * attribute added to the model is merged without a change here. The id is the original's when it is free;
     * references and containment are the caller's to map.
     */
    @SuppressWarnings("unchecked")
    private <T extends Identified> T copyOf(T element) {
        T copy = (T) EcoreUtil.create(element.eClass());
        copyAttributes(element, copy);
        copy.setId(idFor(element));
        return copy;
    }

    /** Copies the attributes that are saved (not derived, not transient) and can be set. */
    @SuppressWarnings("unchecked")
    private static void copyAttributes(EObject from, EObject to) {
        for (EAttribute attribute : from.eClass().getEAllAttributes()) {
            if (!attribute.isChangeable() || attribute.isDerived() || attribute.isTransient()) {
                continue;
            }
            if (attribute.isMany()) {
                ((List<Object>) to.eGet(attribute)).addAll((List<?>) from.eGet(attribute));
            } else if (from.eIsSet(attribute)) {
                to.eSet(attribute, from.eGet(attribute));
            }
        }
    }

    private <T extends Identified> Optional<T> sameId(Identified element, Class<T> type) {
        Identified found = byId.get(element.getId());
        return type.isInstance(found) ? Optional.of(type.cast(found)) : Optional.empty();
    }

    private void coder(Coder coder) {
        Optional<Coder> byIdMatch = sameId(coder, Coder.class);
        if (byIdMatch.isPresent()) {
            counterpart.put(coder, byIdMatch.get());
            if (!Objects.equals(coder.getName(), byIdMatch.get().getName())) {
                report.conflict("coder '" + byIdMatch.get().getName() + "' is called '" + coder.getName() + "' in " + label
                        + "; kept this name");
            }
            return;
        }
        Optional<Coder> byName = target.getCoders().stream()
                .filter(c -> c.getName() != null && c.getName().equalsIgnoreCase(coder.getName())).findFirst();
        if (byName.isPresent()) {
            counterpart.put(coder, byName.get());
            report.warning("coder '" + coder.getName() + "' of " + label + " was matched by name only; check it is the same person");
            return;
        }
        Coder copy = copyOf(coder);
        target.getCoders().add(copy);
        counterpart.put(coder, copy);
        report.added("coder '" + coder.getName() + "'");
    }

    private void definition(AttributeDefinition definition) {
        Optional<AttributeDefinition> match = sameId(definition, AttributeDefinition.class)
                .or(() -> target.getAttributeDefinitions().stream().filter(d -> Objects.equals(d.getName(), definition.getName())).findFirst());
        if (match.isPresent() && match.get().getType() == definition.getType()) {
            counterpart.put(definition, match.get());
            return;
        }
        AttributeDefinition copy = copyOf(definition);
        if (match.isPresent()) {
            copy.setName(definition.getName() + " (" + definition.getType().getLiteral() + ")");
            report.renamed("attribute '" + definition.getName() + "' of " + label + " is a " + definition.getType().getLiteral()
                    + " here a " + match.get().getType().getLiteral() + "; it was added as '" + copy.getName() + "'");
        } else {
            report.added("attribute '" + definition.getName() + "'");
        }
        target.getAttributeDefinitions().add(copy);
        counterpart.put(definition, copy);
    }

    private void codebook(Codebook codebook) {
        Codebook into = sameId(codebook, Codebook.class)
                .or(() -> target.getCodebooks().stream().filter(b -> Objects.equals(b.getName(), codebook.getName())).findFirst())
                .orElse(null);
        Map<String, Code> byPath = new HashMap<>();
        CodePaths.allCodes(target).forEach(c -> byPath.putIfAbsent(CodePaths.key(c), c));
        int matched = 0;
        int added = 0;
        for (Code code : CodePaths.allCodes(codebook)) {
            Optional<Code> match = sameId(code, Code.class).or(() -> Optional.ofNullable(byPath.get(CodePaths.key(code))));
            if (match.isPresent()) {
                counterpart.put(code, match.get());
                compare(code, match.get());
                matched++;
                continue;
            }
            // the code alone, its children come on their own turn; its starts name the other project's code ids,
            // which resolve when both projects are copies of one (the usual merge)
            Code copy = copyOf(code);
            Code parent = mapped(code.getParent());
            if (parent != null) {
                parent.getChildren().add(copy);
            } else {
                if (into == null) {
                    into = copyOf(codebook);
                    target.getCodebooks().add(into);
                    report.added("codebook '" + codebook.getName() + "'");
                }
                into.getCodes().add(copy);
            }
            byPath.put(CodePaths.key(copy), copy);
            counterpart.put(code, copy);
            added++;
            report.added("code '" + CodePaths.path(copy) + "'");
        }
        if (into == null && codebook.getCodes().isEmpty()) {
            // a codebook still without codes is the user's all the same: it is kept, not dropped for being empty
            into = copyOf(codebook);
            target.getCodebooks().add(into);
            report.added("codebook '" + codebook.getName() + "' (no codes yet)");
        }
        if (into != null) {
            // memos about the codebook follow it
            counterpart.put(codebook, into);
        }
        if (matched > 0) {
            report.matched(matched + " code(s) of codebook '" + codebook.getName() + "' (by id, else by name path)");
        }
    }

    /** Fills what this project's code lacks; reports where both sides have different values. */
    private void compare(Code theirs, Code ours) {
        String path = CodePaths.path(ours);
        if (ours.getColour() == null && theirs.getColour() != null) {
            ours.setColour(theirs.getColour());
        } else if (theirs.getColour() != null && !theirs.getColour().equalsIgnoreCase(ours.getColour())) {
            report.conflict("code '" + path + "' has colour " + ours.getColour() + " here and " + theirs.getColour() + " in " + label
                    + "; kept " + ours.getColour());
        }
        if (ours.getDefinition() == null && theirs.getDefinition() != null) {
            ours.setDefinition(theirs.getDefinition());
        } else if (theirs.getDefinition() != null && !theirs.getDefinition().equals(ours.getDefinition())) {
            report.conflict("code '" + path + "' has another definition in " + label + "; kept this project's");
        }
        if (!Objects.equals(theirs.getName(), ours.getName())) {
            report.conflict("code '" + path + "' is called '" + theirs.getName() + "' in " + label + "; kept this name");
        }
    }

    private void group(Group group) {
        Optional<Group> match = sameId(group, Group.class)
                .or(() -> target.getGroups().stream().filter(g -> Objects.equals(g.getName(), group.getName())).findFirst());
        if (match.isPresent()) {
            counterpart.put(group, match.get());
            return;
        }
        Group copy = copyOf(group);
        target.getGroups().add(copy);
        counterpart.put(group, copy);
        report.added("group '" + group.getName() + "'");
    }

    private void participant(Participant participant) {
        Optional<Participant> match = sameId(participant, Participant.class).or(() -> target.getParticipants().stream()
                .filter(p -> Objects.equals(p.getPseudonym(), participant.getPseudonym())).findFirst());
        if (match.isPresent()) {
            counterpart.put(participant, match.get());
            if (!Objects.equals(participant.getPseudonym(), match.get().getPseudonym())) {
                report.conflict("participant '" + match.get().getPseudonym() + "' is called '" + participant.getPseudonym() + "' in "
                        + label + "; kept this name");
            }
            values(participant.getAttributes(), match.get().getAttributes(), "participant '" + participant.getPseudonym() + "'");
            return;
        }
        Participant copy = copyOf(participant);
        values(participant.getAttributes(), copy.getAttributes(), "participant '" + participant.getPseudonym() + "'");
        target.getParticipants().add(copy);
        counterpart.put(participant, copy);
        report.added("participant '" + participant.getPseudonym() + "'");
    }

    /** Adds their values where ours has none for that attribute; reports those that differ. */
    private void values(List<AttributeValue> theirs, List<AttributeValue> ours, String owner) {
        for (AttributeValue value : theirs) {
            AttributeDefinition definition = mapped(value.getDefinition());
            if (definition == null) {
                continue;
            }
            Optional<AttributeValue> existing = ours.stream().filter(v -> v.getDefinition() == definition).findFirst();
            if (existing.isEmpty()) {
                AttributeValue copy = F.createAttributeValue();
                copyAttributes(value, copy);
                copy.setDefinition(definition);
                ours.add(copy);
            } else if (!Objects.equals(existing.get().getValue(), value.getValue())) {
                report.conflict(owner + " has " + definition.getName() + " = '" + existing.get().getValue() + "' here and '"
                        + value.getValue() + "' in " + label + "; kept '" + existing.get().getValue() + "'");
            }
        }
    }

    private void document(Document document) {
        if (document.getText() == null) {
            report.warning("document '" + document.getName() + "' of " + label + " has no text; it and its "
                    + document.getCodings().size() + " coding(s) were not merged");
            return;
        }
        String hash = TextHash.of(document.getText());
        Optional<Document> byIdMatch = sameId(document, Document.class);
        if (byIdMatch.isPresent() && !hash.equals(hashOf(byIdMatch.get()))) {
            report.conflict("document '" + document.getName() + "' of " + label + " has the id of '" + byIdMatch.get().getName()
                    + "' but another text; its " + document.getCodings().size() + " coding(s) were not merged");
            return;
        }
        Optional<Document> match = byIdMatch.or(() -> target.getDocuments().stream().filter(d -> hash.equals(hashOf(d))).findFirst());
        Document ours;
        if (match.isPresent()) {
            ours = match.get();
            counterpart.put(document, ours);
            report.matched("document '" + document.getName() + "' of " + label + " is '" + ours.getName() + "' here"
                    + (byIdMatch.isPresent() ? " (same id)" : " (same text)"));
            fillDocument(document, ours);
        } else {
            ours = copyDocument(document, hash);
            report.added("document '" + document.getName() + "' with " + document.getTurns().size() + " turn(s)");
        }
        codings(document, ours);
    }

    private static String hashOf(Document document) {
        if (document.getContentHash() != null) {
            return document.getContentHash();
        }
        return document.getText() == null ? "" : TextHash.of(document.getText());
    }

    private void fillDocument(Document theirs, Document ours) {
        String name = "document '" + ours.getName() + "'";
        if (ours.getGroup() == null && theirs.getGroup() != null) {
            ours.setGroup(mapped(theirs.getGroup()));
        }
        if (ours.getSession() == null) {
            ours.setSession(theirs.getSession());
        }
        if (ours.getDate() == null) {
            ours.setDate(theirs.getDate());
        }
        if (ours.getContentHash() == null) {
            ours.setContentHash(hashOf(theirs));
        }
        values(theirs.getAttributes(), ours.getAttributes(), name);
        if (ours.getTurns().isEmpty() && !theirs.getTurns().isEmpty()) {
            theirs.getTurns().forEach(t -> ours.getTurns().add(copyTurn(t)));
            report.added(theirs.getTurns().size() + " turn(s) of " + name + " from " + label);
        } else {
            for (Turn turn : theirs.getTurns()) {
                ours.getTurns().stream().filter(t -> t.getStart() == turn.getStart() && t.getEnd() == turn.getEnd()).findFirst()
                        .ifPresent(t -> counterpart.put(turn, t));
            }
            if (!theirs.getTurns().isEmpty() && theirs.getTurns().size() != ours.getTurns().size()) {
                report.conflict(name + " is split into " + theirs.getTurns().size() + " turn(s) in " + label + " and "
                        + ours.getTurns().size() + " here; kept this project's turns");
            }
        }
    }

    private Document copyDocument(Document theirs, String hash) {
        Document copy = copyOf(theirs);
        // the text is transient (kept in its own file), so the reflective copy leaves it out
        copy.setText(theirs.getText());
        copy.setContentHash(hash);
        copy.setGroup(mapped(theirs.getGroup()));
        values(theirs.getAttributes(), copy.getAttributes(), "document '" + theirs.getName() + "'");
        theirs.getTurns().forEach(t -> copy.getTurns().add(copyTurn(t)));
        target.getDocuments().add(copy);
        counterpart.put(theirs, copy);
        return copy;
    }

    private Turn copyTurn(Turn turn) {
        Turn copy = copyOf(turn);
        copy.setSpeaker(mapped(turn.getSpeaker()));
        copy.setAddressee(mapped(turn.getAddressee()));
        counterpart.put(turn, copy);
        return copy;
    }

    private record CodingKey(int start, int end, Code code, Coder coder) {
    }

    /** Adds their codings that this document lacks; a coding is the same when document, code, coder and range are. */
    private void codings(Document theirs, Document ours) {
        Map<CodingKey, Coding> existing = new HashMap<>();
        ours.getCodings().forEach(c -> existing.put(new CodingKey(c.getStart(), c.getEnd(), c.getCode(), c.getCoder()), c));
        int added = 0;
        int duplicates = 0;
        int unmapped = 0;
        for (Coding coding : theirs.getCodings()) {
            Code code = mapped(coding.getCode());
            Coder coder = mapped(coding.getCoder());
            if (code == null || coder == null) {
                unmapped++;
                continue;
            }
            CodingKey key = new CodingKey(coding.getStart(), coding.getEnd(), code, coder);
            Coding same = existing.get(key);
            if (same != null) {
                counterpart.put(coding, same);
                duplicates++;
                if (same.getMemo() == null && coding.getMemo() != null) {
                    same.setMemo(coding.getMemo());
                } else if (coding.getMemo() != null && !coding.getMemo().equals(same.getMemo())) {
                    report.conflict("a coding of '" + ours.getName() + "' " + coding.getStart() + "-" + coding.getEnd()
                            + " has another memo in " + label + "; kept this project's");
                }
                continue;
            }
            Coding copy = copyOf(coding);
            copy.setCode(code);
            copy.setCoder(coder);
            copy.setAddressee(mapped(coding.getAddressee()));
            ours.getCodings().add(copy);
            existing.put(key, copy);
            counterpart.put(coding, copy);
            added++;
        }
        if (added > 0) {
            report.added(added + " coding(s) on '" + ours.getName() + "'");
        }
        if (duplicates > 0) {
            report.matched(duplicates + " coding(s) on '" + ours.getName() + "' were already here (same code, coder and range)");
        }
        if (unmapped > 0) {
            report.warning(unmapped + " coding(s) on '" + theirs.getName() + "' of " + label + " name no code or coder; not merged");
        }
    }

    private void memo(Memo memo) {
        Optional<Memo> match = sameId(memo, Memo.class).or(() -> target.getMemos().stream()
                .filter(m -> Objects.equals(m.getTitle(), memo.getTitle()) && Objects.equals(m.getText(), memo.getText())).findFirst());
        Memo ours;
        if (match.isPresent()) {
            ours = match.get();
            if (!Objects.equals(ours.getText(), memo.getText())) {
                report.conflict("memo '" + memo.getTitle() + "' has another text in " + label + "; kept this project's");
            }
        } else {
            ours = copyOf(memo);
            ours.setAuthor(mapped(memo.getAuthor()));
            target.getMemos().add(ours);
            report.added("memo '" + memo.getTitle() + "'");
        }
        counterpart.put(memo, ours);
        int lost = 0;
        for (Identified about : memo.getAbout()) {
            Identified mappedAbout = about == other ? target : mapped(about);
            if (mappedAbout == null) {
                lost++;
            } else if (!ours.getAbout().contains(mappedAbout)) {
                ours.getAbout().add(mappedAbout);
            }
        }
        if (lost > 0) {
            report.warning("memo '" + memo.getTitle() + "' of " + label + " is about " + lost + " element(s) that were not merged;"
                    + " those links were left out");
        }
    }

    private void kase(Case c) {
        Optional<Case> match = sameId(c, Case.class)
                .or(() -> target.getCases().stream().filter(k -> Objects.equals(k.getName(), c.getName())).findFirst());
        Case ours = match.orElseGet(() -> {
            Case copy = copyOf(c);
            target.getCases().add(copy);
            report.added("case '" + c.getName() + "'");
            return copy;
        });
        counterpart.put(c, ours);
        for (Document document : c.getDocuments()) {
            Document mappedDocument = mapped(document);
            if (mappedDocument != null && !ours.getDocuments().contains(mappedDocument)) {
                ours.getDocuments().add(mappedDocument);
            }
        }
        for (Participant participant : c.getParticipants()) {
            Participant mappedParticipant = mapped(participant);
            if (mappedParticipant != null && !ours.getParticipants().contains(mappedParticipant)) {
                ours.getParticipants().add(mappedParticipant);
            }
        }
        values(c.getAttributes(), ours.getAttributes(), "case '" + c.getName() + "'");
    }

    /**
     * A saved retrieval: matched by name; a new one is copied with what it names mapped. What it names that was
     * not merged is left out and said.
     */
    private void segmentSet(SegmentSet set) {
        Optional<SegmentSet> match = sameId(set, SegmentSet.class)
                .or(() -> target.getSegmentSets().stream().filter(s -> Objects.equals(s.getName(), set.getName())).findFirst());
        if (match.isPresent()) {
            counterpart.put(set, match.get());
            if (!sameSelection(set, match.get())) {
                report.conflict("coded-segment set '" + set.getName() + "' selects other codings in " + label + "; kept this project's");
            }
            return;
        }
        SegmentSet copy = copyOf(set);
        int lost = mapAll(set.getCodes(), copy.getCodes()) + mapAll(set.getDocuments(), copy.getDocuments())
                + mapAll(set.getGroups(), copy.getGroups()) + mapAll(set.getCoders(), copy.getCoders());
        target.getSegmentSets().add(copy);
        counterpart.put(set, copy);
        report.added("coded-segment set '" + set.getName() + "'");
        if (lost > 0) {
            report.warning("coded-segment set '" + set.getName() + "' of " + label + " names " + lost
                    + " element(s) that were not merged; they were left out of it");
        }
    }

    private boolean sameSelection(SegmentSet theirs, SegmentSet ours) {
        return theirs.isSubcodes() == ours.isSubcodes()
                && sameMapped(theirs.getCodes(), ours.getCodes()) && sameMapped(theirs.getDocuments(), ours.getDocuments())
                && sameMapped(theirs.getGroups(), ours.getGroups()) && sameMapped(theirs.getCoders(), ours.getCoders());
    }

    private <T extends EObject> boolean sameMapped(List<T> theirs, List<T> ours) {
        return new HashSet<>(theirs.stream().map(this::mapped).toList()).equals(new HashSet<>(ours));
    }

    /** Adds the counterparts of from to into; returns how many had none. */
    private <T extends EObject> int mapAll(List<T> from, List<T> into) {
        int lost = 0;
        for (T element : from) {
            T mappedElement = mapped(element);
            if (mappedElement == null) {
                lost++;
            } else {
                into.add(mappedElement);
            }
        }
        return lost;
    }
}
