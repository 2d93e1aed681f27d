package org.sameboat.analysis.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatPackage;

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
 * A researcher codes one document at a time, and each edit would otherwise copy the whole project again. So an
 * extract is made of parts: the project's shared part (codebooks, coders, participants, cases, memos…) and one part
 * per document. {@link #of(Project, ProjectExtract, Collection)} takes a new extract from the last one and the
 * objects changed since ({@code EditHistory.lastChange()}): it copies again only the documents that changed and
 * reuses the other parts, which nothing changes, as they are. When the shared part changed, or a shared object
 * refers into a changed document (a case listing it, a memo about one of its codings), it copies everything.
 * The new extract's project lists the reused parts without owning them (their container stays the extract that
 * first copied them, whose shared part is the same), so a reused document's turns and codings still name their
 * document, and its codings the same codes and coders as the rest of the extract; reach documents from
 * {@link #project()}, not upwards from them. A document copied again is owned by a project copy of its own, so the
 * only older copies kept alive are those of the last whole copy while its shared part is in use: the extracts of a
 * session take at most about twice the memory of one.
 * <p>
 * Inputs that name live objects (codes, coders, a document in a {@link Filter}) are carried over with
 * {@link #copyOf(EObject)} and results that name copies come back with {@link #liveOf(EObject)}, so that a view
 * selects and reveals the objects the user sees.
 */
public final class ProjectExtract {

    private static final EReference DOCUMENTS = SameboatPackage.Literals.PROJECT__DOCUMENTS;

    /** The live project (for identity only: an extract never reads it after it is taken). */
    private final Project source;
    private final Project copy;
    /** Everything outside the documents, project excepted. */
    private final Part shared;
    /** Each live document's part, in the project's order. */
    private final Map<Document, Part> documents;
    /** The live documents that shared objects refer to (or into): changing one of them changes the shared part. */
    private final Set<EObject> referencedFromShared;

    private ProjectExtract(Project source, Project copy, Part shared, Map<Document, Part> documents, Set<EObject> referencedFromShared) {
        this.source = source;
        this.copy = copy;
        this.shared = shared;
        this.documents = documents;
        this.referencedFromShared = referencedFromShared;
    }

    /**
     * Takes the extract: a copy of the whole project. Call it on the thread that owns the model (the workbench's UI
     * thread), never in a job.
     */
    @SuppressWarnings("unchecked")
    public static ProjectExtract of(Project project) {
        Project copied = (Project) EcoreUtil.create(project.eClass());
        copyAttributes(project, copied);
        Map<EObject, Part> byDocument = new IdentityHashMap<>();
        PartCopier sharedCopier = new PartCopier(target -> target == project ? copied : owner(target, byDocument));
        for (EReference containment : project.eClass().getEAllContainments()) {
            if (containment != DOCUMENTS) {
                List<EObject> into = (List<EObject>) copied.eGet(containment);
                into.addAll(sharedCopier.copyAll((List<EObject>) project.eGet(containment)));
            }
        }
        Part sharedPart = new Part(sharedCopier);
        Map<Document, Part> parts = new LinkedHashMap<>();
        for (Document document : project.getDocuments()) {
            Part part = copyDocument(document, project, copied, sharedPart, byDocument);
            copied.getDocuments().add((Document) part.copyOf(document));
            parts.put(document, part);
            byDocument.put(document, part);
        }
        sharedCopier.copyReferences();
        parts.values().forEach(part -> part.copier.copyReferences());
        return new ProjectExtract(project, copied, sharedPart, parts, referencedFromShared(project, sharedPart));
    }

    /**
     * Takes the extract of the project as it is now from the last one taken of it and the objects changed since
     * (each edit's {@code EditHistory.lastChange()}, together): the documents changed are copied again, the rest is
     * reused. Falls back to a whole copy when the changes are not known, the last extract is of another project, or
     * the changes reach beyond the documents. Call it on the thread that owns the model.
     */
    public static ProjectExtract of(Project project, ProjectExtract previous, Optional<? extends Collection<? extends EObject>> changed) {
        if (previous == null || previous.source != project || changed.isEmpty()) {
            return of(project);
        }
        Set<Document> dirty = new HashSet<>();
        for (EObject object : changed.get()) {
            if (!inside(object, project)) {
                // taken out of the project: its removal is a change of its former container, which is in the list
                continue;
            }
            Document document = documentOf(object);
            if (document == null || previous.referencedFromShared.contains(document)
                    || previous.referencedFromShared.contains(project)) {
                return of(project);
            }
            dirty.add(document);
        }
        Project copied = shell(project, previous.copy);
        Map<EObject, Part> byDocument = new IdentityHashMap<>();
        Map<Document, Part> parts = new LinkedHashMap<>();
        List<Part> copiedNow = new ArrayList<>();
        for (Document document : project.getDocuments()) {
            Part reused = dirty.contains(document) ? null : previous.documents.get(document);
            Part part;
            if (reused != null) {
                part = reused;
                listed(copied, DOCUMENTS, List.of(part.copyOf(document)));
            } else {
                part = copyDocument(document, project, copied, previous.shared, byDocument);
                Document copy = (Document) part.copyOf(document);
                // owned by a project of its own, which lists no other document, so that it keeps no older copy of
                // another document alive once this extract is gone; it has the same shared part, for those who ask
                // a document's container for the participants or codes
                shell(project, previous.copy).getDocuments().add(copy);
                listed(copied, DOCUMENTS, List.of(copy));
                copiedNow.add(part);
            }
            parts.put(document, part);
            byDocument.put(document, part);
        }
        copiedNow.forEach(part -> part.copier.copyReferences());
        return new ProjectExtract(project, copied, previous.shared, parts, previous.referencedFromShared);
    }

    /** A project copy listing the shared part of an earlier extract, without owning it, and no document. */
    private static Project shell(Project project, Project earlier) {
        Project shell = (Project) EcoreUtil.create(project.eClass());
        copyAttributes(project, shell);
        for (EReference containment : project.eClass().getEAllContainments()) {
            if (containment != DOCUMENTS) {
                listed(shell, containment, (List<?>) earlier.eGet(containment));
            }
        }
        return shell;
    }

    private static Part copyDocument(Document document, Project project, Project copied, Part shared, Map<EObject, Part> byDocument) {
        // references out of the document go to the shared part (codes, coders, speakers) or to other documents
        PartCopier copier = new PartCopier(target -> {
            if (target == project) {
                return copied;
            }
            EObject found = shared.copyOf(target);
            return found != null ? found : owner(target, byDocument);
        });
        copier.copy(document);
        return new Part(copier);
    }

    /** The copy of a live object inside some document, from the part of its document (null if none). */
    private static EObject owner(EObject target, Map<EObject, Part> byDocument) {
        Document document = documentOf(target);
        Part part = document == null ? null : byDocument.get(document);
        return part == null ? null : part.copyOf(target);
    }

    /**
     * Whether a live object is part of the project. Not by its root container: a project held in no resource hangs
     * under the change description of the last edit recorded on it (in tests), which is no part of the model.
     */
    private static boolean inside(EObject object, Project project) {
        for (EObject at = object; at != null; at = at.eContainer()) {
            if (at == project) {
                return true;
            }
        }
        return false;
    }

    /** The document an object is (or is inside), or null for the shared part: of a live object or of a copy. */
    private static Document documentOf(EObject object) {
        for (EObject at = object; at != null; at = at.eContainer()) {
            if (at instanceof Document document) {
                return document;
            }
        }
        return null;
    }

    /**
     * The documents the shared part refers to or into (a case's documents, a memo's codings), and the project when a
     * shared object refers to it (a memo about the project): a new extract's project is another object, so that
     * reference would lead to an older one.
     */
    private static Set<EObject> referencedFromShared(Project project, Part shared) {
        Set<EObject> referenced = new HashSet<>();
        for (EObject live : shared.originalsCopied()) {
            for (EObject target : live.eCrossReferences()) {
                Document document = documentOf(target);
                if (document != null || target == project) {
                    referenced.add(document != null ? document : project);
                }
            }
        }
        return Set.copyOf(referenced);
    }

    @SuppressWarnings("unchecked")
    private static void copyAttributes(EObject from, EObject to) {
        for (EAttribute attribute : from.eClass().getEAllAttributes()) {
            if (attribute.isChangeable() && !attribute.isDerived() && from.eIsSet(attribute)) {
                Object value = from.eGet(attribute);
                if (attribute.isMany()) {
                    ((List<Object>) to.eGet(attribute)).addAll((List<Object>) value);
                } else {
                    to.eSet(attribute, value);
                }
            }
        }
    }

    /** Lists objects owned by an earlier extract in a new one's list without taking them over (no inverse). */
    @SuppressWarnings("unchecked")
    private static void listed(Project copied, EReference containment, List<?> objects) {
        InternalEList<Object> list = (InternalEList<Object>) copied.eGet(containment);
        for (Object object : objects) {
            list.basicAdd(object, null);
        }
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
        EObject found = live == source ? copy : shared.copyOf(live);
        if (found == null && live instanceof Document document) {
            Part part = documents.get(document);
            found = part == null ? null : part.copyOf(live);
        }
        for (var parts = documents.values().iterator(); found == null && !(live instanceof Document) && parts.hasNext();) {
            found = parts.next().copyOf(live);
        }
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
        EObject found = copied == copy ? source : null;
        // a copy's containers are copies too: its document copy names the one part to look in
        Document inDocument = found == null ? documentOf(copied) : null;
        if (inDocument == null && found == null) {
            found = shared.originals().get(copied);
        }
        for (var parts = documents.entrySet().iterator(); inDocument != null && parts.hasNext();) {
            Map.Entry<Document, Part> part = parts.next();
            if (part.getValue().copyOf(part.getKey()) == inDocument) {
                found = part.getValue().originals().get(copied);
                break;
            }
        }
        if (found == null) {
            throw new IllegalArgumentException("not part of this extract: " + copied.eClass().getName());
        }
        return (T) found;
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

    /**
     * Copies one part of the project; references out of it are looked up in the rest of the extract (and dropped
     * when they lead out of the project: the copy must not lead back into the live model). A loaded project holds
     * no proxies, so none is resolved.
     */
    private static final class PartCopier extends EcoreUtil.Copier {

        private static final long serialVersionUID = 1L;
        private final transient Function<EObject, EObject> elsewhere;

        PartCopier(Function<EObject, EObject> elsewhere) {
            super(false, false);
            this.elsewhere = elsewhere;
        }

        @Override
        public EObject get(Object key) {
            EObject own = super.get(key);
            return own != null || !(key instanceof EObject object) ? own : elsewhere.apply(object);
        }

        /** The copy made by this copier, without looking elsewhere. */
        EObject own(Object key) {
            return super.get(key);
        }
    }

    /**
     * One part of an extract: live object to copy (the copier's own map; model objects hash by identity), never
     * changed once the extract is taken, and the way back, made when first asked for.
     */
    private static final class Part {

        private final PartCopier copier;
        private Map<EObject, EObject> originals;

        Part(PartCopier copier) {
            this.copier = copier;
        }

        /** The copy of a live object of this part (null if it is not one): never looks elsewhere. */
        EObject copyOf(Object live) {
            return copier.own(live);
        }

        Set<EObject> originalsCopied() {
            return copier.keySet();
        }

        synchronized Map<EObject, EObject> originals() {
            if (originals == null) {
                Map<EObject, EObject> back = new IdentityHashMap<>(copier.size() * 2);
                copier.forEach((original, copied) -> back.put(copied, original));
                originals = back;
            }
            return originals;
        }
    }
}
