package org.sameboat.model.address;

import java.util.Objects;

import org.sameboat.model.Participant;

/** Whom a turn (or the help a coding marks) is addressed to: one participant, or the group as a whole. */
public sealed interface Addressee {

    /** The name shown and searched: the participant's pseudonym, or {@code group}. */
    String label();

    /** The whole group. */
    Addressee GROUP = new Group();

    /** Addressed to the whole group ("everyone", "all of you", a group's first turn). */
    record Group() implements Addressee {
        /** The label of the group, also the word {@code to:group} searches and the CLI takes. */
        public static final String LABEL = "group";

        @Override
        public String label() {
            return LABEL;
        }
    }

    /** Addressed to one participant. */
    record Person(Participant participant) implements Addressee {
        public Person {
            Objects.requireNonNull(participant, "participant");
        }

        @Override
        public String label() {
            return participant.getPseudonym() == null ? participant.getId() : participant.getPseudonym();
        }
    }

    static Addressee of(Participant participant) {
        return new Person(participant);
    }
}
