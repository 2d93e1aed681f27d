package org.sameboat.analysis.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.model.Project;

/**
 * An immutable extract of a project for computing off the thread that owns the model. EMF is not thread-safe: a
 * job that walks the model while the user edits it reads a torn state and gets wrong figures, not exceptions. So
 * the owner (the workbench's UI thread) takes an extract, and the job computes from it alone.
 * <p>
 * The extract is a private deep copy: no one else holds a reference to it, nothing ever changes it, and nothing in
 * the model caches on read (no adapters, no lazy state), so any number of threads may read it at once. It shares the
 * documents' text strings with the original, which are immutable. Taking it costs one walk of the model, on the
 * owner's thread; the figures are in docs/benchmarks.md ("extract").
 * <p>
 * Inputs that name live objects (codes, coders, a document in a {@link Filter}) are carried over with
 * {@link #copyOf(EObject)} and results that name copies come back with {@link #liveOf(EObject)}, so that a view
 * selects and reveals the objects the user sees.
 */
public final class ProjectExtract {

    private final Project copy;
    /** Live object to copy: the copier's own map (model objects hash by identity), never changed after the copy. */
    private final Map<EObject, EObject> copies;
    /** Copy to live object, made when first asked for: most extracts are only read, never mapped back. */
    private Map<EObject, EObject> originals;

    private ProjectExtract(Project copy, Map<EObject, EObject> copies) {
        this.copy = copy;
        this.copies = copies;
    }

    /**
     * Takes the extract. Call it on the thread that owns the model (the workbench's UI thread), never in a job.
     */
    public static ProjectExtract of(Project project) {
        // references to objects outside the project are dropped rather than kept: the copy must not lead back into
        // the live model
        // a loaded project holds no proxies, so none is resolved; the copy must not lead back into the live model, so
        // references to objects outside the project are dropped rather than kept
        EcoreUtil.Copier copier = new EcoreUtil.Copier(false, false);
        Project copied = (Project) copier.copy(project);
        copier.copyReferences();
        return new ProjectExtract(copied, copier);
    }

    /** The extracted project: read it from any thread; never change it. */
    public Project project() {
        return copy;
    }

    /**
     * The extract's copy of a live object.
     *
     * @throws IllegalArgumentException when the object is not part of the extracted project (e.g. added since)
     */
    @SuppressWarnings("unchecked")
    public <T extends EObject> T copyOf(T live) {
        EObject found = copies.get(live);
        if (found == null) {
            throw new IllegalArgumentException("no longer part of the project as it was extracted: " + live.eClass().getName());
        }
        return (T) found;
    }

    /** The extract's copies of live objects, in order. */
    public <T extends EObject> List<T> copiesOf(List<T> live) {
        return live.stream().map(this::copyOf).toList();
    }

    /** The live object an extract's copy was taken from. */
    @SuppressWarnings("unchecked")
    public <T extends EObject> T liveOf(T copied) {
        EObject found = originals().get(copied);
        if (found == null) {
            throw new IllegalArgumentException("not part of this extract: " + copied.eClass().getName());
        }
        return (T) found;
    }

    private synchronized Map<EObject, EObject> originals() {
        if (originals == null) {
            Map<EObject, EObject> back = new IdentityHashMap<>(copies.size() * 2);
            copies.forEach((original, copied) -> back.put(copied, original));
            originals = back;
        }
        return originals;
    }

    /** A filter on live objects as the same filter on the extract. */
    public Filter copyOf(Filter filter) {
        return new Filter(filter.coder().map(this::copyOf), filter.document().map(this::copyOf), filter.session(),
                filter.stage(), filter.role(), Set.copyOf(copiesOf(List.copyOf(filter.without()))));
    }

    /** An optional live object's copy. */
    public <T extends EObject> Optional<T> copyOf(Optional<T> live) {
        return live.map(this::copyOf);
    }
}
