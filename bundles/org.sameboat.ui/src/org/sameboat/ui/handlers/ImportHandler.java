package org.sameboat.ui.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.corpus.imports.ImportException;
import org.sameboat.corpus.imports.Source;
import org.sameboat.corpus.imports.Transcript;
import org.sameboat.corpus.imports.TranscriptImporter;
import org.sameboat.ui.session.ProjectSession;

/**
 * File > Import transcripts: reading and parsing run in a background job with progress and cancel; the parsed
 * documents join the project in one undoable step on the UI thread.
 */
public final class ImportHandler {

    @CanExecute
    public boolean canExecute(ProjectSession session) {
        return session.project().isPresent();
    }

    @Execute
    public void execute(ProjectSession session, Shell shell, UISynchronize ui) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText("Import transcripts");
        dialog.setFilterExtensions(new String[] {"*.txt;*.vtt;*.srt;*.csv", "*.*"});
        if (dialog.open() == null) {
            return;
        }
        List<Path> files = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            files.add(Path.of(dialog.getFilterPath(), name));
        }
        ImportDialog preview = new ImportDialog(shell, files);
        if (preview.open() == org.eclipse.jface.window.Window.OK) {
            importPlan(preview.plan(), session, ui, Feedback.dialogs(shell, ui));
        }
    }

    /** Imports the files as they are (format detected per file) in a user job; returns the scheduled job. */
    public static Job importFiles(List<Path> files, ProjectSession session, Shell shell, UISynchronize ui) {
        return importPlan(ImportPlan.asTheyAre(files), session, ui, Feedback.dialogs(shell, ui));
    }

    /** Imports as the dialog settled, in a user job reporting to the status line; returns the scheduled job. */
    public static Job importPlan(ImportPlan plan, ProjectSession session, UISynchronize ui, Feedback feedback) {
        Job job = Job.create("Importing " + plan.files().size() + " transcript(s)",
                (org.eclipse.core.runtime.jobs.IJobFunction) monitor -> parse(plan, monitor, session, ui, feedback));
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** One tick per file read and parsed, and a last tenth for adding them to the project, which the bar shows too. */
    private static IStatus parse(ImportPlan plan, IProgressMonitor monitor, ProjectSession session, UISynchronize ui, Feedback feedback) {
        List<Path> files = plan.files();
        int n = files.size();
        int last = Math.max(1, n / 10);
        SubMonitor progress = SubMonitor.convert(monitor, "Importing " + n + " transcript(s)", n + last);
        List<Transcript> transcripts = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                if (progress.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                Path file = files.get(i);
                progress.subTask("Reading " + (i + 1) + " of " + n + ": " + file.getFileName());
                Source source = Source.read(file);
                transcripts.addAll(plan.apply(file, plan.format().parse(source, plan.columns())));
                progress.worked(1);
            }
        } catch (ImportException e) {
            feedback.failed("Nothing was imported", e.getMessage());
            return Status.OK_STATUS;
        }
        progress.subTask("Adding " + transcripts.size() + " transcript(s) to the project\u2026");
        // the model is changed on the UI thread; the job waits for it, so the bar and label stay up until it is done
        ui.syncExec(() -> session.project().ifPresent(project -> session.edit("Import " + transcripts.size() + " transcript(s)",
                List.of(project), () -> new TranscriptImporter(project).add(transcripts))));
        progress.worked(last);
        progress.done();
        return Status.OK_STATUS;
    }
}
