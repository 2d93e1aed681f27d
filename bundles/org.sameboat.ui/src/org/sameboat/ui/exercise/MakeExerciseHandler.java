package org.sameboat.ui.exercise;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.ui.handlers.OpenHandler;
import org.sameboat.ui.parts.TranscriptPart;
import org.sameboat.ui.session.ProjectSession;

/**
 * Exercise > Make exercise: asks for the choices, makes the exercise in the background and offers to open it
 * (asking first when the open project has unsaved changes).
 */
public final class MakeExerciseHandler {

    private static final String TRANSCRIPT = "org.sameboat.ui.part.transcript";

    @CanExecute
    public boolean canExecute(ProjectSession session) {
        return session.project().isPresent();
    }

    @Execute
    public void execute(ProjectSession session, Shell shell, EPartService parts, UISynchronize ui) {
        Project project = session.project().orElseThrow();
        Path suggested = session.folder().map(f -> f.toAbsolutePath().resolveSibling("exercise-" + f.getFileName()))
                .orElse(Path.of("exercise").toAbsolutePath());
        MakeExerciseDialog dialog = new MakeExerciseDialog(shell, project, selectedTurns(session, parts), suggested);
        if (dialog.open() != Window.OK || dialog.request().isEmpty()) {
            return;
        }
        ExerciseMaking.start(project, dialog.request().get(), Clock.systemUTC(),
                made -> ui.asyncExec(() -> offerToOpen(made, session, shell)),
                why -> ui.asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        MessageDialog.openError(shell, "No exercise was made", why);
                    }
                }));
    }

    /** The run of turns the transcript's selection touches, if text is selected in it. */
    private static Optional<ExcerptChoice.Turns> selectedTurns(ProjectSession session, EPartService parts) {
        MPart part = parts.findPart(TRANSCRIPT);
        Optional<Document> shown = session.document();
        if (part == null || !(part.getObject() instanceof TranscriptPart transcript) || shown.isEmpty()) {
            return Optional.empty();
        }
        return transcript.viewer().selection().flatMap(r -> ExcerptChoice.Turns.touchedBy(shown.get(), r[0], r[1]));
    }

    private static void offerToOpen(ExerciseMaking.Result made, ProjectSession session, Shell shell) {
        if (shell.isDisposed() || !MessageDialog.openQuestion(shell, "Exercise made", made.summary() + "\n\nOpen the exercise now?")) {
            return;
        }
        if (session.isDirty() && !MessageDialog.openQuestion(shell, "Unsaved changes",
                "The open project has unsaved changes. Open the exercise and lose them?")) {
            return;
        }
        try {
            session.open(made.request().out(), null);
        } catch (ProjectStoreException e) {
            MessageDialog.openError(shell, "Could not open the exercise", e.getMessage());
            return;
        }
        OpenHandler.askWhoCodes(session, shell);
    }
}
