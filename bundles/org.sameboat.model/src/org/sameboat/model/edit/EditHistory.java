package org.sameboat.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;

/**
 * Undo and redo for every edit of a project. An edit is any code that changes the model; while it runs, EMF's
 * change recorder watches the parts of the model it names (a document, a codebook, the project) and keeps the
 * reverse of what happened, so no edit needs an undo of its own.
 * <p>
 * Scope matters for speed: recording attaches to every element under the scope, so an edit of one document's
 * codings names that document, not the whole project.
 */
public final class EditHistory {

    private final BasicCommandStack stack = new BasicCommandStack();
    private final List<Runnable> listeners = new ArrayList<>();
    /** What the last edit, undo or redo changed (empty when unknown); none after a save. */
    private Optional<List<EObject>> lastChange = Optional.of(List.of());

    public EditHistory() {
        stack.addCommandStackListener(event -> {
            lastChange = stack.getMostRecentCommand() instanceof RecordedEdit<?> edit ? edit.changed() : Optional.empty();
            listeners.forEach(Runnable::run);
        });
    }

    /**
     * Runs an edit as one undoable step and returns its result.
     *
     * @param label  what the user sees in "Undo …"
     * @param scope  the model parts the edit may change
     * @param change the edit; if it throws, everything it changed is rolled back and the exception passes on
     */
    public <T> T edit(String label, Collection<? extends Notifier> scope, Supplier<T> change) {
        RecordedEdit<T> edit = new RecordedEdit<>(label, scope, change);
        edit.record();
        if (edit.failure != null) {
            // rolled back already; a failed edit must not reach the stack, which would flush the history
            throw edit.failure;
        }
        stack.execute(edit);
        return edit.result;
    }

    public boolean canUndo() {
        return stack.canUndo();
    }

    public boolean canRedo() {
        return stack.canRedo();
    }

    public void undo() {
        stack.undo();
    }

    public void redo() {
        stack.redo();
    }

    /** Label of the edit that undo would reverse, or "" if none. */
    public String undoLabel() {
        return stack.canUndo() ? stack.getUndoCommand().getLabel() : "";
    }

    public String redoLabel() {
        return stack.canRedo() ? stack.getRedoCommand().getLabel() : "";
    }

    /** Whether the project differs from what was last saved. */
    public boolean isDirty() {
        return stack.isSaveNeeded();
    }

    /** Marks the current state as saved. */
    public void saved() {
        stack.saveIsDone();
        lastChange = Optional.of(List.of());
        listeners.forEach(Runnable::run);
    }

    /**
     * The model objects whose features the last edit, undo or redo changed (a coding moved, a document's list of
     * codings, a code renamed), as seen by the listeners it calls; objects it added or removed show as a change of
     * their container's list. Empty (unknown) when the stack did something other than one recorded edit. For those
     * that keep a copy of the model and re-copy only what changed ({@code ProjectExtract}).
     */
    public Optional<List<EObject>> lastChange() {
        return lastChange;
    }

    /** Called after every edit, undo, redo and save. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private static final class RecordedEdit<T> extends AbstractCommand {
        private final Collection<? extends Notifier> scope;
        private final Supplier<T> change;
        private ChangeDescription reverse;
        /** The objects whose features the edit changed; undo and redo change the same ones back and forth. */
        private Optional<List<EObject>> changed = Optional.empty();
        private T result;
        private RuntimeException failure;

        RecordedEdit(String label, Collection<? extends Notifier> scope, Supplier<T> change) {
            super(label);
            this.scope = List.copyOf(scope);
            this.change = change;
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            // the change ran in record(), before the stack took the command
        }

        void record() {
            ChangeRecorder recorder = new ChangeRecorder(scope);
            try {
                result = change.get();
            } catch (RuntimeException e) {
                failure = e;
            } finally {
                reverse = recorder.endRecording();
                recorder.dispose();
            }
            if (failure != null) {
                reverse.apply();
                reverse = null;
            } else if (reverse.getResourceChanges().isEmpty()) {
                // a change to a resource's contents (a root replaced) has no container to name: left unknown
                changed = Optional.of(List.copyOf(reverse.getObjectChanges().keySet()));
            }
        }

        Optional<List<EObject>> changed() {
            return changed;
        }

        @Override
        public boolean canUndo() {
            return reverse != null;
        }

        @Override
        public void undo() {
            reverse.applyAndReverse();
        }

        @Override
        public void redo() {
            reverse.applyAndReverse();
        }
    }
}
