package org.sameboat.ui.parts;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Opens the view a Views menu item names, in the views stack below the transcript, once only; a view that opens
 * there gets at least {@link #VIEW_SHARE} percent of the centre column, so a matrix shows more than a row or two.
 */
public final class OpenView {

    /** Where views open. */
    public static final String VIEWS_STACK = "org.sameboat.ui.stack.views";
    /** The share of the centre column an analysis view gets when it opens (the transcript keeps the rest). */
    public static final int VIEW_SHARE = 60;

    @Execute
    public void execute(MDirectMenuItem item, EPartService parts, EModelService models, MApplication application) {
        open(item.getPersistedState().get(ViewsMenu.DESCRIPTOR_KEY), parts, models, application);
    }

    public static MPart open(String descriptorId, EPartService parts, EModelService models, MApplication application) {
        MPart part = parts.findPart(descriptorId);
        if (part == null) {
            part = parts.createPart(descriptorId);
            MPartStack stack = (MPartStack) models.find(VIEWS_STACK, application);
            if (stack == null) {
                stack = (MPartStack) models.find("org.sameboat.ui.stack.editor", application);
            }
            stack.setToBeRendered(true);
            stack.setVisible(true);
            stack.getChildren().add(part);
            makeRoom(stack);
        }
        return parts.showPart(part, PartState.ACTIVATE);
    }

    /** Gives the stack {@link #VIEW_SHARE} percent of its sash if it has less; its siblings share the rest. */
    static void makeRoom(MPartStack stack) {
        MElementContainer<MUIElement> sash = stack.getParent();
        if (sash == null) {
            return;
        }
        double total = 0;
        double own = 0;
        for (MUIElement sibling : sash.getChildren()) {
            if (sibling.isToBeRendered()) {
                double weight = weight(sibling);
                total += weight;
                if (sibling == stack) {
                    own = weight;
                }
            }
        }
        if (total <= 0 || own / total * 100 >= VIEW_SHARE) {
            return;
        }
        double others = total - own;
        for (MUIElement sibling : sash.getChildren()) {
            if (sibling == stack) {
                sibling.setContainerData(String.valueOf(VIEW_SHARE * 100));
            } else if (sibling.isToBeRendered()) {
                sibling.setContainerData(String.valueOf(Math.round(weight(sibling) / others * (100 - VIEW_SHARE) * 100)));
            }
        }
    }

    private static double weight(MUIElement element) {
        try {
            return element.getContainerData() == null ? 100 : Double.parseDouble(element.getContainerData());
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
