package org.sameboat.ui.parts;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.sameboat.interop.exercise.ExerciseInfo;
import org.sameboat.ui.session.ExerciseWork;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.SessionChange;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The open exercise's instructions, as the instructor wrote them, and whether it is handed in yet. */
public final class ExerciseInstructionsPart {

    /** The part descriptor's id (fragment-exercise.e4xmi). */
    public static final String ID = "org.sameboat.ui.part.exercise.instructions";

    private final ProjectSession session;
    private final Consumer<SessionChange> listener = change -> {
        if (change == SessionChange.PROJECT) {
            refresh();
        }
    };
    private Label state;
    private Text instructions;

    @Inject
    public ExerciseInstructionsPart(ProjectSession session) {
        this.session = session;
    }

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        state = new Label(parent, SWT.WRAP);
        state.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        instructions = new Text(parent, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        instructions.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        session.addListener(listener);
        refresh();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
    }

    private void refresh() {
        if (state.isDisposed()) {
            return;
        }
        Optional<ExerciseInfo> info = ExerciseWork.info(session);
        state.setText(info.map(ExerciseInstructionsPart::state).orElse("The open project is not an exercise."));
        instructions.setText(info.map(ExerciseInfo::instructions).orElse(""));
        state.getParent().layout(true, true);
    }

    private static String state(ExerciseInfo info) {
        String what = switch (info.variant()) {
            case DYNAMICS -> "Exercise: the dynamics of mutual aid in members' turns.";
            case SKILLS -> "Exercise: the worker's skills in the worker's turns.";
            case EXAMPLES -> "Exercise: an example of each dynamic from your own practice (Memos).";
        };
        return what + " " + info.submission().map(s -> "Handed in by " + s.coder() + " at " + s.at() + "; see Exercise > Show feedback.")
                .orElse("You code blind until you hand it in with Exercise > Submit.");
    }

    /** The text shown, for tests. */
    public String shownText() {
        return state.getText() + "\n" + instructions.getText();
    }
}
