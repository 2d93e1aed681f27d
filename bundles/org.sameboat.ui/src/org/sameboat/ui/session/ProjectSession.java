package org.sameboat.ui.session;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.EditHistory;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.model.validation.Problem;
import org.sameboat.ui.api.ProjectAccess;

/**
 * The project open in the workbench and the state of the user's work on it: who codes, which document is
 * shown, whose codings are visible, the undo history. Every change to the model goes through here so that it
 * is undoable and every view hears of it. Use it on the UI thread only.
 */
public final class ProjectSession implements ProjectAccess {

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
    private boolean blind;
    private Range revealed;

    public ProjectSession(ProjectStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Opens a project; the coder at work is the given name (added if new) or the first coder. */
    public void open(Path projectFolder, String coderName) throws ProjectStoreException {
        LoadedProject loaded = store.load(projectFolder);
        project = loaded.project();
        folder = projectFolder;
        problems = loaded.problems();
        history = new EditHistory();
        // the history hears every edit, undo, redo and save: views refresh from one place
        history.addListener(() -> fire(SessionChange.MODEL));
        String name = coderName != null ? coderName : project.getCoders().isEmpty() ? System.getProperty("user.name", "me")
                : project.getCoders().get(0).getName();
        coder = Lookups.coder(project, name).orElse(null);
        if (coder == null) {
            coder = Lookups.coderOrNew(project, name);
        }
        document = project.getDocuments().isEmpty() ? null : project.getDocuments().get(0);
        otherCoder = null;
        layer = CoderLayer.ALL;
        blind = false;
        fire(SessionChange.PROJECT);
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
        show(shown);
        revealed = new Range(shown, start, end);
        fire(SessionChange.REVEAL);
    }

    /** The stretch last asked to be revealed, for the transcript editor. */
    public Optional<Range> revealed() {
        return Optional.ofNullable(revealed);
    }

    /** Switches the coder at work; a new name adds a coder (one undoable step). */
    public void workAs(String name) {
        Objects.requireNonNull(project, "no project is open");
        Optional<Coder> existing = Lookups.coder(project, name);
        coder = existing.orElseGet(() -> history.edit("Add coder " + name, List.of(project), () -> Lookups.coderOrNew(project, name)));
        fire(SessionChange.LAYERS);
    }

    public Optional<Document> document() {
        return Optional.ofNullable(document);
    }

    public void show(Document shown) {
        if (shown != document) {
            document = shown;
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
        if (blind) {
            return;
        }
        layer = shown;
        otherCoder = shown == CoderLayer.OTHER ? Objects.requireNonNull(other, "which other coder?") : null;
        fire(SessionChange.LAYERS);
    }

    public boolean isBlind() {
        return blind;
    }

    /** Blind mode hides everybody else's codings until the coder says they are done. */
    public void setBlind(boolean on) {
        blind = on;
        fire(SessionChange.LAYERS);
    }

    /** Whether a coding is visible under the current layer and blind mode. */
    @Override
    public boolean isVisible(Coding coding) {
        if (coding.getCoder() == coder) {
            return true;
        }
        if (blind) {
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
        return history.edit("Code as " + code.getName(), List.of(in), () -> Codings.add(in, code, coder, start, end, clock));
    }

    /** Codes several ranges of several documents as one undoable step (e.g. "code all hits"). */
    public int codeAll(Code code, List<Range> ranges) {
        List<Document> scope = ranges.stream().map(Range::document).distinct().toList();
        return history.edit("Code " + ranges.size() + " ranges as " + code.getName(), scope, () -> {
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
        Document in = coding.getDocument();
        history.edit("Remove coding", List.of(in), () -> in.getCodings().remove(coding));
    }

    /** Moves a coding's boundaries, e.g. to the user's selection. */
    public void resize(Coding coding, int start, int end) {
        Document in = coding.getDocument();
        int length = org.sameboat.model.text.DocumentText.of(in.getText()).length();
        if (start < 0 || start >= end || end > length) {
            throw new IllegalArgumentException("a coding needs a non-empty range inside the text");
        }
        history.edit("Resize coding", List.of(in), () -> {
            coding.setStart(start);
            coding.setEnd(end);
            return coding;
        });
    }

    /** Gives a coding another code. */
    public void recode(Coding coding, Code code) {
        history.edit("Re-code as " + code.getName(), List.of(coding.getDocument()), () -> {
            coding.setCode(code);
            return coding;
        });
    }

    public void setMemo(Coding coding, String memo) {
        history.edit("Memo", List.of(coding.getDocument()), () -> {
            coding.setMemo(memo == null || memo.isBlank() ? null : memo);
            return coding;
        });
    }

    /** Any other edit of the model, undoable, with the parts it touches as scope. */
    @Override
    public <T> T edit(String label, java.util.Collection<? extends org.eclipse.emf.common.notify.Notifier> scope,
            java.util.function.Supplier<T> change) {
        return history.edit(label, scope, change);
    }

    public void undo() {
        if (history.canUndo()) {
            history.undo();
        }
    }

    public void redo() {
        if (history.canRedo()) {
            history.redo();
        }
    }

    public boolean isDirty() {
        return history.isDirty();
    }

    /** Saves atomically; the previous file stays as backup. */
    public void save() throws ProjectStoreException {
        Objects.requireNonNull(project, "no project is open");
        store.save(project, folder);
        history.saved();
        fire(SessionChange.DIRTY);
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
