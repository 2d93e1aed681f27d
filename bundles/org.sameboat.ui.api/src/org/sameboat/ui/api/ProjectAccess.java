package org.sameboat.ui.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Notifier;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;

/**
 * The open project as a view sees it. The workbench puts one into the application context; use it on the UI
 * thread. Read the model freely; change it only through {@link #edit}, so that every change can be undone and
 * every view hears of it.
 */
public interface ProjectAccess {

    /** The open project, if one is open. */
    Optional<Project> project();

    /** The coder the user works as. */
    Optional<Coder> coderAtWork();

    /** The document shown in the transcript editor. */
    Optional<Document> shownDocument();

    /** Whether a coding is visible under the user's coder layers and blind mode; views honour it. */
    boolean isVisible(Coding coding);

    /** The visible codings of a document. */
    List<Coding> visibleCodings(Document document);

    /**
     * Whether the coder at work codes blind: every other coder's codings are hidden from them, in every view,
     * until they end it. A view that compares coders (agreement) says so instead of computing.
     *
     * @since 1.2
     */
    default boolean isBlind() {
        return false;
    }

    /**
     * The coders whose codings the user may see now, the coder at work first when blind: a view offers only
     * these in its coder choices, and "all coders pooled" means these pooled. Under blind mode it is the coder at
     * work alone.
     *
     * @since 1.2
     */
    default List<Coder> visibleCoders() {
        return project().map(p -> List.copyOf(p.getCoders())).orElse(List.of());
    }

    /** Shows a document in the transcript editor and selects [start, end) (code points). */
    void reveal(Document document, int start, int end);

    /**
     * Changes the model as one undoable step.
     *
     * @param label  what "Undo" will say
     * @param scope  the parts of the model the change may touch (a document, a codebook, the project)
     * @param change the change; if it throws, everything it did is rolled back and the exception passes on
     */
    <T> T edit(String label, Collection<? extends Notifier> scope, Supplier<T> change);
}
