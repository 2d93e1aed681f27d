package org.sameboat.ui.parts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.sameboat.interop.InteropException;
import org.sameboat.interop.exercise.FeedbackHtml;
import org.sameboat.interop.exercise.FeedbackText;
import org.sameboat.model.store.AtomicFile;
import org.sameboat.ui.exercise.ExampleReviewPart;
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
    private Button save;
    private Label saved;

    @Inject
    public ExerciseFeedbackPart(ProjectSession session) {
        this.session = session;
    }

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        save = new Button(parent, SWT.PUSH);
        save.setText("Save as HTML…");
        save.setToolTipText("The feedback as one page the student can read on its own, in any browser");
        save.addListener(SWT.Selection, e -> askWhereToSave());
        saved = new Label(parent, SWT.NONE);
        saved.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        text = new Text(parent, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        session.addListener(listener);
        refresh();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
    }

    /** An instructor marked an example (Exercise > Review examples): the feedback lists the marks. */
    @jakarta.inject.Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void reviewed(@UIEventTopic(ExampleReviewPart.REVIEWED_TOPIC) Object memoId) {
        refresh();
    }

    private void refresh() {
        if (text == null || text.isDisposed()) {
            return;
        }
        try {
            text.setText(FeedbackText.of(ExerciseWork.feedback(session)));
            save.setEnabled(true);
        } catch (InteropException e) {
            // not handed in yet, or not an exercise: the reason is what the student needs to read here
            text.setText(e.getMessage());
            save.setEnabled(false);
        }
    }

    private void askWhereToSave() {
        FileDialog dialog = new FileDialog(text.getShell(), SWT.SAVE);
        dialog.setText("Save the feedback as HTML");
        dialog.setFilterExtensions(new String[] {"*.html"});
        dialog.setFileName("feedback.html");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            saveHtml(Path.of(chosen));
        }
    }

    /**
     * Writes the feedback as the page {@code sameboat exercise grade --html} writes, atomically: a failed save leaves
     * any earlier file as it was. What happened is said beside the button.
     */
    public void saveHtml(Path file) {
        try {
            String html = FeedbackHtml.of(ExerciseWork.feedback(session));
            AtomicFile.write(file, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
            saved.setText("Saved " + file);
        } catch (InteropException | IOException e) {
            saved.setText("Not saved: " + e.getMessage());
        }
        saved.getParent().layout();
    }

    /** The line beside Save as HTML, for tests. */
    public String savedText() {
        return saved.getText();
    }

    /** The text shown, for tests. */
    public String shownText() {
        return text.getText();
    }
}
