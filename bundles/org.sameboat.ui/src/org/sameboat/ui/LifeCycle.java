package org.sameboat.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.ui.api.AnalysisService;
import org.sameboat.ui.api.ProjectAccess;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.WorkbenchAnalysis;
import org.sameboat.ui.session.WorkbenchIndex;
import org.eclipse.swt.widgets.Display;

/**
 * Puts the project session into the application context before any part is made, and opens the project named
 * by {@code -Dsameboat.project=DIR} ({@code ./sameboat open DIR}).
 */
public final class LifeCycle {

    /** System property naming the project to open at start. */
    public static final String PROJECT_PROPERTY = "sameboat.project";
    /** System property naming the coder at work (default: the first coder). */
    public static final String CODER_PROPERTY = "sameboat.coder";

    /** Kept so that JUL keeps the level: Lucene's advice about the vector module is noise for users. */
    private final java.util.logging.Logger luceneVectorAdvice = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    @PostContextCreate
    public void createSession(IEclipseContext context) {
        StartupTiming.contextReady();
        luceneVectorAdvice.setLevel(java.util.logging.Level.SEVERE);
        ProjectSession session = new ProjectSession(new ProjectStore(), Clock.systemUTC());
        context.set(ProjectSession.class, session);
        // what view plugins see: the API, never the session class itself
        context.set(ProjectAccess.class, session);
        context.set(AnalysisService.class, new WorkbenchAnalysis(session));
        context.set(WorkbenchIndex.class, new WorkbenchIndex(session, command -> Display.getDefault().asyncExec(command)));
    }

    /**
     * Opens the project named on the command line, or else the one open when the workbench last closed, and
     * brings back what was shown of it; keeps the window on the screen (a remembered or default size may be
     * larger than this screen).
     */
    @ProcessAdditions
    public void openProject(ProjectSession session, MApplication application) {
        if (!application.getChildren().isEmpty()) {
            DefaultLayout.fitToScreen(application.getChildren().get(0));
        }
        WorkbenchMemory memory = new WorkbenchMemory(application.getPersistedState());
        String named = System.getProperty(PROJECT_PROPERTY);
        Optional<Path> folder = named == null || named.isBlank() ? memory.lastProject() : Optional.of(Path.of(named));
        if (folder.isPresent()) {
            String coder = Optional.ofNullable(System.getProperty(CODER_PROPERTY)).or(() -> memory.coder(folder.get())).orElse(null);
            try {
                session.open(folder.get(), coder);
            } catch (ProjectStoreException e) {
                System.err.println("sameboat: " + e.getMessage());
            }
        }
        memory.follow(session);
    }
}
