package org.sameboat.ui.parts;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;


import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.address.Addressee;
import org.sameboat.model.address.Addressees;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.model.text.Turns;
import org.sameboat.model.validation.CodeRoles;
import org.sameboat.ui.session.CoderLayer;
import org.sameboat.ui.session.CodingTarget;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.SessionChange;
import org.sameboat.ui.widgets.CodingColours;
import org.sameboat.ui.widgets.TranscriptViewer;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The transcript editor: one document with its codings. Code a selection by pressing 1-9 (the nine dynamics),
 * by double-clicking or dropping a code from the codebook, or from the context menu; remove, re-code, resize
 * and annotate codings from the context menu. The toolbar chooses the coder at work, whose codings are shown,
 * and blind mode.
 */
public final class TranscriptPart implements CodingTarget {

    private final ProjectSession session;
    private final Consumer<SessionChange> listener = this::changed;
    private LocalResourceManager resources;
    private TranscriptViewer viewer;
    private Label coderLabel;
    private Combo layerCombo;
    private Button blindButton;
    private Button snapButton;
    /** Where the option to snap to words is remembered, in the workbench's persisted state. */
    static final String SNAP_TO_WORDS = "sameboat.transcript.snapToWords";
    private Label status;
    private Composite parent;

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private ESelectionService selectionService;

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private MDirtyable dirtyable;

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private MApplication application;

    @Inject
    public TranscriptPart(ProjectSession session) {
        this.session = session;
    }

    @PostConstruct
    public void create(Composite parent) {
        this.parent = parent;
        resources = new LocalResourceManager(JFaceResources.getResources(), parent);
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        bar.setLayout(new GridLayout(6, false));
        // who codes is chosen once, when the project opens (--coder or the open dialog); here it is only said
        coderLabel = new Label(bar, SWT.NONE);
        coderLabel.setToolTipText("The coder you work as, chosen when the project was opened");
        new Label(bar, SWT.NONE).setText("Show");
        layerCombo = new Combo(bar, SWT.READ_ONLY);
        layerCombo.addListener(SWT.Selection, e -> chooseLayer());
        blindButton = new Button(bar, SWT.CHECK);
        blindButton.setText("Blind: hide other coders until I'm done");
        blindButton.setToolTipText("Code independently: other coders' codings stay hidden everywhere (transcript, codebook, "
                + "search, views) until you untick this. Saved with the project for you.");
        blindButton.addListener(SWT.Selection, e -> blind(blindButton.getSelection()));
        snapButton = new Button(bar, SWT.CHECK);
        snapButton.setText("Snap to words");
        snapButton.setToolTipText("Selections and dragged coding ends take whole words, never half a word or the spaces around it");
        snapButton.addListener(SWT.Selection, e -> snapToWords(snapButton.getSelection()));
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        viewer = new TranscriptViewer(parent, new CodingColours(resources));
        viewer.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.onKey(this::shortcut);
        viewer.onCodeDropped(this::codeDropped);
        viewer.text().addListener(SWT.MenuDetect, e -> replaceContextMenu(e.x, e.y));
        viewer.text().addListener(SWT.MouseUp, e -> {
            viewer.snapSelection();
            publishSelection();
        });
        viewer.onStripeClicked(this::publish);
        viewer.onStripeResized((coding, start, end) -> apply(() -> session.resize(coding, start, end)));
        boolean snap = application == null || !"false".equals(application.getPersistedState().get(SNAP_TO_WORDS));
        snapButton.setSelection(snap);
        viewer.snapToWords(snap);
        viewer.text().addListener(SWT.KeyUp, e -> publishSelection());
        session.addListener(listener);
        if (application != null) {
            application.getContext().set(CodingTarget.class, this);
        }
        refreshAll();
    }

    @Focus
    public void focus() {
        viewer.text().setFocus();
    }

    @Persist
    public void save() {
        try {
            session.save();
        } catch (ProjectStoreException e) {
            MessageDialog.openError(parent.getShell(), "Could not save", e.getMessage());
        }
    }

    @PreDestroy
    public void dispose() {
        session.removeListener(listener);
        if (application != null && application.getContext().get(CodingTarget.class) == this) {
            application.getContext().remove(CodingTarget.class);
        }
    }

    /** The viewer, for tests and for revealing search hits. */
    public TranscriptViewer viewer() {
        return viewer;
    }

