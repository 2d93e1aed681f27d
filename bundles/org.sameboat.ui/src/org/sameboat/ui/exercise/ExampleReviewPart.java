package org.sameboat.ui.exercise;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.sameboat.interop.InteropException;
import org.sameboat.interop.exercise.Examples;
import org.sameboat.interop.exercise.ExerciseFolder;
import org.sameboat.interop.exercise.ExerciseInfo;
import org.sameboat.interop.exercise.Review;
import org.sameboat.interop.exercise.Variant;
import org.sameboat.model.Memo;
import org.sameboat.model.Project;
import org.sameboat.ui.session.ExerciseWork;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.SessionChange;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The instructor's marking of a handed-in examples exercise (2.1): each example with its dynamic and the student who
 * wrote it; the instructor accepts it or asks for a revision, with a comment. Marks are kept in exercise.json, as
 * {@code sameboat exercise review} keeps them, written at once (they are not part of the project, so not undone).
 */
public final class ExampleReviewPart {

    /** The part descriptor's id (fragment-exercise.e4xmi). */
    public static final String ID = "org.sameboat.ui.part.exercise.review";
    /** Posted when a mark is written, so that the feedback shows it. */
    public static final String REVIEWED_TOPIC = "org/sameboat/exercise/reviewed";

    private final ProjectSession session;
    private final Clock clock;
    private final Consumer<SessionChange> listener = change -> {
        if (change == SessionChange.PROJECT || change == SessionChange.MODEL) {
            refresh();
        }
    };
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private IEventBroker events;
    private Label state;
    private Table table;
    private Text whole;
    private Text comment;
    private Button accept;
    private Button revise;
    private List<Memo> examples = List.of();

    @Inject
    public ExampleReviewPart(ProjectSession session) {
        this.session = session;
        this.clock = Clock.systemUTC();
    }

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        state = new Label(parent, SWT.WRAP);
        state.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        for (String[] column : new String[][] {{"Dynamic", "150"}, {"Student", "80"}, {"Example", "380"}, {"Mark", "80"},
                {"Comment", "220"}}) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        table.addListener(SWT.Selection, e -> selected());
        // the list cuts long examples; the chosen one is read here in full
        whole = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        GridData full = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        full.heightHint = 48;
        whole.setLayoutData(full);
        new Label(parent, SWT.NONE).setText("Comment");
        comment = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData text = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        text.heightHint = 48;
        comment.setLayoutData(text);
        new Label(parent, SWT.NONE);
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        accept = new Button(buttons, SWT.PUSH);
        accept.setText("Accept");
        accept.addListener(SWT.Selection, e -> mark(true));
        revise = new Button(buttons, SWT.PUSH);
        revise.setText("Ask to revise");
        revise.addListener(SWT.Selection, e -> mark(false));
        session.addListener(listener);
        refresh();
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
    }

    /** Shows the chosen example's comment, so that the instructor edits it rather than starting over. */
    private void selected() {
        int row = table.getSelectionIndex();
        if (row >= 0) {
            whole.setText(examples.get(row).getText());
            comment.setText(review(examples.get(row)).map(Review::comment).orElse(""));
        }
    }

    private void mark(boolean accepted) {
        int row = table.getSelectionIndex();
        if (row < 0) {
            state.setText("Choose an example in the list first.");
            return;
        }
        Memo example = examples.get(row);
        if (session.isReadOnly()) {
            state.setText("The exercise is open read-only (" + session.readOnlyReason().orElse("") + "); nothing was marked.");
            return;
        }
        try {
            ExerciseFolder folder = new ExerciseFolder(session.folder().orElseThrow());
            ExerciseInfo info = folder.info();
            Review review = new Review(accepted, comment.getText().strip(), clock.instant());
            folder.write(info.withReview(example.getId(), review));
            refresh();
            table.select(row);
            state.setText((accepted ? "Accepted the example of " : "Asked for a revision of the example of ") + Examples.dynamic(example)
                    .getName() + ".");
            if (events != null) {
                events.post(REVIEWED_TOPIC, example.getId());
            }
        } catch (InteropException e) {
            state.setText(e.getMessage() + "; nothing was marked.");
        }
    }

    private Optional<Review> review(Memo example) {
        return ExerciseWork.info(session).map(i -> i.reviews().get(example.getId()));
    }

    private void refresh() {
        if (table.isDisposed()) {
            return;
        }
        Optional<ExerciseInfo> info = ExerciseWork.info(session);
        boolean marking = info.filter(i -> i.variant() == Variant.EXAMPLES && i.submitted()).isPresent();
        Project project = session.project().orElse(null);
        examples = marking && project != null ? Examples.all(project) : List.of();
        state.setText(info.isEmpty() ? "The open project is not an exercise."
                : info.get().variant() != Variant.EXAMPLES ? "This exercise is graded against the expert; it has no examples to mark."
                        : !info.get().submitted() ? "The examples have not been handed in yet; they are marked after that."
                                : examples.size() + " example(s) handed in by " + info.get().submission().orElseThrow().coder()
                                        + ". Choose one, write a comment if you like, and accept it or ask for a revision.");
        table.removeAll();
        whole.setText("");
        for (Memo example : examples) {
            TableItem item = new TableItem(table, SWT.NONE);
            Optional<Review> review = review(example);
            item.setText(new String[] {Examples.dynamic(example).getName(), example.getAuthor() == null ? "" : example.getAuthor().getName(),
                    example.getText().replace('\n', ' '), review.map(Review::verdict).orElse("not marked"),
                    review.map(Review::comment).orElse("")});
        }
        accept.setEnabled(marking);
        revise.setEnabled(marking);
        comment.setEnabled(marking);
    }

    // what an instructor sees and does, for tests

    /** @return each row as its cells joined by " | " */
    public List<String> rows() {
        return Arrays.stream(table.getItems()).map(i -> String.join(" | ", i.getText(0), i.getText(1), i.getText(2), i.getText(3),
                i.getText(4))).toList();
    }

    /** Chooses the example in a row. */
    public void choose(int row) {
        table.select(row);
        selected();
    }

    /** Writes the comment. */
    public void writeComment(String text) {
        comment.setText(text);
    }

    /** Presses Accept. */
    public void pressAccept() {
        mark(true);
    }

    /** Presses Ask to revise. */
    public void pressRevise() {
        mark(false);
    }

    /** @return the chosen example in full */
    public String shownExample() {
        return whole.getText();
    }

    /** @return the line above the list */
    public String shownState() {
        return state.getText();
    }
}
