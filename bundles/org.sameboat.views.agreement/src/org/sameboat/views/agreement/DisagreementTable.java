package org.sameboat.views.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.sameboat.analysis.adjudicate.TurnVerdict;
import org.sameboat.analysis.project.TurnDynamics;
import org.sameboat.model.Coder;
import org.sameboat.ui.api.ProjectAccess;
import org.sameboat.views.widgets.Choices;

/**
 * The turns two coders disagree on, worked down one by one: each is shown in the transcript when selected, decided
 * with the buttons under the list (accept A, B or neither), and after a decision the next one is selected.
 */
final class DisagreementTable {

    private final ProjectAccess access;
    private final TableViewer viewer;
    private final Button acceptFirst;
    private final Button acceptSecond;
    /** The decisions taken in this project, by turn. */
    private final Map<String, TurnVerdict> decided = new HashMap<>();
    /** The disagreement to select when the next figures arrive: the one after the turn just decided. */
    private String selectNext;

    /** Makes the list and the buttons; {@code decide} runs with the verdict of the button pressed. */
    DisagreementTable(Composite parent, ProjectAccess access, Consumer<TurnVerdict> decide) {
        this.access = access;
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(4, false));
        viewer = new TableViewer(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Session", 60, a -> a.document().getSession() == null ? a.document().getName()
                : String.valueOf(a.document().getSession()));
        column("Turn", 40, a -> String.valueOf(a.disagreement().turn()));
        column("Speaker", 60, a -> a.disagreement().speaker());
        column("A", 95, a -> a.disagreement().first());
        column("B", 95, a -> a.disagreement().second());
        column("Decision", 60, this::decision);
        column("Text", 300, a -> a.disagreement().text().replace('\n', ' '));
        viewer.addSelectionChangedListener(e -> revealSelected());
        new Label(box, SWT.NONE).setText("Adjudicate:");
        acceptFirst = verdictButton(box, "Accept A", TurnVerdict.FIRST, decide);
        acceptSecond = verdictButton(box, "Accept B", TurnVerdict.SECOND, decide);
        verdictButton(box, "Neither", TurnVerdict.NEITHER, decide);
    }

    TableViewer viewer() {
        return viewer;
    }

    /** Lists the disagreements of the coders compared, keeping the selection where the last decision put it. */
    void show(List<Adjudicable> disagreements, List<Coder> coders) {
        viewer.setInput(disagreements);
        nameTheCoders(coders);
        TableColumns.pack(viewer.getTable());
        selectAfterDecision(disagreements);
    }

    void clear() {
        viewer.setInput(List.of());
    }

    /** A new project: the decisions taken in the last one mean nothing here. */
    void forgetDecisions() {
        decided.clear();
    }

    /** The disagreement selected, if any. */
    Optional<Adjudicable> selected() {
        return ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof Adjudicable turn ? Optional.of(turn)
                : Optional.empty();
    }

    /** Notes a decision taken, and selects the next disagreement, so that the user works down the list. */
    void decided(Adjudicable turn, TurnVerdict verdict) {
        decided.put(turn.key(), verdict);
        List<?> listed = (List<?>) viewer.getInput();
        int at = listed.indexOf(turn);
        if (at >= 0 && at + 1 < listed.size()) {
            Adjudicable next = (Adjudicable) listed.get(at + 1);
            selectNext = next.key();
            viewer.setSelection(new StructuredSelection(next), true);
        }
    }

    /** Shows the selected disagreement's turn in the transcript, as clicking it does. */
    void revealSelected() {
        selected().ifPresent(turn -> access.reveal(turn.document(), turn.turn().getStart(), turn.turn().getEnd()));
    }

    private void column(String title, int width, Function<Adjudicable, String> text) {
        TableColumn column = Choices.column(viewer, Adjudicable.class, title, width, text).getColumn();
        TableColumns.atLeastItsTitle(column);
        TableColumns.keepAtLeast(column);
    }

    private static Button verdictButton(Composite parent, String label, TurnVerdict verdict, Consumer<TurnVerdict> decide) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.addListener(SWT.Selection, e -> decide.accept(verdict));
        return button;
    }

    /** "A" and "B" say whose they are: in the columns' titles and on the buttons that accept them. */
    private void nameTheCoders(List<Coder> coders) {
        boolean two = coders.size() == 2;
        TableColumn[] columns = viewer.getTable().getColumns();
        columns[3].setText(two ? "A: " + coders.get(0).getName() : "A");
        columns[4].setText(two ? "B: " + coders.get(1).getName() : "B");
        acceptFirst.setText(two ? "Accept A (" + coders.get(0).getName() + ")" : "Accept A");
        acceptSecond.setText(two ? "Accept B (" + coders.get(1).getName() + ")" : "Accept B");
        acceptFirst.getParent().layout(true);
    }

    /** Keeps the selection on the disagreement chosen after the last decision when the figures are computed again. */
    private void selectAfterDecision(List<Adjudicable> listed) {
        if (selectNext == null) {
            return;
        }
        String key = selectNext;
        selectNext = null;
        listed.stream().filter(a -> a.key().equals(key)).findFirst()
                .ifPresent(a -> viewer.setSelection(new StructuredSelection(a), true));
    }

    /** The decision taken for a turn, as long as the consensus coder still has it (undo takes it away). */
    private String decision(Adjudicable turn) {
        TurnVerdict verdict = decided.get(turn.key());
        if (verdict == null) {
            return "";
        }
        return switch (verdict) {
            case FIRST -> turn.consensus().equals(turn.disagreement().first()) ? "A" : "";
            case SECOND -> turn.consensus().equals(turn.disagreement().second()) ? "B" : "";
            case NEITHER -> turn.consensus().equals(TurnDynamics.NONE) ? "neither" : "";
        };
    }
}
