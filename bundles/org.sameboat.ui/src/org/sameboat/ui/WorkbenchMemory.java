package org.sameboat.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.sameboat.model.Coder;
import org.sameboat.model.Document;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.store.ProjectFormat;
import org.sameboat.ui.session.CoderLayer;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.SessionChange;

/**
 * What the workbench remembers between sessions beside its layout, kept in the persisted application model
 * (so "Reset layout" leaves it alone): the last project, and per project the coder, the document shown and the
 * coder layer. Blind mode is the project's own business and is not kept here.
 */
public final class WorkbenchMemory {

    static final String LAST_PROJECT = "sameboat.project";

    private final Map<String, String> state;

    /** Remembers in the given map, the application's persisted state. */
    public WorkbenchMemory(Map<String, String> state) {
        this.state = state;
    }

    /** The project open when the workbench last closed, if its folder still holds a project. */
    public Optional<Path> lastProject() {
        return Optional.ofNullable(state.get(LAST_PROJECT)).map(Path::of)
                .filter(folder -> Files.isRegularFile(folder.resolve(ProjectFormat.MODEL_FILE)));
    }

    /** The coder last at work on a project. */
    public Optional<String> coder(Path folder) {
        return Optional.ofNullable(state.get(key(folder, "coder")));
    }

    /** Brings back what was shown of the session's project and starts remembering what the user does. */
    public void follow(ProjectSession session) {
        restore(session);
        session.folder().ifPresent(new RecentProjects(state)::add);
        session.addListener(change -> {
            if (change == SessionChange.PROJECT) {
                restore(session);
                session.folder().ifPresent(new RecentProjects(state)::add);
            }
            record(session);
        });
        record(session);
    }

    private void restore(ProjectSession session) {
        Optional<Path> folder = session.folder();
        if (folder.isEmpty() || session.project().isEmpty()) {
            return;
        }
        Optional.ofNullable(state.get(key(folder.get(), "document"))).flatMap(id -> Lookups.document(session.project().get(), id))
                .ifPresent(session::show);
        String layer = state.get(key(folder.get(), "layer"));
        if (layer == null || session.isBlind()) {
            return;
        }
        if (layer.startsWith("OTHER:")) {
            Optional<Coder> other = Lookups.coder(session.project().get(), layer.substring("OTHER:".length()));
            other.filter(o -> o != session.coder()).ifPresent(o -> session.showLayer(CoderLayer.OTHER, o));
        } else if (layer.equals(CoderLayer.MINE.name()) || layer.equals(CoderLayer.ALL.name())) {
            session.showLayer(CoderLayer.valueOf(layer), null);
        }
    }

    private void record(ProjectSession session) {
        Optional<Path> folder = session.folder();
        if (folder.isEmpty()) {
            return;
        }
        state.put(LAST_PROJECT, folder.get().toString());
        if (session.coder() != null) {
            state.put(key(folder.get(), "coder"), session.coder().getName());
        }
        session.document().map(Document::getId).ifPresent(id -> state.put(key(folder.get(), "document"), id));
        state.put(key(folder.get(), "layer"), session.layer() == CoderLayer.OTHER
                ? "OTHER:" + session.otherCoder().map(Coder::getName).orElse("") : session.layer().name());
    }

    private static String key(Path folder, String what) {
        return "sameboat.project." + folder.toAbsolutePath().normalize() + "." + what;
    }
}
