package org.sameboat.analysis.cooccurrence;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Stage;
import org.sameboat.model.Turn;

/**
 * Which part of a project an analysis looks at. Every part is optional; an empty filter takes
 * everything, with all coders pooled.
 *
 * <p>The coder selects codings (without one, every coder's codings count together, so coder A's
 * code next to coder B's code co-occurs). Document, session and stage select documents. The
 * speaker role selects turns: in turn and window modes only turns of that role are units (a window
 * slides over the consecutive turns of that role); in overlap mode a coding counts when its turn,
 * the turn holding its first character, is of that role.
 *
 * @param coder only this coder's codings
 * @param document only this document
 * @param session only documents of this session number
 * @param stage only documents of this group stage
 * @param role only turns whose speaker has this role
 * @param without coders whose codings never count (e.g. a consensus coder, which repeats the others' codings, left
 *        out of a pool of the raters)
 */
public record Filter(Optional<Coder> coder, Optional<Document> document, Optional<Integer> session,
        Optional<Stage> stage, Optional<SpeakerRole> role, Set<Coder> without) {

    public Filter {
        without = Set.copyOf(without);
    }

    /** A filter that leaves no coder out. */
    public Filter(Optional<Coder> coder, Optional<Document> document, Optional<Integer> session, Optional<Stage> stage,
            Optional<SpeakerRole> role) {
        this(coder, document, session, stage, role, Set.of());
    }

    /** @return the filter that takes everything */
    public static Filter none() {
        return new Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** @return this filter, restricted to one coder */
    public Filter withCoder(Coder value) {
        return new Filter(Optional.of(value), document, session, stage, role, without);
    }

    /** @return this filter, restricted to one document */
    public Filter withDocument(Document value) {
        return new Filter(coder, Optional.of(value), session, stage, role, without);
    }

    /** @return this filter, restricted to one session number */
    public Filter withSession(int value) {
        return new Filter(coder, document, Optional.of(value), stage, role, without);
    }

    /** @return this filter, restricted to one stage */
    public Filter withStage(Stage value) {
        return new Filter(coder, document, session, Optional.of(value), role, without);
    }

    /** @return this filter, restricted to turns of one speaker role */
    public Filter withRole(SpeakerRole value) {
        return new Filter(coder, document, session, stage, Optional.of(value), without);
    }

    /** @return this filter, leaving these coders' codings out as well */
    public Filter without(Collection<Coder> coders) {
        Set<Coder> left = new HashSet<>(without);
        left.addAll(coders);
        return new Filter(coder, document, session, stage, role, left);
    }

    /** @return whether the document is in scope */
    public boolean accepts(Document candidate) {
        return document.map(d -> d == candidate).orElse(true)
                && session.map(s -> s.equals(candidate.getSession())).orElse(true)
                && stage.map(s -> s == candidate.getStage()).orElse(true);
    }

    /** @return whether the turn is in scope (its speaker has the role; any turn without a role filter) */
    public boolean accepts(Turn turn) {
        return role.map(r -> turn.getSpeaker() != null && turn.getSpeaker().getRole() == r).orElse(true);
    }

    /** @return whether the coding's coder is in scope */
    public boolean accepts(Coding coding) {
        return coder.map(c -> c == coding.getCoder()).orElse(true) && !without.contains(coding.getCoder());
    }
}
