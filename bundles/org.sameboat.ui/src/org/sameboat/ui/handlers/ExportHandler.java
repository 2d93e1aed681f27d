package org.sameboat.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.model.Project;
import org.sameboat.ui.session.ProjectSession;

import jakarta.inject.Named;

/** File > Export > …: one command, its parameter naming the kind ("csv", "qdpx-pseudonymised", …). */
public final class ExportHandler {

    /** The command parameter's id, as in Application.e4xmi. */
    public static final String KIND = "org.sameboat.ui.commandparameter.export.kind";

    @CanExecute
    public boolean canExecute(ProjectSession session) {
        return session.project().isPresent();
    }

    @Execute
    public void execute(@Named(KIND) String kind, ProjectSession session, Shell shell, UISynchronize ui) {
        boolean pseudonymise = kind.endsWith("-pseudonymised");
        ExportKind what = ExportKind.valueOf(kind.replace("-pseudonymised", "").toUpperCase(Locale.ROOT));
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export the " + what.label() + (pseudonymise ? ", speakers pseudonymised" : ""));
        dialog.setFilterExtensions(new String[] {"*." + what.extension(), "*.*"});
        dialog.setFileName(session.project().map(Project::getName).orElse("project").replaceAll("[^\\p{L}\\p{N} _-]", "")
                + (pseudonymise ? "-pseudonymised" : "") + "." + what.extension());
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            export(what, pseudonymise, session, Path.of(file), Feedback.dialogs(shell, ui));
        }
    }

    /**
     * Copies the project on the UI thread (quick), then writes it in a job, so the workbench stays responsive while
     * a large project is written; a failure is one line, and the project is untouched either way.
     */
    public static Job export(ExportKind what, boolean pseudonymise, ProjectSession session, Path file, Feedback feedback) {
        Project copy = ExportKind.snapshot(session.project().orElseThrow(), pseudonymise);
        Job job = Job.create("Exporting the " + what.label(), monitor -> {
            try {
                List<String> notes = what.write(copy, file);
                feedback.done("Exported", "Wrote " + file + (notes.isEmpty() ? "" : "\n\nNotes:\n" + String.join("\n", notes)));
            } catch (IOException | RuntimeException e) {
                feedback.failed("Could not export", "Cannot write " + file + ": " + e.getMessage());
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
