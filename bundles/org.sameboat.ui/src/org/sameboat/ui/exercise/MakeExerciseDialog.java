package org.sameboat.ui.exercise;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.sameboat.interop.exercise.Variant;
import org.sameboat.model.Coder;
import org.sameboat.model.Document;
import org.sameboat.model.Project;

/**
 * Exercise > Make exercise: the choices of {@code sameboat exercise make} on the open project. The expert, the
 * variant, the excerpts (documents ticked, a session, or the run of turns selected in the transcript), the
 * instructions and a new folder; what is wrong is said in one line at the top and the dialog stays open.
 */
public final class MakeExerciseDialog extends TitleAreaDialog {

    private static final String[] VARIANTS = {"Dynamics on members' turns", "Skills on the worker's turns",
            "Write your own examples (no excerpts)"};

    private final Project project;
    private final Optional<ExcerptChoice.Turns> selected;
    private final Path suggested;
    private final List<Document> documents;
    private final List<Integer> sessions;
    private Combo expert;
    private Combo variant;
    private Button byDocuments;
    private Table documentTable;
    private Button bySession;
    private Combo session;
    private Button bySelection;
    private Text instructions;
    private Text folder;
    private String shownDefault = "";
    private ExerciseRequest request;

    /**
     * @param selected the run of turns selected in the transcript, if any
     * @param suggested the folder offered for the new exercise
     */
    public MakeExerciseDialog(Shell parent, Project project, Optional<ExcerptChoice.Turns> selected, Path suggested) {
        super(parent);
        this.project = project;
        this.selected = selected;
        this.suggested = suggested;
        this.documents = List.copyOf(project.getDocuments());
        this.sessions = documents.stream().map(Document::getSession).filter(Objects::nonNull).distinct().sorted().toList();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Make an exercise");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Make an exercise of " + (project.getName() == null ? "the project" : project.getName()));
        setMessage("The expert's coding is sealed in the exercise: out of sight until the student hands it in, but not secret.");
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(3, false));

        label(form, "Expert coder");
        expert = new Combo(form, SWT.READ_ONLY);
        expert.setItems(project.getCoders().stream().map(Coder::getName).toArray(String[]::new));
        expert.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        if (expert.getItemCount() == 1) {
            expert.select(0);
        }
        expert.addListener(SWT.Selection, e -> setErrorMessage(null));

        label(form, "Variant");
        variant = new Combo(form, SWT.READ_ONLY);
        variant.setItems(VARIANTS);
        variant.select(0);
        variant.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        variant.addListener(SWT.Selection, e -> variantChanged());

        createExcerpts(form);

        label(form, "Instructions");
        instructions = new Text(form, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        GridData text = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        text.heightHint = 90;
        text.widthHint = 480;
        instructions.setLayoutData(text);

        label(form, "New folder");
        folder = new Text(form, SWT.BORDER);
        folder.setText(suggested.toString());
        folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button choose = new Button(form, SWT.PUSH);
        choose.setText("Choose…");
        choose.addListener(SWT.Selection, e -> chooseParent());

        variantChanged();
        return area;
    }

    private void createExcerpts(Composite form) {
        Group group = new Group(form, SWT.NONE);
        group.setText("Excerpts");
        group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        group.setLayout(new GridLayout(2, false));
        byDocuments = new Button(group, SWT.RADIO);
        byDocuments.setText("The documents ticked");
        byDocuments.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        documentTable = new Table(group, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        GridData table = new GridData(SWT.FILL, SWT.FILL, true, true);
        table.heightHint = 110;
        documentTable.setLayoutData(table);
        for (Document document : documents) {
            TableItem item = new TableItem(documentTable, SWT.NONE);
            item.setText(document.getName() + (document.getSession() == null ? "" : "  (session " + document.getSession() + ")"));
        }
        documentTable.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                choose(byDocuments);
            }
        });

        bySession = new Button(group, SWT.RADIO);
        bySession.setText("All of session");
        session = new Combo(group, SWT.READ_ONLY);
        session.setItems(sessions.stream().map(String::valueOf).toArray(String[]::new));
        session.addListener(SWT.Selection, e -> choose(bySession));

        bySelection = new Button(group, SWT.RADIO);
        bySelection.setText("The transcript's selection");
        Label run = new Label(group, SWT.NONE);
        run.setText(selected.map(t -> t.describe(project)).orElse("(select some turns in the transcript first)"));
        bySelection.setEnabled(selected.isPresent());
        choose(selected.isPresent() ? bySelection : byDocuments);
    }

    private void choose(Button way) {
        setErrorMessage(null);
        for (Button b : List.of(byDocuments, bySession, bySelection)) {
            b.setSelection(b == way);
        }
    }

    private static void label(Composite form, String text) {
        Label label = new Label(form, SWT.NONE);
        label.setText(text);
        label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
    }

    /** The examples variant has no expert and no excerpts; the instructions follow the variant until edited. */
    private void variantChanged() {
        setErrorMessage(null);
        Variant chosen = chosenVariant();
        boolean graded = chosen.graded();
        for (Control c : List.of(expert, byDocuments, documentTable, bySession, session, bySelection)) {
            c.setEnabled(graded && (c != bySelection || selected.isPresent()));
        }
        if (instructions.getText().isBlank() || instructions.getText().equals(shownDefault)) {
            shownDefault = chosen.defaultInstructions();
            instructions.setText(shownDefault);
        }
    }

    private Variant chosenVariant() {
        return Variant.values()[Math.max(0, variant.getSelectionIndex())];
    }

    private void chooseParent() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setText("Where the new exercise folder goes");
        String parent = dialog.open();
        if (parent != null) {
            String current = folder.getText().isBlank() ? suggested.getFileName().toString() : Path.of(folder.getText()).getFileName().toString();
            folder.setText(Path.of(parent).resolve(current).toString());
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Make", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        Optional<String> wrong = check();
        if (wrong.isPresent()) {
            setErrorMessage(wrong.get());
            return;
        }
        super.okPressed();
    }

    /** Builds the request from the widgets; says in one line what is missing instead. */
    private Optional<String> check() {
        Variant chosen = chosenVariant();
        ExcerptChoice excerpts = null;
        String expertName = "";
        if (chosen.graded()) {
            if (expert.getSelectionIndex() < 0) {
                return Optional.of("Choose the expert whose coding the student is graded against.");
            }
            expertName = expert.getText();
            if (byDocuments.getSelection()) {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < documents.size(); i++) {
                    if (documentTable.getItem(i).getChecked()) {
                        ids.add(documents.get(i).getId());
                    }
                }
                if (ids.isEmpty()) {
                    return Optional.of("Tick the documents the exercise holds, or choose a session.");
                }
                excerpts = new ExcerptChoice.Documents(ids);
            } else if (bySession.getSelection()) {
                if (session.getSelectionIndex() < 0) {
                    return Optional.of("Choose the session the exercise holds.");
                }
                excerpts = new ExcerptChoice.Session(sessions.get(session.getSelectionIndex()));
            } else {
                excerpts = selected.orElseThrow();
            }
        }
        if (folder.getText().isBlank()) {
            return Optional.of("Name the new folder for the exercise.");
        }
        Path out = Path.of(folder.getText().strip()).toAbsolutePath();
        if (!newOrEmpty(out)) {
            return Optional.of(out + " is not a new or empty folder; choose another.");
        }
        request = new ExerciseRequest(chosen, expertName, excerpts, instructions.getText(), out);
        return Optional.empty();
    }

    private static boolean newOrEmpty(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** @return what was chosen, once Make was pressed with nothing missing */
    public Optional<ExerciseRequest> request() {
        return Optional.ofNullable(request);
    }

    // the choices as the instructor makes them, for tests

    /** Chooses the expert by name. */
    public void chooseExpert(String name) {
        expert.select(expert.indexOf(name));
    }

    /** Chooses the variant. */
    public void chooseVariant(Variant chosen) {
        variant.select(chosen.ordinal());
        variantChanged();
    }

    /** Ticks the documents named (and only those) and chooses documents as the excerpts. */
    public void tickDocuments(List<String> names) {
        for (int i = 0; i < documents.size(); i++) {
            documentTable.getItem(i).setChecked(names.contains(documents.get(i).getName()));
        }
        choose(byDocuments);
    }

    /** Chooses all of a session as the excerpts. */
    public void chooseSession(int number) {
        session.select(sessions.indexOf(number));
        choose(bySession);
    }

    /** Chooses the transcript's selection as the excerpt. */
    public void chooseSelection() {
        choose(bySelection);
    }

    /** Replaces the instructions. */
    public void writeInstructions(String text) {
        instructions.setText(text);
    }

    /** Types the new folder. */
    public void chooseFolder(Path out) {
        folder.setText(out.toString());
    }

    /** Presses Make. */
    public void pressMake() {
        okPressed();
    }

    /** @return the error line shown, or empty */
    public String shownError() {
        return getErrorMessage() == null ? "" : getErrorMessage();
    }
}
