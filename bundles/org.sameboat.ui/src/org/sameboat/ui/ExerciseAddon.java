package org.sameboat.ui;

import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.sameboat.ui.parts.ExerciseFeedbackPart;
import org.sameboat.ui.parts.ExerciseInstructionsPart;
import org.sameboat.ui.parts.OpenView;
import org.sameboat.ui.session.ExerciseWork;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.SessionChange;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Opening an exercise shows its instructions (not handed in) or its feedback (handed in), so the student starts
 * with what the instructor wrote; contributed by fragment-exercise.e4xmi.
 */
public final class ExerciseAddon {

    private final ProjectSession session;
    private final EPartService parts;
    private final EModelService models;
    private final MApplication application;
    private final UISynchronize ui;
    private final Consumer<SessionChange> listener = change -> {
        if (change == SessionChange.PROJECT) {
            showLater();
        }
    };

    @Inject
    public ExerciseAddon(ProjectSession session, EPartService parts, EModelService models, MApplication application, UISynchronize ui) {
        this.session = session;
        this.parts = parts;
        this.models = models;
        this.application = application;
        this.ui = ui;
    }

    @PostConstruct
    public void start() {
        session.addListener(listener);
        showLater();
    }

    @PreDestroy
    public void stop() {
        session.removeListener(listener);
    }

    /**
     * After the window is rendered: the parts need their stack on the screen. The feedback gets the room an analysis
     * view gets; the instructions are a few lines beside Search, so the transcript keeps its height.
     */
    private void showLater() {
        ExerciseWork.info(session).ifPresent(info -> ui.asyncExec(() -> {
            EPartService parts = windowParts();
            if (info.submitted()) {
                OpenView.open(ExerciseFeedbackPart.ID, parts, models, application);
            } else if (parts.findPart(ExerciseInstructionsPart.ID) == null) {
                MPart part = parts.createPart(ExerciseInstructionsPart.ID);
                MPartStack stack = (MPartStack) models.find(OpenView.VIEWS_STACK, application);
                if (stack == null) {
                    OpenView.open(ExerciseInstructionsPart.ID, parts, models, application);
                    return;
                }
                stack.getChildren().add(part);
                parts.showPart(part, PartState.VISIBLE);
            } else {
                parts.showPart(ExerciseInstructionsPart.ID, PartState.VISIBLE);
            }
        }));
    }

    /**
     * The part service of the workbench window. The application's own one works only while the window's context is
     * the active one; an exercise opened from a dialog (Exercise > Make exercise, then the coder dialog) is not.
     */
    private EPartService windowParts() {
        MWindow window = application.getSelectedElement() != null ? application.getSelectedElement()
                : application.getChildren().isEmpty() ? null : application.getChildren().get(0);
        EPartService own = window == null || window.getContext() == null ? null : window.getContext().get(EPartService.class);
        return own == null ? parts : own;
    }
}
