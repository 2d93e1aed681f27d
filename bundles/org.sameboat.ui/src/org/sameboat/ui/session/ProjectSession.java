package org.sameboat.ui.session;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.address.Addressee;
import org.sameboat.model.address.Addressees;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.EditHistory;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectLock;
import org.sameboat.model.store.ProjectLockedException;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.model.validation.Problem;
import org.sameboat.ui.api.ProjectAccess;

/**
 * The project open in the workbench and the state of the user's work on it: who codes, which document is
 * shown, whose codings are visible, the undo history. Every change to the model goes through here so that it
 * is undoable and every view hears of it. Use it on the UI thread only.
 * <p>
 * Threading contract: the model belongs to the UI thread. EMF is not thread-safe, and a job that read the model while
 * the user edits it would compute wrong figures without any error. A background computation takes an immutable
 * extract here, on the UI thread ({@code WorkbenchAnalysis.snapshot()}, {@code ProjectExtract.of}), and reads only
 * that; {@link #modelVersion()} tells whether an extract taken earlier still matches the model.
 */
public final class ProjectSession implements ProjectAccess {

    /** How many versions {@link #changesSince(long)} can span: an extract older than that is taken whole. */
    private static final int CHANGES_KEPT = 256;

    private final ProjectStore store;
    private final Clock clock;
    private final List<Consumer<SessionChange>> listeners = new ArrayList<>();
    private Project project;
    private Path folder;
    private List<Problem> problems = List.of();
    private EditHistory history = new EditHistory();
    private Coder coder;
    private Document document;
    private CoderLayer layer = CoderLayer.ALL;
    private Coder otherCoder;
    private Range revealed;
    private Optional<ProjectLock> lock = Optional.empty();
    private Optional<String> readOnly = Optional.empty();
    /** Why edits wait for a moment (a team sync rewriting the project on disk), if they do. */
    private Optional<String> paused = Optional.empty();
    private DiskStamp onDisk = DiskStamp.NONE;
    private Consumer<String> refusals = message -> {
    };
    /** The document the transcript showed until an edit, undo or redo took it out of the project. */
    private Document removed;
    /** Why blind is on whatever the coder ticks: an exercise not yet handed in (see {@link ExerciseWork}). */
    private Optional<String> blindEnforced = Optional.empty();
    /** Counts the changes to the model and the projects opened: an extract taken at one count is the model at it. */
    private long modelVersion;
    /** What the last model versions changed, newest first: lets a view's extract re-copy only what changed. */
    private final Deque<VersionChange> changes = new ArrayDeque<>();

    /** The objects one model version changed (see {@link EditHistory#lastChange()}); empty when unknown. */
    private record VersionChange(long version, Optional<List<EObject>> changed) {
    }