    @Override
    public boolean codeSelection(Code code) {
        Optional<Document> document = session.document();
        Optional<int[]> range = viewer.selection();
        if (document.isEmpty()) {
            // says what there is to say: no document, or which one an undo took away
            refreshStatus();
            return false;
        }
        if (range.isEmpty()) {
            status.setText("Select some text first, then choose a code.");
            return false;
        }
        boolean coded = codeRange(document.get(), code, range.get()[0], range.get()[1]);
        if (coded) {
            // the new colour would stay hidden under the selection's until the user clicked away
            viewer.clearSelection();
        }
        return coded;
    }

    /** Selects and reveals a range of a document, switching document if needed. */
    public void reveal(Document document, int start, int end) {
        session.show(document);
        viewer.select(start, end);
    }

    private void shortcut(char key) {
        session.project().ifPresent(project -> {
            for (Code code : CodePaths.allCodes(project)) {
                if (String.valueOf(key).equals(code.getShortcut())) {
                    codeSelection(code);
                    return;
                }
            }
        });
    }

    private void codeDropped(String codeId, int offset) {
        Optional<Project> project = session.project();
        Optional<Document> document = session.document();
        if (project.isEmpty() || document.isEmpty()) {
            return;
        }
        Optional<Code> code = CodePaths.find(project.get(), codeId);
        if (code.isEmpty()) {
            return;
        }
        Optional<int[]> selection = viewer.selection();
        if (selection.isPresent() && selection.get()[0] <= offset && offset <= selection.get()[1]) {
            codeSelection(code.get());
        } else {
            // dropped outside a selection: code the whole turn under the pointer
            Turns.at(document.get(), offset).ifPresentOrElse(
                    turn -> codeRange(document.get(), code.get(), turn.getStart(), turn.getEnd()),
                    () -> status.setText("Drop a code on a selection or on a speaker's turn."));
        }
    }

    /** Codes a range; a code meant for another kind of turn is coded all the same, with a word in the status line. */
    private boolean codeRange(Document document, Code code, int start, int end) {
        boolean coded = apply(() -> session.code(document, code, start, end));
        if (coded) {
            CodeRoles.mismatch(document, code, start, end).ifPresent(why -> status.setText(status.getText() + " \u00B7 coded, but " + why));
        }
        return coded;
    }

    private boolean apply(Runnable edit) {
        try {
            edit.run();
            refreshStatus();
            return true;
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
            return false;
        }
    }

    private void blind(boolean on) {
        session.setBlind(on);
        status.setText(on ? "Coding blind: other coders' codings are hidden everywhere until you untick Blind."
                : "Blind coding ended: you now see other coders' codings (Undo hides them again).");
    }

    /** Turns snapping to words on or off, and remembers the choice for the next session. */
    public void snapToWords(boolean on) {
        viewer.snapToWords(on);
        snapButton.setSelection(on);
        if (application != null) {
            application.getPersistedState().put(SNAP_TO_WORDS, String.valueOf(on));
        }
    }

    private void chooseLayer() {
        int index = layerCombo.getSelectionIndex();
        if (index == 0) {
            session.showLayer(CoderLayer.MINE, null);
        } else if (index == 1) {
            session.showLayer(CoderLayer.ALL, null);
        } else {
            otherCoders().stream().skip(index - 2L).findFirst().ifPresent(c -> session.showLayer(CoderLayer.OTHER, c));
        }
    }

    private List<Coder> otherCoders() {
        return session.project().map(p -> p.getCoders().stream().filter(c -> c != session.coder()).toList()).orElse(List.of());
    }

    /** The menu is made for what is under the mouse at each right-click; the one before it is let go. */
    private void replaceContextMenu(int displayX, int displayY) {
        Menu before = viewer.text().getMenu();
        viewer.text().setMenu(contextMenu(pointed(displayX, displayY)));
        if (before != null) {
            before.dispose();
        }
    }

    /**
     * The code-point offset under the mouse at a right-click (display coordinates); the caret when the menu came
     * from the keyboard or the pointer is off the text.
     */
    private int pointed(int displayX, int displayY) {
        if (displayX == 0 && displayY == 0) {
            return viewer.caret();
        }
        org.eclipse.swt.graphics.Point local = viewer.text().toControl(displayX, displayY);
        int index = viewer.text().getOffsetAtPoint(local);
        return index < 0 ? viewer.caret() : viewer.codePoint(index);
    }

