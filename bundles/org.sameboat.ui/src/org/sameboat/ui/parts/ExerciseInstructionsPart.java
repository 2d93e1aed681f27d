package org.sameboat.ui.parts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.sameboat.interop.exercise.Examples;
import org.sameboat.interop.exercise.ExerciseInfo;
import org.sameboat.interop.exercise.Variant;
import org.sameboat.model.Code;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
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
    private Composite writer;
    private Combo dynamic;
    private Text example;
    private List<Code> dynamics = List.of();

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
        createWriter(parent);
        session.addListener(listener);
        refresh();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
    }

    /** For the examples variant (2.1): a dynamic and the student's example of it, kept as a memo about the dynamic. */
    private void createWriter(Composite parent) {
        writer = new Composite(parent, SWT.NONE);
        writer.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        writer.setLayout(new GridLayout(3, false));
        new Label(writer, SWT.NONE).setText("An example of");
        dynamic = new Combo(writer, SWT.READ_ONLY);
        Button keep = new Button(writer, SWT.PUSH);
        keep.setText("Keep as example");
        example = new Text(writer, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData text = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        text.heightHint = 60;
        example.setLayoutData(text);
        keep.addListener(SWT.Selection, e -> keepExample());
    }

    /** Keeps the example as a memo of the coder at work (undoable); the Memos part shows and edits it. */
    public void keepExample() {
        int chosen = dynamic.getSelectionIndex();
        if (chosen < 0 || example.getText().isBlank()) {
            state.setText("Choose a dynamic and write your example first.");
            return;
        }
        Project project = session.project().orElseThrow();
        Code code = dynamics.get(chosen);
        session.edit("Write an example of " + code.getName(), List.of(project), () -> Examples.add(project, session.coder(), code,
                example.getText(), Clock.systemUTC()));
        example.setText("");
        state.setText("Kept your example of " + code.getName() + " as a memo; write the next, or hand them in with Exercise > Submit.");
    }

    private void refresh() {
        if (state.isDisposed()) {
            return;
        }
        Optional<ExerciseInfo> info = ExerciseWork.info(session);
        state.setText(info.map(ExerciseInstructionsPart::state).orElse("The open project is not an exercise."));
        instructions.setText(info.map(ExerciseInfo::instructions).orElse(""));
        boolean writing = info.filter(i -> i.variant() == Variant.EXAMPLES && !i.submitted()).isPresent();
        dynamics = writing ? CodePaths.allCodes(session.project().orElseThrow()).stream().filter(c -> c.getCodebook() != null
                && Variant.EXAMPLES.codebook().equals(c.getCodebook().getName()) && c.getParent() == null && c.isApplicable()).toList()
                : List.of();
        dynamic.setItems(dynamics.stream().map(Code::getName).toArray(String[]::new));
        writer.setVisible(writing);
        ((GridData) writer.getLayoutData()).exclude = !writing;
        state.getParent().layout(true, true);
    }

    /** For tests: chooses the dynamic by name and writes the example, as a student does. */
    public void write(String dynamicName, String text) {
        dynamic.select(dynamic.indexOf(dynamicName));
        example.setText(text);
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