    public ProjectSession(ProjectStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Opens a project; the coder at work is the given name (added if new) or the first coder. The session holds
     * the project's write lock while it is open; when another program holds it, the project opens read-only.
     */
    public void open(Path projectFolder, String coderName) throws ProjectStoreException {
        Optional<ProjectLock> taken;
        Optional<String> refusal = Optional.empty();
        close();
        try {
            taken = Optional.of(ProjectLock.tryAcquire(projectFolder));
        } catch (ProjectLockedException e) {
            taken = Optional.empty();
            refusal = Optional.of(e.getMessage());
        } catch (ProjectStoreException e) {
            // a folder without write permission can still be read; it cannot be locked for writing
            taken = Optional.empty();
            refusal = Optional.of(e.getMessage());
        }
        LoadedProject loaded;
        try {
            onDisk = DiskStamp.of(projectFolder);
            loaded = store.load(projectFolder);
        } catch (ProjectStoreException | RuntimeException e) {
            taken.ifPresent(ProjectLock::close);
            throw e;
        }
        lock = taken;
        readOnly = refusal;
        project = loaded.project();
        folder = projectFolder;
        blindEnforced = ExerciseWork.inProgress(projectFolder);
        problems = loaded.problems();
        history = new EditHistory();
        // the history hears every edit, undo, redo and save: views refresh from one place
        history.addListener(this::modelChanged);
        String name = coderName != null ? coderName : project.getCoders().isEmpty() ? System.getProperty("user.name", "me")
                : project.getCoders().get(0).getName();
        coder = Lookups.coder(project, name).orElse(null);
        if (coder == null) {
            coder = newCoder(name);
        }
        document = project.getDocuments().isEmpty() ? null : project.getDocuments().get(0);
        removed = null;
        revealed = null;
        otherCoder = null;
        layer = CoderLayer.ALL;
        modelVersion++;
        // another project, or the same one read again: nothing carries over from an extract of the last
        changes.clear();
        fire(SessionChange.PROJECT);
    }

    /** Reads the open project again from disk, e.g. after another program changed it; unsaved changes are dropped. */
    public void reload() throws ProjectStoreException {
        Objects.requireNonNull(folder, "no project is open");
        open(folder, coder == null ? null : coder.getName());
    }

    /** Releases the project's write lock; the session stays usable for reading until another project opens. */
    public void close() {
        lock.ifPresent(ProjectLock::close);
        lock = Optional.empty();
    }

    /** Whether the project is open read-only because another program holds its write lock. */
    public boolean isReadOnly() {
        return project != null && readOnly.isPresent();
    }

    /** Why the project is read-only: who holds its write lock. */
    public Optional<String> readOnlyReason() {
        return project == null ? Optional.empty() : readOnly;
    }

    /** Whether the model file changed on disk since this session read or saved it (another program wrote it). */
    public boolean changedOnDisk() {
        return folder != null && !DiskStamp.of(folder).equals(onDisk);
    }

    /** Takes the file on disk as seen, so that the same change is not reported again. */
    public void keepOwnVersion() {
        if (folder != null) {
            onDisk = DiskStamp.of(folder);
        }
    }

    /** Told the message of every edit refused because the project is read-only, e.g. to show it to the user. */
    public void onRefusal(Consumer<String> shown) {
        refusals = Objects.requireNonNull(shown);
    }

    /** The write lock the session holds on the open project, for work done under it (a team sync); empty when read-only. */
    public Optional<ProjectLock> writeLock() {
        return lock.filter(ProjectLock::isHeld);
    }

    /**
     * Refuses edits, with the reason, until {@link #resumeEdits()}: a team sync rewrites the project on disk while
     * it runs, and an edit made meanwhile would be lost when the session reads the merged project.
     */
    public void pauseEdits(String why) {
        paused = Optional.of(why);
    }

    public void resumeEdits() {
        paused = Optional.empty();
    }

    private void requireWritable() {
        if (paused.isPresent()) {
            String message = "The project cannot be changed just now: " + paused.get() + ".";
            refusals.accept(message);
            throw new ReadOnlyProjectException(message);
        }
        if (isReadOnly()) {
            String message = "This project is open read-only, so it cannot be changed: " + readOnly.get()
                    + ". Reopen it once that program has closed it.";
            refusals.accept(message);
            throw new ReadOnlyProjectException(message);
        }
    }

    @Override
    public Optional<Project> project() {
        return Optional.ofNullable(project);
    }

    public Optional<Path> folder() {
        return Optional.ofNullable(folder);
    }

    /** Problems found when the project was loaded. */
    public List<Problem> problems() {
        return problems;
    }

    public EditHistory history() {
        return history;
    }

    /** The coder at work; set whenever a project is open. */
    public Coder coder() {
        return coder;
    }

    @Override
    public Optional<Coder> coderAtWork() {
        return Optional.ofNullable(coder);
    }

    @Override
    public Optional<Document> shownDocument() {
        return document();
    }

    @Override
    public void reveal(Document shown, int start, int end) {
        requireInProject(shown, "document '" + shown.getName() + "'");
        show(shown);
        revealed = new Range(shown, start, end);
        fire(SessionChange.REVEAL);
    }

    /** The stretch last asked to be revealed, for the transcript editor. */
    public Optional<Range> revealed() {
        return Optional.ofNullable(revealed);
    }

    /**
     * Chooses the coder at work, right after {@link #open} (the open dialog's choice); a new name adds a coder as
     * one undoable step. Who codes is chosen once per opening, never switched while coding.
     */
    public void workAs(String name) {
        Objects.requireNonNull(project, "no project is open");
        Optional<Coder> existing = Lookups.coder(project, name);
        if (existing.isEmpty()) {
            requireWritable();
        }
        coder = existing.orElseGet(() -> history.edit("Add coder '" + name + "'", List.of(project), () -> newCoder(name)));
        fire(SessionChange.LAYERS);
    }

    /**
     * A coder who joins a project where others have coded starts blind: independent coding is what makes an
     * agreement figure credible, and MAXQDA and ATLAS.ti users get it by coding in their own copy. They end it
     * when they are done.
     */
    private Coder newCoder(String name) {
        boolean othersCoded = project.getDocuments().stream().anyMatch(d -> !d.getCodings().isEmpty());
        Coder added = Lookups.coderOrNew(project, name);
        added.setBlind(othersCoded);
        return added;
    }

    /**
     * The document the transcript showed until an edit, undo or redo removed it from the project (e.g. undoing
     * its import); empty while a document is shown. Redo brings it back into view.
     */
    public Optional<Document> removedDocument() {
        return Optional.ofNullable(removed);
    }

    /** Whether an element is still part of the open project (an undo, merge or import may have taken it out). */
    public boolean inProject(EObject element) {
        return element != null && project != null && element.eResource() != null && EcoreUtil.getRootContainer(element) == project;
    }

    private void requireInProject(EObject element, String what) {
        if (!inProject(element)) {
            throw new IllegalArgumentException(what + " is no longer in the project (an undo, merge or import removed it)");
        }
    }

    private void modelChanged() {
        // first of all, before any view hears of it and takes an extract
        modelVersion++;
        changes.addFirst(new VersionChange(modelVersion, history.lastChange()));
        if (changes.size() > CHANGES_KEPT) {
            changes.removeLast();
        }
        // follow the model before the views hear of the change, so that none of them shows a removed document
        if (document != null && !inProject(document)) {
            removed = document;
            document = null;
            revealed = null;
            fire(SessionChange.DOCUMENT);
        } else if (document == null && removed != null && inProject(removed)) {
            document = removed;
            removed = null;
            fire(SessionChange.DOCUMENT);
        }
        fire(SessionChange.MODEL);
    }

    public Optional<Document> document() {
        return Optional.ofNullable(document);
    }

    public void show(Document shown) {
        if (shown != null) {
            requireInProject(shown, "document '" + shown.getName() + "'");
        }
        if (shown != document) {
            document = shown;
            removed = null;
            fire(SessionChange.DOCUMENT);
        }
    }

    public CoderLayer layer() {
        return layer;
    }

    public Optional<Coder> otherCoder() {
        return Optional.ofNullable(otherCoder);
    }

    /** Shows my codings, all, or one other coder's; refused while blind mode is on. */
    public void showLayer(CoderLayer shown, Coder other) {
        if (isBlind()) {
            return;
        }
        layer = shown;
        otherCoder = shown == CoderLayer.OTHER ? Objects.requireNonNull(other, "which other coder?") : null;
        fire(SessionChange.LAYERS);
    }

    /** Whether the coder at work codes blind; saved with the project, per coder. */
    @Override
    public boolean isBlind() {
        return coder != null && (coder.isBlind() || blindEnforced.isPresent());
    }

    /** Why blind cannot be ended now (an exercise in progress); empty when the coder decides. */
    public Optional<String> blindEnforced() {
        return project == null ? Optional.empty() : blindEnforced;
    }

    /**
     * Starts or ends blind coding for the coder at work: everybody else's codings are hidden until they end it.
     * The state is part of the project (saved, per coder) and the change is undoable.
     */
    public void setBlind(boolean on) {
        Objects.requireNonNull(project, "no project is open");
        if (!on && blindEnforced.isPresent()) {
            refusals.accept(blindEnforced.get());
            fire(SessionChange.LAYERS);
            return;
        }
        if (on != isBlind()) {
            history.edit(on ? "Start blind coding" : "End blind coding", List.of(coder), () -> {
                coder.setBlind(on);
                return coder;
            });
        }
        fire(SessionChange.LAYERS);
    }

    @Override
    public List<Coder> visibleCoders() {
        if (project == null) {
            return List.of();
        }
        if (isBlind() || layer == CoderLayer.MINE) {
            return List.of(coder);
        }
        return layer == CoderLayer.OTHER ? List.of(coder, otherCoder) : List.copyOf(project.getCoders());
    }

    /** Whether a coding is visible under the current layer and blind mode. */
    @Override
    public boolean isVisible(Coding coding) {
        if (coding.getCoder() == coder) {
            return true;
        }
        if (isBlind()) {
            return false;
        }
        return switch (layer) {
            case MINE -> false;
            case ALL -> true;
            case OTHER -> coding.getCoder() == otherCoder;
        };
    }

    /** The visible codings of a document, in model order. */
    @Override
    public List<Coding> visibleCodings(Document of) {
        List<Coding> visible = new ArrayList<>();
        for (Coding coding : of.getCodings()) {
            if (isVisible(coding)) {
                visible.add(coding);
            }
        }
        return visible;
    }

    /** Codes [start, end) of the shown document for the coder at work. */
    public Coding code(Document in, Code code, int start, int end) {
        requireWritable();
        requireInProject(in, "document '" + in.getName() + "'");
        requireInProject(code, "code '" + code.getName() + "'");
        return history.edit("Code '" + code.getName() + "'", List.of(in), () -> Codings.add(in, code, coder, start, end, clock));
    }

    /** Codes several ranges of several documents as one undoable step (e.g. "code all hits"). */
    public int codeAll(Code code, List<Range> ranges) {
        requireWritable();
        requireInProject(code, "code '" + code.getName() + "'");
        List<Document> scope = ranges.stream().map(Range::document).distinct().toList();
        scope.forEach(d -> requireInProject(d, "document '" + d.getName() + "'"));
        return history.edit("Code " + ranges.size() + " ranges as '" + code.getName() + "'", scope, () -> {
            int added = 0;
            for (Range range : ranges) {
                boolean duplicate = range.document().getCodings().stream().anyMatch(c -> c.getCode() == code && c.getCoder() == coder
                        && c.getStart() == range.start() && c.getEnd() == range.end());
                if (!duplicate) {
                    Codings.add(range.document(), code, coder, range.start(), range.end(), clock);
                    added++;
                }
            }
            return added;
        });
    }

    /** A range of a document, in code points. */
    public record Range(Document document, int start, int end) {
    }

    public void remove(Coding coding) {
        requireWritable();
        Document in = documentOf(coding);
        history.edit("Remove coding '" + codeName(coding) + "'", List.of(in), () -> in.getCodings().remove(coding));
    }

    /** Moves a coding's boundaries, e.g. to the user's selection. */
    public void resize(Coding coding, int start, int end) {
        Document in = documentOf(coding);
        int length = org.sameboat.model.text.DocumentText.of(in.getText()).length();
        if (start < 0 || start >= end || end > length) {
            throw new IllegalArgumentException("a coding needs a non-empty range inside the text");
        }
        requireWritable();
        history.edit("Resize coding '" + codeName(coding) + "'", List.of(in), () -> {
            coding.setStart(start);
            coding.setEnd(end);
            return coding;
        });
    }

    /** Gives a coding another code. */
    public void recode(Coding coding, Code code) {
        requireWritable();
        requireInProject(code, "code '" + code.getName() + "'");
        history.edit("Re-code '" + codeName(coding) + "' as '" + code.getName() + "'", List.of(documentOf(coding)), () -> {
            coding.setCode(code);
            return coding;
        });
    }

    public void setMemo(Coding coding, String memo) {
        requireWritable();
        history.edit("Memo on coding '" + codeName(coding) + "'", List.of(documentOf(coding)), () -> {
            coding.setMemo(memo == null || memo.isBlank() ? null : memo);
            return coding;
        });
    }

    /**
     * Says whom a turn is addressed to, as one undoable step; empty goes back to the addressee the rule infers
     * (docs/analysis.md, "Addressees").
     */
    public void setAddressee(Turn turn, Optional<Addressee> to) {
        requireWritable();
        requireInProject(turn, "this turn");
        history.edit(addressing(to), List.of(turn.getDocument()), () -> {
            Addressees.set(turn, to);
            return turn;
        });
    }

    /** Says whom the help a coding marks is addressed to; empty goes back to its turn's addressee. */
    public void setAddressee(Coding coding, Optional<Addressee> to) {
        requireWritable();
        Document in = documentOf(coding);
        history.edit(addressing(to), List.of(in), () -> {
            Addressees.set(coding, to);
            return coding;
        });
    }

    private static String addressing(Optional<Addressee> to) {
        return to.map(a -> "Addressed to " + a.label()).orElse("Addressee as inferred");
    }

    private static String codeName(Coding coding) {
        return coding.getCode() == null ? "?" : coding.getCode().getName();
    }

    /** The document of a coding that is still in the project; refuses a coding an undo or merge removed. */
    private Document documentOf(Coding coding) {
        requireInProject(coding, "this coding");
        return coding.getDocument();
    }

    /** Any other edit of the model, undoable, with the parts it touches as scope. */
    @Override
    public <T> T edit(String label, java.util.Collection<? extends org.eclipse.emf.common.notify.Notifier> scope,
            java.util.function.Supplier<T> change) {
        requireWritable();
        return history.edit(label, scope, change);
    }

    /** What Edit > Undo says: "Undo code 'Mutual support'", or plain "Undo" when there is nothing to undo. */
    public String undoName() {
        return history.canUndo() ? "Undo " + inSentence(history.undoLabel()) : "Undo";
    }

    /** What Edit > Redo says: "Redo code 'Mutual support'", or plain "Redo". */
    public String redoName() {
        return history.canRedo() ? "Redo " + inSentence(history.redoLabel()) : "Redo";
    }

    /** A step's label as it reads after "Undo ": its first word in lower case unless it is an acronym ("CSV"). */
    static String inSentence(String label) {
        if (label.isEmpty() || label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
            return label;
        }
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    public void undo() {
        if (history.canUndo() && paused.isEmpty()) {
            history.undo();
        }
    }

    public void redo() {
        if (history.canRedo() && paused.isEmpty()) {
            history.redo();
        }
    }

    public boolean isDirty() {
        return history.isDirty();
    }

    /** Saves atomically; the previous file stays as backup. */
    public void save() throws ProjectStoreException {
        Objects.requireNonNull(project, "no project is open");
        requireWritable();
        store.save(project, folder);
        onDisk = DiskStamp.of(folder);
        history.saved();
        fire(SessionChange.DIRTY);
    }

    /**
     * Changes with every edit, undo, redo, save and project opened or closed: an extract of the model taken at one
     * value is still the model while the value stays.
     */
    public long modelVersion() {
        return modelVersion;
    }

    /**
     * The model objects changed (their features) since the given {@link #modelVersion()}, from every edit, undo and
     * redo since, for a copy of the model that re-copies only what changed ({@code ProjectExtract}); empty when that
     * is not known (a project opened since, or too many versions ago).
     */
    public Optional<List<EObject>> changesSince(long version) {
        List<EObject> changed = new ArrayList<>();
        long expected = modelVersion;
        for (VersionChange change : changes) {
            if (change.version() <= version) {
                break;
            }
            if (change.version() != expected || change.changed().isEmpty()) {
                return Optional.empty();
            }
            changed.addAll(change.changed().get());
            expected--;
        }
        return expected == version ? Optional.of(changed) : Optional.empty();
    }

    public void addListener(Consumer<SessionChange> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<SessionChange> listener) {
        listeners.remove(listener);
    }

    private void fire(SessionChange change) {
        for (Consumer<SessionChange> listener : List.copyOf(listeners)) {
            listener.accept(change);
        }
    }
}
