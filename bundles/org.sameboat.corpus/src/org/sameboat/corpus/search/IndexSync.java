package org.sameboat.corpus.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatPackage;
import org.sameboat.model.Turn;

/**
 * Keeps a {@link ProjectIndex} in step with its model as the model changes, so that an editor (or an undo)
 * never has to think about the index: new, edited and removed codings, renamed or moved codes, renamed coders,
 * renamed participants and role changes, new, edited and removed documents. Call {@link ProjectIndex#commit}
 * when the model is saved.
 * <p>
 * Turns are watched for their addressee alone, the one thing of a turn a coder changes (it feeds {@code to:}); their
 * place and speaker are fixed once imported, and a new or removed turn shows as a change of its document's turn
 * list. Watching a turn costs one adapter entry; the walk over every turn at attach was there before. A notification cannot throw,
 * so an index failure is kept and reported by {@link #failure()}; the index is derived, so the next open after
 * a failure rebuilds it.
 */
public final class IndexSync extends EContentAdapter {

    /** The turn's features the index holds that a coder can change: the addressee (search's {@code to:}). */
    private static final Set<EStructuralFeature> ADDRESSING = Set.of(SameboatPackage.Literals.TURN__ADDRESSEE,
            SameboatPackage.Literals.TURN__ADDRESSED_TO_GROUP);

    private final ProjectIndex index;
    private final List<IndexException> failures = new ArrayList<>();

    private IndexSync(ProjectIndex index) {
        this.index = index;
    }

    /** Starts watching the index's project. */
    public static IndexSync attach(ProjectIndex index) {
        IndexSync sync = new IndexSync(index);
        index.project().eAdapters().add(sync);
        return sync;
    }

    /** Stops watching. */
    public void detach() {
        index.project().eAdapters().remove(this);
    }

    /** The first index update that failed since attaching, if any. */
    public Optional<IndexException> failure() {
        return failures.isEmpty() ? Optional.empty() : Optional.of(failures.get(0));
    }


    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER) {
            return;
        }
        try {
            apply(notification.getNotifier(), notification);
        } catch (IndexException e) {
            failures.add(e);
        }
    }

    private void apply(Object notifier, Notification n) throws IndexException {
        switch (notifier) {
            case Coding coding -> {
                if (coding.getDocument() != null) {
                    index.codingChanged(coding);
                }
            }
            case Document document -> {
                if (n.getFeature() == SameboatPackage.Literals.DOCUMENT__CODINGS) {
                    codingsChanged(document, n);
                } else {
                    index.documentChanged(document);
                }
            }
            case Turn turn -> {
                // a turn's place and speaker are fixed once imported; its addressee is the coder's to change
                if (ADDRESSING.contains(n.getFeature()) && turn.getDocument() != null) {
                    index.documentChanged(turn.getDocument());
                }
            }
            case Code code -> index.codeChanged(code);
            case Codebook codebook -> codesMoved(n);
            case Coder coder -> codingsOf(coder);
            case Participant participant -> index.participantChanged(participant);
            case Project project -> documentsChanged(n);
            default -> {
                // other elements (memos, cases, attributes) are not indexed
            }
        }
    }

    /** Codings added or removed one by one (auto-coding adds thousands) cost one update each, not a re-index. */
    private void codingsChanged(Document document, Notification n) throws IndexException {
        switch (n.getEventType()) {
            case Notification.ADD, Notification.ADD_MANY -> {
                for (Object value : values(n)) {
                    index.codingChanged((Coding) value);
                }
            }
            case Notification.REMOVE -> index.codingRemoved(((Coding) n.getOldValue()).getId());
            case Notification.REMOVE_MANY -> {
                for (Object value : (List<?>) n.getOldValue()) {
                    index.codingRemoved(((Coding) value).getId());
                }
            }
            default -> index.codingsChanged(document);
        }
    }

    private void codesMoved(Notification n) throws IndexException {
        for (Object value : values(n)) {
            if (value instanceof Code code) {
                index.codeChanged(code);
            }
        }
    }

    private void codingsOf(Coder coder) throws IndexException {
        for (Document document : index.project().getDocuments()) {
            for (Coding coding : document.getCodings()) {
                if (coding.getCoder() == coder) {
                    index.codingChanged(coding);
                }
            }
        }
    }

    private void documentsChanged(Notification n) throws IndexException {
        if (n.getFeature() != SameboatPackage.Literals.PROJECT__DOCUMENTS) {
            return;
        }
        switch (n.getEventType()) {
            case Notification.ADD, Notification.ADD_MANY -> {
                for (Object value : values(n)) {
                    index.documentChanged((Document) value);
                }
            }
            case Notification.REMOVE, Notification.REMOVE_MANY -> {
                List<?> removed = n.getEventType() == Notification.REMOVE ? List.of(n.getOldValue()) : (List<?>) n.getOldValue();
                for (Object value : removed) {
                    index.documentRemoved(((Document) value).getId());
                }
            }
            default -> {
                // moves and sets within the list leave the index as it is
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> values(Notification n) {
        Object value = n.getNewValue();
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        return value == null ? List.of() : List.of(value);
    }
}
