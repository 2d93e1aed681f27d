package org.sameboat.ui.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.corpus.imports.ImportException;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.ui.session.ProjectSession;

/**
 * File > Open sample project: builds the bundled sample (six sessions of a caregivers' group, coded by two coders) in
 * a folder the user picks, as `sameboat demo` does, and opens it. Building it runs in a job.
 */
public final class OpenSampleHandler {

    /**
     * Where the sample goes in the folder the user chose: the folder itself when it is new or empty, else a new
     * "sameboat-sample" folder inside it (numbered when one exists), so choosing e.g. the home folder just works.
     */
    public static Path target(Path chosen) {
        try {
            if (!Files.exists(chosen) || Files.isDirectory(chosen) && ProjectStore.isEmptyFolder(chosen)) {
                return chosen;
            }
        } catch (ProjectStoreException e) {
            // unreadable: a folder inside it fails with the reason when the sample is built there
        }
        Path folder = chosen.resolve("sameboat-sample");
        for (int n = 2; Files.exists(folder); n++) {
            folder = chosen.resolve("sameboat-sample-" + n);
        }
        return folder;
    }

    @Execute
    public void execute(ProjectSession session, Shell shell, UISynchronize ui) {
        if (!OpenHandler.mayLeave(session, shell)) {
            return;
        }
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Open the sample project");
        dialog.setMessage("Choose a folder for the sample project (in a folder that holds files, it goes in a new "
                + "'sameboat-sample' folder)");
        dialog.setFilterPath(System.getProperty("user.home", "."));
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        build(target(Path.of(chosen)), session, shell, ui, Feedback.dialogs(shell, ui));
    }

    /** Builds the sample in the folder in a job, then opens it on the UI thread; returns the scheduled job. */
    public static Job build(Path folder, ProjectSession session, Shell shell, UISynchronize ui, Feedback feedback) {
        Job job = Job.create("Building the sample project", monitor -> {
            try {
                SampleProject.create(folder);
            } catch (ProjectStoreException | ImportException | IllegalArgumentException e) {
                feedback.failed("Could not build the sample project", e.getMessage());
                return Status.OK_STATUS;
            }
            ui.syncExec(() -> OpenHandler.openFolder(session, shell, folder));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
