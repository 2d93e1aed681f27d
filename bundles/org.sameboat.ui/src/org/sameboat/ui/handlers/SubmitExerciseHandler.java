package org.sameboat.ui.handlers;

import java.time.Clock;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.sameboat.interop.InteropException;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.ui.parts.ExerciseFeedbackPart;
import org.sameboat.ui.parts.OpenView;
import org.sameboat.ui.session.ExerciseWork;
import org.sameboat.ui.session.ProjectSession;

/** Exercise > Submit: hands the exercise in after asking, then shows the feedback. */
public final class SubmitExerciseHandler {

    @CanExecute
    public boolean canExecute(ProjectSession session) {
        return ExerciseWork.info(session).map(info -> !info.submitted()).orElse(false) && !session.isReadOnly();
    }

    @Execute
    public void execute(ProjectSession session, Shell shell, EPartService parts, EModelService models, MApplication application) {
        if (!MessageDialog.openConfirm(shell, "Hand in the exercise", "Hand in your coding as " + session.coder().getName()
                + "? Your work is saved, the expert's coding is added beside yours, and the exercise cannot be changed back.")) {
            return;
        }
        try {
            ExerciseWork.submit(session, Clock.systemUTC());
            OpenView.open(ExerciseFeedbackPart.ID, parts, models, application);
        } catch (InteropException | ProjectStoreException e) {
            ILog.of(getClass()).warn("could not hand in the exercise", e);
            MessageDialog.openError(shell, "Could not hand in the exercise", e.getMessage());
        }
    }
}