    /**
     * My codings a right-click acts on: those under the mouse, then those the selection overlaps (so that a
     * selection reaching past a coding can grow it with "Resize to selection").
     */
    private List<Coding> codingsFor(int offset) {
        java.util.LinkedHashSet<Coding> found = new java.util.LinkedHashSet<>();
        List<Coding> under = viewer.codingsAt(offset);
        for (int i = under.size() - 1; i >= 0; i--) {
            found.add(under.get(i));
        }
        viewer.selection().ifPresent(range -> session.document().ifPresent(d -> session.visibleCodings(d).stream()
                .filter(c -> c.getStart() < range[1] && range[0] < c.getEnd()).forEach(found::add)));
        return found.stream().filter(c -> c.getCoder() == session.coder()).toList();
    }

    private Menu contextMenu(int offset) {
        Menu menu = new Menu(viewer.text());
        Optional<Project> project = session.project();
        Optional<Document> document = session.document();
        if (project.isEmpty() || document.isEmpty()) {
            return menu;
        }
        MenuItem codeWith = new MenuItem(menu, SWT.CASCADE);
        codeWith.setText("Code selection as");
        Menu codes = new Menu(codeWith);
        codeWith.setMenu(codes);
        for (Code code : CodePaths.allCodes(project.get())) {
            if (code.isApplicable()) {
                MenuItem item = new MenuItem(codes, SWT.PUSH);
                item.setText(CodePaths.path(code) + (code.getShortcut() == null ? "" : "\t" + code.getShortcut()));
                item.addListener(SWT.Selection, e -> codeSelection(code));
            }
        }
        int turnIndex = Turns.indexAt(document.get().getTurns(), offset);
        if (turnIndex >= 0) {
            Turn turn = document.get().getTurns().get(turnIndex);
            addresseeMenu(menu, "Turn addressed to", project.get(), turn.getSpeaker(), Addressees.set(turn),
                    to -> session.setAddressee(turn, to));
        }
        for (Coding coding : codingsFor(offset)) {
            MenuItem item = new MenuItem(menu, SWT.CASCADE);
            item.setText(TranscriptViewer.describe(coding));
            Menu actions = new Menu(item);
            item.setMenu(actions);
            action(actions, "Remove coding", () -> session.remove(coding));
            action(actions, "Resize to selection", () -> resizeToSelection(coding));
            action(actions, "Memo…", () -> editMemo(coding));
            Participant speaker = turnIndex >= 0 ? document.get().getTurns().get(turnIndex).getSpeaker() : null;
            addresseeMenu(actions, "Help addressed to", project.get(), speaker, Addressees.set(coding),
                    to -> session.setAddressee(coding, to));
            MenuItem recode = new MenuItem(actions, SWT.CASCADE);
            recode.setText("Re-code as");
            Menu recodes = new Menu(recode);
            recode.setMenu(recodes);
            for (Code code : CodePaths.allCodes(project.get())) {
                if (code.isApplicable() && code != coding.getCode()) {
                    action(recodes, CodePaths.path(code), () -> session.recode(coding, code));
                }
            }
        }
        return menu;
    }

    /**
     * Whom a turn or a coding is addressed to: the group, a participant other than the speaker, or what the rule
     * infers (the coder's choice removed). The current choice is ticked; choosing is one undoable step.
     */
    private void addresseeMenu(Menu parentMenu, String label, Project project, Participant speaker, Optional<Addressee> current,
            Consumer<Optional<Addressee>> choose) {
        MenuItem cascade = new MenuItem(parentMenu, SWT.CASCADE);
        cascade.setText(label + current.map(a -> ": " + a.label()).orElse(" (inferred)"));
        Menu choices = new Menu(cascade);
        cascade.setMenu(choices);
        choice(choices, "The group", current.filter(Addressee.Group.class::isInstance).isPresent(),
                () -> choose.accept(Optional.of(Addressee.GROUP)));
        for (Participant participant : project.getParticipants()) {
            if (participant != speaker) {
                Addressee person = Addressee.of(participant);
                choice(choices, person.label(), current.equals(Optional.of(person)), () -> choose.accept(Optional.of(person)));
            }
        }
        new MenuItem(choices, SWT.SEPARATOR);
        choice(choices, "As inferred", current.isEmpty(), () -> choose.accept(Optional.empty()));
    }

