package org.sameboat.model.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.text.DocumentText;
import org.sameboat.model.text.Turns;

/**
 * The addressees of a document's turns and codings: what a coder set, else what {@link AddresseeRule} infers.
 * A coding's addressee is its own, if a coder set one, else that of its turn (the turn holding its first character).
 */
public final class Addressees {

    private Addressees() {
    }

    /** The addressee a coder set on a turn, if any. */
    public static Optional<Addressee> set(Turn turn) {
        return set(turn.getAddressee(), turn.isAddressedToGroup());
    }

    /** The addressee a coder set on a coding, if any. */
    public static Optional<Addressee> set(Coding coding) {
        return set(coding.getAddressee(), coding.isAddressedToGroup());
    }

    private static Optional<Addressee> set(Participant participant, boolean group) {
        if (participant != null) {
            return Optional.of(new Addressee.Person(participant));
        }
        return group ? Optional.of(Addressee.GROUP) : Optional.empty();
    }

    /** Sets (or, with an empty value, clears back to the inferred one) the addressee of a turn. */
    public static void set(Turn turn, Optional<Addressee> to) {
        turn.setAddressee(to.filter(Addressee.Person.class::isInstance).map(a -> ((Addressee.Person) a).participant()).orElse(null));
        turn.setAddressedToGroup(to.filter(Addressee.Group.class::isInstance).isPresent());
    }

    /** Sets (or, with an empty value, clears back to its turn's) the addressee of a coding. */
    public static void set(Coding coding, Optional<Addressee> to) {
        coding.setAddressee(to.filter(Addressee.Person.class::isInstance).map(a -> ((Addressee.Person) a).participant()).orElse(null));
        coding.setAddressedToGroup(to.filter(Addressee.Group.class::isInstance).isPresent());
    }

    /**
     * The addressee a user names: {@code group} (any case) for the group, else the participant with that pseudonym
     * (exact, then ignoring case, when only one matches) or that id.
     */
    public static Optional<Addressee> named(Project project, String name) {
        String wanted = name.strip();
        if (wanted.equalsIgnoreCase(Addressee.Group.LABEL)) {
            return Optional.of(Addressee.GROUP);
        }
        List<Participant> exact = project.getParticipants().stream()
                .filter(p -> wanted.equals(p.getPseudonym()) || wanted.equals(p.getId())).toList();
        List<Participant> found = !exact.isEmpty() ? exact
                : project.getParticipants().stream().filter(p -> wanted.equalsIgnoreCase(p.getPseudonym())).toList();
        return found.size() == 1 ? Optional.of(new Addressee.Person(found.get(0))) : Optional.empty();
    }

    /** The rule for the participants of the document's project (none when the document is in no project). */
    public static AddresseeRule ruleFor(Document document) {
        return EcoreUtil.getRootContainer(document) instanceof Project project ? AddresseeRule.of(project.getParticipants())
                : AddresseeRule.of(List.of());
    }

    /**
     * The addressing of every turn of a document, in turn order. Turns without a speaker are addressed like any
     * other but never become the previous speaker; a turn whose range lies outside the text is read as empty.
     */
    public static List<Addressing> of(Document document, AddresseeRule rule) {
        List<Turn> turns = document.getTurns();
        List<Addressing> out = new ArrayList<>(turns.size());
        DocumentText text = DocumentText.of(document.getText() == null ? "" : document.getText());
        // the last two distinct speakers, newest first: enough to find the last speaker other than anyone
        Participant last = null;
        Participant beforeLast = null;
        for (Turn turn : turns) {
            Optional<Addressee> set = set(turn);
            Participant speaker = turn.getSpeaker();
            if (set.isPresent()) {
                out.add(new Addressing(set.get(), true));
            } else {
                Participant previousOther = last != null && last != speaker ? last : beforeLast;
                String words = text.contains(turn.getStart(), turn.getEnd()) ? text.slice(turn.getStart(), turn.getEnd()) : "";
                out.add(new Addressing(rule.infer(words, Optional.ofNullable(speaker), Optional.ofNullable(previousOther)), false));
            }
            if (speaker != null && speaker != last) {
                beforeLast = last;
                last = speaker;
            }
        }
        return out;
    }

    /**
     * The addressing of one turn, as {@link #of(Document, AddresseeRule)} gives it, found by walking back only as far
     * as the last other speaker: what updating one excerpt of a long document needs.
     */
    public static Addressing of(Document document, int turnIndex, AddresseeRule rule) {
        Turn turn = document.getTurns().get(turnIndex);
        Optional<Addressee> set = set(turn);
        if (set.isPresent()) {
            return new Addressing(set.get(), true);
        }
        Participant speaker = turn.getSpeaker();
        Participant previousOther = null;
        for (int back = turnIndex - 1; back >= 0 && previousOther == null; back--) {
            Participant earlier = document.getTurns().get(back).getSpeaker();
            if (earlier != null && earlier != speaker) {
                previousOther = earlier;
            }
        }
        DocumentText text = DocumentText.of(document.getText() == null ? "" : document.getText());
        String words = text.contains(turn.getStart(), turn.getEnd()) ? text.slice(turn.getStart(), turn.getEnd()) : "";
        return new Addressing(rule.infer(words, Optional.ofNullable(speaker), Optional.ofNullable(previousOther)), false);
    }

    /** The addressing of every turn of a document, with the rule of its project's participants. */
    public static List<Addressing> of(Document document) {
        return of(document, ruleFor(document));
    }

    /**
     * A coding's addressee: its own if set, else its turn's (from {@code turns}, the result of {@link #of}); empty
     * when the coding touches no turn.
     */
    public static Optional<Addressing> of(Coding coding, Document document, List<Addressing> turns) {
        Optional<Addressee> own = set(coding);
        if (own.isPresent()) {
            return Optional.of(new Addressing(own.get(), true));
        }
        return Turns.forRange(document, coding.getStart(), coding.getEnd())
                .map(t -> turns.get(indexOf(document, t)));
    }

    private static int indexOf(Document document, Turn turn) {
        int index = Turns.indexAt(document.getTurns(), turn.getStart());
        return index >= 0 && document.getTurns().get(index) == turn ? index : document.getTurns().indexOf(turn);
    }
}
