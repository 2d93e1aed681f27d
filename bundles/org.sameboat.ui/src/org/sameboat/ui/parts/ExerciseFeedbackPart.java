package org.sameboat.ui.parts;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.sameboat.interop.InteropException;
import org.sameboat.interop.exercise.FeedbackText;
import org.sameboat.ui.session.ExerciseWork;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.SessionChange;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The feedback on a handed-in exercise: agreement with the expert per code and overall, and each turn read
 * differently with the codebook's guidance on both codes, the same text 'sameboat exercise grade' prints.
 */
public final class ExerciseFeedbackPart {

    /** The part descriptor's id (fragment-exercise.e4xmi). */
    public static final String ID = "org.sameboat.ui.part.exercise.feedback";

    private final ProjectSession session;
    private final Consumer<SessionChange> listener = change -> {
        if (change == SessionChange.PROJECT || change == SessionChange.MODEL) {
            refresh();
        }
    };
    private Text text;

    @Inject
    public ExerciseFeedbackPart(ProjectSession session) {
        this.session = session;
    }

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        text = new Text(parent, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        session.addListener(listener);
        refresh();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
    }

    private void refresh() {
        if (text.isDisposed()) {
            return;
        }
        try {
            text.setText(FeedbackText.of(ExerciseWork.feedback(session)));
        } catch (InteropException e) {
            // not handed in yet, or not an exercise: the reason is what the student needs to read here
            text.setText(e.getMessage());
        }
    }

    /** The text shown, for tests. */
    public String shownText() {
        return text.getText();
    }
}
