package org.sameboat.interop.refi;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sameboat.model.Identified;
import org.sameboat.model.Memo;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.edit.IdPool;
import org.sameboat.model.edit.Ids;
import org.w3c.dom.Element;

/**
 * The ids of one REFI import: GUIDs become Sameboat ids where they can, and references follow the ones that had to
 * be replaced.
 */
final class RefiIds {

    static final String REPLACED_IDS_MEMO = "Ids replaced on import";

    private final IdPool pool = IdPool.empty();
    private final List<String> warnings;
    /**
     * Ids from the file that cannot be Sameboat ids (see {@link Ids#isUsable}), by the new id each was given; references
     * to them follow, and the originals are kept in a memo (REFI-QDA wants GUIDs, so they are not exported as ids).
     */
    private final Map<String, String> replaced = new LinkedHashMap<>();
    /** The other way round: the id in the file for each replaced one, for looking up what the Sameboat note says. */
    private final Map<String, String> originals = new HashMap<>();

    RefiIds(List<String> warnings) {
        this.warnings = warnings;
    }

    /** Gives an element the id its GUID names, or a new one when the GUID is missing or already taken. */
    <T extends Identified> T identify(T element, Element xml, String what) {
        Optional<String> guid = Dom.attr(xml, "guid");
        String id = guid.map(Guids::toId).map(outside -> usable(outside, what)).orElse(null);
        if (id == null) {
            warnings.add(what + " has no guid; it was given a new id");
            id = pool.fresh();
        } else if (!pool.take(id)) {
            warnings.add(what + " reuses guid " + guid.get() + "; it was given a new id");
            id = pool.fresh();
        }
        element.setId(id);
        return element;
    }

    /** A new id for an element the file does not have (a fallback codebook, a memo made on import). */
    <T extends Identified> T fresh(T element) {
        element.setId(pool.fresh());
        return element;
    }

    /** Takes an id known to be new. */
    void take(String id) {
        pool.take(id);
    }

    /** The id an attribute refers to, after replacement. */
    Optional<String> ref(Element xml, String attribute) {
        return Dom.attr(xml, attribute).map(Guids::toId).map(this::replacedOrSame);
    }

    /** An id from the file after replacement: the one it became when it could not be kept, else itself. */
    String replacedOrSame(String id) {
        return replaced.getOrDefault(id, id);
    }

    /** An id from the Sameboat note, which other programs may have changed: usable, free, or else a new one. */
    String noteId(String outside, String what) {
        return pool.claim(outside == null ? null : usable(outside, what));
    }

    /** The id an element had in the file, for what the Sameboat note says about it. */
    String original(Identified element) {
        return originals.getOrDefault(element.getId(), element.getId());
    }

    /** The memo that keeps the ids that had to be replaced, or empty when none had to be. */
    Optional<Memo> replacedIdsMemo(String label) {
        if (replaced.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("Ids in " + label + " that Sameboat cannot keep as ids, each with the id it became:\n");
        replaced.forEach((original, fresh) -> text.append(RefiValues.printable(original)).append(" -> ").append(fresh).append('\n'));
        Memo memo = fresh(SameboatFactory.eINSTANCE.createMemo());
        memo.setTitle(REPLACED_IDS_MEMO);
        memo.setText(text.toString());
        return Optional.of(memo);
    }

    /** An id from the file as it can be kept: itself when usable, else a new id standing for it throughout the import. */
    private String usable(String outside, String what) {
        if (Ids.isUsable(outside)) {
            return outside;
        }
        return replaced.computeIfAbsent(outside, original -> {
            String fresh = Ids.newId();
            originals.put(fresh, original);
            warnings.add(what + ": its id '" + RefiValues.printable(original) + "' cannot be a Sameboat id; it became " + fresh
                    + " (the original is kept in the memo '" + REPLACED_IDS_MEMO + "')");
            return fresh;
        });
    }
}
