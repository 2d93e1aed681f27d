package org.sameboat.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.interop.InteropException;
import org.sameboat.interop.merge.MergeReport;
import org.sameboat.interop.merge.MergeSource;
import org.sameboat.interop.merge.ProjectMerger;
import org.sameboat.interop.refi.QdpxReader;
import org.sameboat.model.Project;
import org.sameboat.ui.session.ProjectSession;

/**
 * File > Merge projects: pools another coder's project folder, a .qdpx project or a .qdc codebook of the same
 * material into the open project by the rules of `sameboat merge`. The other is read in a job; the merge itself
 * is one undoable step, and its report is shown.
 */
public final class MergeHandler {

    @CanExecute
    public boolean canExecute(ProjectSession session) {
        return session.project().isPresent() && !session.isReadOnly();
    }

    @Execute
    public void execute(ProjectSession session, Shell shell, UISynchronize ui) {
        int choice = new MessageDialog(shell, "Merge projects", null,
                "Merge into this project the codings, codes and documents of another coder's copy of the same material. "
                        + "The merge is one step you can undo.",
                MessageDialog.QUESTION, 2, "Project folder\u2026", "QDPX or QDC file\u2026", "Cancel").open();
        String chosen = switch (choice) {
            case 0 -> {
                DirectoryDialog dialog = new DirectoryDialog(shell);
                dialog.setText("Merge a project folder");
                yield dialog.open();
            }
            case 1 -> {
                FileDialog dialog = new FileDialog(shell, SWT.OPEN);
                dialog.setText("Merge a REFI-QDA project or codebook");
                dialog.setFilterExtensions(new String[] {"*.qdpx;*.qdc", "*.*"});
                yield dialog.open();
            }
            default -> null;
        };
        if (chosen != null) {
            merge(Path.of(chosen), session, ui, report -> ui.asyncExec(() -> new MergeReportDialog(shell, report).open()),
                    Feedback.dialogs(shell, ui));
        }
    }

    /** What a finished merge hands on: where from and the report's lines. */
    public record Outcome(String label, List<String> lines, int conflicts) {
    }

    /** Reads the other in a job, then merges it on the UI thread as one undoable edit; returns the scheduled job. */
    public static Job merge(Path other, ProjectSession session, UISynchronize ui, java.util.function.Consumer<Outcome> shown,
            Feedback feedback) {
        Path own = session.folder().orElseThrow().toAbsolutePath().normalize();
        Job job = Job.create("Merging " + other.getFileName(), monitor -> {
            if (other.toAbsolutePath().normalize().equals(own)) {
                feedback.failed("Nothing was merged", other + " is this project itself");
                return Status.OK_STATUS;
            }
            MergeSource.Loaded loaded;
            try {
                loaded = new MergeSource(new QdpxReader()).read(other);
            } catch (InteropException e) {
                feedback.failed("Nothing was merged", e.getMessage());
                return Status.OK_STATUS;
            }
            ui.syncExec(() -> {
                Project project = session.project().orElse(null);
                if (project == null) {
                    feedback.failed("Nothing was merged", "the project was closed meanwhile");
                    return;
                }
                MergeReport report = session.edit("Merge " + loaded.label(), List.of(project), () -> new ProjectMerger(project).merge(loaded));
                shown.accept(new Outcome(loaded.label(), report.lines(), report.conflicts().size()));
            });
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
