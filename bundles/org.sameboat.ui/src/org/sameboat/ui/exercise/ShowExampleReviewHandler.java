package org.sameboat.ui.exercise;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.sameboat.interop.exercise.Variant;
import org.sameboat.ui.parts.OpenView;
import org.sameboat.ui.session.ExerciseWork;
import org.sameboat.ui.session.ProjectSession;

/** Exercise > Review examples: the instructor's marking of a handed-in examples exercise. */
public final class ShowExampleReviewHandler {

    @CanExecute
    public boolean canExecute(ProjectSession session) {
        return ExerciseWork.info(session).filter(i -> i.variant() == Variant.EXAMPLES && i.submitted()).isPresent();
    }

    @Execute
    public void execute(EPartService parts, EModelService models, MApplication application) {
        OpenView.open(ExampleReviewPart.ID, parts, models, application);
    }
}