    private void choice(Menu menu, String label, boolean chosen, Runnable run) {
        MenuItem item = new MenuItem(menu, SWT.RADIO);
        item.setText(label);
        item.setSelection(chosen);
        // a radio item is told when it loses the tick as well: only the newly ticked one acts
        item.addListener(SWT.Selection, e -> {
            if (item.getSelection() && !chosen) {
                apply(run);
            }
        });
    }

    private void action(Menu menu, String label, Runnable run) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(label);
        item.addListener(SWT.Selection, e -> apply(run));
    }

    /** Gives a coding the selection's range, larger or smaller than before. */
    private void resizeToSelection(Coding coding) {
        Optional<int[]> range = viewer.selection();
        if (range.isEmpty()) {
            status.setText("Select the stretch the coding should cover, then choose Resize to selection.");
            return;
        }
        session.resize(coding, range.get()[0], range.get()[1]);
    }

    private void editMemo(Coding coding) {
        MemoDialog dialog = new MemoDialog(parent.getShell(), "Memo on " + TranscriptViewer.describe(coding), coding.getMemo());
        if (dialog.open() == MemoDialog.OK) {
            session.setMemo(coding, dialog.text());
        }
    }

    /** Makes a coding the workbench's selection (Details shows it), e.g. when its stripe is clicked. */
    public void publish(Coding coding) {
        if (selectionService != null) {
            selectionService.setSelection(coding);
        }
    }

    private void publishSelection() {
        if (selectionService == null) {
            return;
        }
        List<Coding> here = viewer.codingsAt(viewer.caret());
        if (!here.isEmpty()) {
            selectionService.setSelection(here.get(here.size() - 1));
        } else {
            selectionService.setSelection(session.document().orElse(null));
        }
    }

    private void changed(SessionChange change) {
        if (viewer.text().isDisposed()) {
            return;
        }
        switch (change) {
            case PROJECT -> refreshAll();
            case LAYERS -> {
                refreshToolbar();
                refreshText();
            }
            case DOCUMENT -> {
                refreshText();
                publishSelection();
            }
            case MODEL -> {
                if (blindButton.getSelection() != session.isBlind()) {
                    // blind coding started or ended by undo or redo
                    refreshToolbar();
                }
                refreshText();
                refreshDirty();
            }
            case DIRTY -> refreshDirty();
            case REVEAL -> session.revealed().ifPresent(range -> {
                refreshText();
                viewer.select(range.start(), range.end());
                viewer.text().setFocus();
            });
        }
    }

    private void refreshAll() {
        refreshToolbar();
        refreshText();
        refreshDirty();
    }

    private void refreshToolbar() {
        coderLabel.setText(session.project().isPresent() ? "Coding as " + session.coder().getName() : "No project open");
        layerCombo.removeAll();
        session.project().ifPresent(project -> {
            layerCombo.add("My codings");
            layerCombo.add("All coders");
            otherCoders().forEach(c -> layerCombo.add("Only " + c.getName()));
            int index = switch (session.layer()) {
                case MINE -> 0;
                case ALL -> 1;
                case OTHER -> 2 + otherCoders().indexOf(session.otherCoder().orElse(null));
            };
            layerCombo.select(session.isBlind() ? 0 : index);
        });
        layerCombo.setEnabled(!session.isBlind());
        blindButton.setSelection(session.isBlind());
        coderLabel.getParent().layout(true);
    }

    private void refreshText() {
        Optional<Document> document = session.document();
        viewer.show(document.orElse(null), document.map(session::visibleCodings).orElse(List.of()));
        refreshStatus();
    }

    /** The summary of what is shown, or why nothing is. */
    private void refreshStatus() {
        Optional<Document> document = session.document();
        if (document.isPresent()) {
            Document d = document.get();
            status.setText(d.getName() + " \u00B7 " + d.getTurns().size() + " turns \u00B7 " + session.visibleCodings(d).size()
                    + " codings shown" + (session.isBlind() ? " \u00B7 coding blind" : ""));
        } else if (session.removedDocument().isPresent()) {
            status.setText(RemovedDocumentNote.of(session).orElseThrow() + " Open another document from the project explorer.");
        } else {
            status.setText(session.project().isPresent() ? "Open a document from the project explorer." : "");
        }
    }

    /** The status line under the toolbar, for tests. */
    public String status() {
        return status.getText();
    }

    private void refreshDirty() {
        if (dirtyable != null) {
            dirtyable.setDirty(session.isDirty());
        }
    }
}
