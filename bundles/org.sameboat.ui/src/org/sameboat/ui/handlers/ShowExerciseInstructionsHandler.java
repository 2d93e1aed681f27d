package org.sameboat.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.sameboat.ui.parts.ExerciseInstructionsPart;
import org.sameboat.ui.parts.OpenView;
import org.sameboat.ui.session.ExerciseWork;
import org.sameboat.ui.session.ProjectSession;

/** Exercise > Instructions: opens the exercise's instructions part, also after it was closed. */
public final class ShowExerciseInstructionsHandler {

    @CanExecute
    public boolean canExecute(ProjectSession session) {
        return ExerciseWork.info(session).isPresent();
    }

    @Execute
    public void execute(EPartService parts, EModelService models, MApplication application) {
        OpenView.open(ExerciseInstructionsPart.ID, parts, models, application);
    }
}
