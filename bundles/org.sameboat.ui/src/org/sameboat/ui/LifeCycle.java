package org.sameboat.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.time.Clock;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.FrameworkUtil;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.ui.api.AnalysisService;
import org.sameboat.ui.api.ProjectAccess;
import org.sameboat.ui.handlers.OpenHandler;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.WorkbenchAnalysis;
import org.sameboat.ui.session.WorkbenchIndex;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Puts the project session into the application context before any part is made, and opens the project named
 * by {@code -Dsameboat.project=DIR} ({@code ./sameboat open DIR}).
 */
public final class LifeCycle {

    /** System property naming the project to open at start. */
    public static final String PROJECT_PROPERTY = "sameboat.project";
    /** System property naming the coder at work (default: the first coder). */
    public static final String CODER_PROPERTY = "sameboat.coder";

    @PostContextCreate
    public void createSession(IEclipseContext context) {
        StartupTiming.reached("context");
        forgetLayoutOfAnotherVersion();
        ProjectSession session = new ProjectSession(new ProjectStore(), Clock.systemUTC());
        context.set(ProjectSession.class, session);
        // what view plugins see: the API, never the session class itself
        context.set(ProjectAccess.class, session);
        context.set(AnalysisService.class, new WorkbenchAnalysis(session));
        context.set(WorkbenchIndex.class, new WorkbenchIndex(session, command -> Display.getDefault().asyncExec(command)));
    }

    /**
     * The remembered layout is the application model as the user left it; after an update that changed the
     * shipped model (new parts, menus, commands) it would hide them, so it is dropped once when the shipped
     * Application.e4xmi differs from the one it was made from. The e4 application reads the flag right after
     * this life-cycle step, when it loads the model.
     */
    private static void forgetLayoutOfAnotherVersion() {
        Location instance = Platform.getInstanceLocation();
        if (instance == null || !instance.isSet() || instance.getURL() == null) {
            return;
        }
        try (var in = FrameworkUtil.getBundle(LifeCycle.class).getEntry("Application.e4xmi").openStream()) {
            CRC32 crc = new CRC32();
            crc.update(in.readAllBytes());
            String shipped = Long.toHexString(crc.getValue());
            Path stamp = Path.of(new File(instance.getURL().getFile()).getPath(), ".metadata", ".plugins", "org.sameboat.ui", "layout-version");
            String remembered = Files.isRegularFile(stamp) ? Files.readString(stamp).strip() : "";
            if (!shipped.equals(remembered)) {
                System.setProperty(IWorkbench.CLEAR_PERSISTED_STATE, "true");
                Files.createDirectories(stamp.getParent());
                Files.writeString(stamp, shipped);
            }
        } catch (IOException e) {
            ILog.of(LifeCycle.class).warn("could not compare the remembered layout with the shipped one; keeping it", e);
        }
    }

    /**
     * Opens the project named on the command line, or else the one open when the workbench last closed, and
     * brings back what was shown of it; keeps the window on the screen (a remembered or default size may be
     * larger than this screen).
     */
    @ProcessAdditions
    public void openProject(ProjectSession session, MApplication application) {
        StartupTiming.reached("model");
        if (!application.getChildren().isEmpty()) {
            DefaultLayout.fitToScreen(application.getChildren().get(0));
        }
        WorkbenchMemory memory = new WorkbenchMemory(application.getPersistedState());
        String named = System.getProperty(PROJECT_PROPERTY);
        Optional<Path> folder = named == null || named.isBlank() ? memory.lastProject() : Optional.of(Path.of(named));
        if (folder.isPresent()) {
            String coder = Optional.ofNullable(System.getProperty(CODER_PROPERTY)).filter(c -> !c.isBlank())
                    .or(() -> memory.coder(folder.get())).orElse(null);
            try {
                session.open(folder.get(), coder);
                if (coder == null) {
                    askWhoCodes(session);
                }
            } catch (ProjectStoreException e) {
                ILog.of(LifeCycle.class).error("could not open " + folder.get(), e);
                tellCouldNotOpen(e.getMessage());
            }
        }
        memory.follow(session);
        StartupTiming.reached("project");
    }

    /** Before the window shows, so the user learns why it shows no project, and what to do instead. */
    private static void tellCouldNotOpen(String why) {
        Shell shell = new Shell(Display.getDefault());
        try {
            MessageDialog.openError(shell, "Could not open the project",
                    why + "\n\nThe workbench starts without a project; File > Open chooses one.");
        } finally {
            shell.dispose();
        }
    }

    /** No --coder and none remembered for this project: who codes is asked now, once, before the window shows it. */
    private static void askWhoCodes(ProjectSession session) {
        Shell shell = new Shell(Display.getDefault());
        try {
            OpenHandler.askWhoCodes(session, shell);
        } finally {
            shell.dispose();
        }
    }
}
