package org.sameboat.model.edit;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sameboat.model.Identified;

/**
 * The ids one project holds, for work that brings in elements whose ids were made elsewhere (an import, a merge):
 * an outside id is kept when it is usable here and free, and replaced by a new one otherwise, so that two elements
 * never share an id. Not thread-safe; one pool serves one import or merge.
 */
public final class IdPool {

    private final Set<String> taken = new HashSet<>();

    private IdPool() {
    }

    /** A pool holding no ids yet. */
    public static IdPool empty() {
        return new IdPool();
    }

    /** A pool holding the id of the root (when it has one) and of every element it contains. */
    public static IdPool of(EObject root) {
        IdPool pool = new IdPool();
        if (root instanceof Identified identified && identified.getId() != null) {
            pool.taken.add(identified.getId());
        }
        EcoreUtil.getAllContents(root, true).forEachRemaining(o -> {
            if (o instanceof Identified identified && identified.getId() != null) {
                pool.taken.add(identified.getId());
            }
        });
        return pool;
    }

    /** Takes an id; false when it was taken already (it stays taken). */
    public boolean take(String id) {
        return taken.add(id);
    }

    /** Whether an id is taken. */
    public boolean isTaken(String id) {
        return taken.contains(id);
    }

    /** The wanted id when it is usable ({@link Ids#isUsable}) and free, else a new one; either way it is taken now. */
    public String claim(String wanted) {
        String id = Ids.isUsable(wanted) && !taken.contains(wanted) ? wanted : Ids.newId();
        taken.add(id);
        return id;
    }

    /** A new id, taken now. */
    public String fresh() {
        return claim(null);
    }
}
