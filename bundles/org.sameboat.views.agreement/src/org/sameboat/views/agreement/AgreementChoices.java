package org.sameboat.views.agreement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.sameboat.analysis.project.AgreementReport;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.views.widgets.Choices;

/**
 * The agreement view's choices: a check box per coder, a menu of the codes (none checked: every code the coders
 * applied), the unit, and the name of the consensus coder decisions go to.
 */
final class AgreementChoices {

    private static final String[] UNITS = {"Turn", "Character", "Unitizing"};

    private final List<Coder> coders = new ArrayList<>();
    private final List<Button> coderButtons = new ArrayList<>();
    private final List<Code> codes = new ArrayList<>();
    private final Set<Code> chosenCodes = new LinkedHashSet<>();
    private final Runnable chosen;
    private final Composite coderBox;
    private final Button codesButton;
    private final Menu codesMenu;
    private final Combo unit;
    private final Text consensus;

    /** Makes the choices in the bar; {@code chosen} runs when the user changes one. */
    AgreementChoices(Composite bar, Runnable chosen) {
        this.chosen = chosen;
        new Label(bar, SWT.NONE).setText("Coders");
        coderBox = new Composite(bar, SWT.NONE);
        RowLayout boxes = new RowLayout(SWT.HORIZONTAL);
        boxes.marginTop = 0;
        boxes.marginBottom = 0;
        coderBox.setLayout(boxes);
        codesButton = new Button(bar, SWT.PUSH);
        codesMenu = new Menu(codesButton);
        codesButton.addListener(SWT.Selection, e -> {
            codesMenu.setLocation(codesButton.toDisplay(0, codesButton.getSize().y));
            codesMenu.setVisible(true);
        });
        unit = Choices.combo(bar, "Unit", chosen, UNITS);
        unit.select(0);
        new Label(bar, SWT.NONE).setText("Consensus coder");
        consensus = new Text(bar, SWT.BORDER);
        consensus.setText("consensus");
        consensus.addListener(SWT.DefaultSelection, e -> chosen.run());
    }

    List<Button> coderButtons() {
        return List.copyOf(coderButtons);
    }

    Menu codesMenu() {
        return codesMenu;
    }

    Combo unit() {
        return unit;
    }

    Text consensus() {
        return consensus;
    }

    /** Offers the project's coders and codes; keeps what was chosen where it still exists. */
    void refill(Project project) {
        Set<String> checked = new LinkedHashSet<>();
        for (int i = 0; i < coderButtons.size(); i++) {
            if (coderButtons.get(i).getSelection()) {
                checked.add(coders.get(i).getId());
            }
        }
        boolean first = coderButtons.isEmpty();
        coderButtons.forEach(Button::dispose);
        coderButtons.clear();
        coders.clear();
        codes.clear();
        for (MenuItem item : codesMenu.getItems()) {
            item.dispose();
        }
        if (project != null) {
            coders.addAll(project.getCoders());
            codes.addAll(CodePaths.allCodes(project).stream().filter(Code::isApplicable).toList());
        }
        chosenCodes.retainAll(codes);
        String consensusName = consensusName();
        for (Coder coder : coders) {
            Button box = new Button(coderBox, SWT.CHECK);
            box.setText(coder.getName());
            // at first the coders who coded, but never the consensus coder, which is the outcome, not a rater
            box.setSelection(first ? !coder.getName().equalsIgnoreCase(consensusName) && coded(project, coder) : checked.contains(coder.getId()));
            box.addListener(SWT.Selection, e -> chosen.run());
            coderButtons.add(box);
        }
        for (Code code : codes) {
            MenuItem item = new MenuItem(codesMenu, SWT.CHECK);
            item.setText(CodePaths.path(code));
            item.setSelection(chosenCodes.contains(code));
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection()) {
                    chosenCodes.add(code);
                } else {
                    chosenCodes.remove(code);
                }
                chosen.run();
            });
        }
        labelCodesButton();
        coderBox.getParent().layout(true, true);
    }

    /** The coders ticked, in the project's order. */
    List<Coder> chosenCoders() {
        List<Coder> ticked = new ArrayList<>();
        for (int i = 0; i < coderButtons.size(); i++) {
            if (coderButtons.get(i).getSelection()) {
                ticked.add(coders.get(i));
            }
        }
        return List.copyOf(ticked);
    }

    /** What the choices ask for, in the project. */
    AgreementRequest request(Project project) {
        AgreementReport.Unit chosenUnit = AgreementReport.Unit.values()[Math.max(0, unit.getSelectionIndex())];
        return new AgreementRequest(project, chosenCoders(), codes.stream().filter(chosenCodes::contains).toList(), chosenUnit,
                consensusName());
    }

    /** The consensus coder's name, as typed. */
    String consensusName() {
        return consensus.getText().strip();
    }

    void labelCodesButton() {
        codesButton.setText(chosenCodes.isEmpty() ? "Codes: all used \u25BE" : "Codes: " + chosenCodes.size() + " \u25BE");
        codesButton.getParent().layout(true);
    }

    void dispose() {
        codesMenu.dispose();
    }

    private static boolean coded(Project project, Coder coder) {
        return project.getDocuments().stream().anyMatch(d -> d.getCodings().stream().anyMatch(c -> c.getCoder() == coder));
    }
}
