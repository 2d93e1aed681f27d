package org.sameboat.ui.parts;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Opens the view a Views menu item names, in the views stack below the transcript; once only. */
public final class OpenView {

    /** Where views open. */
    public static final String VIEWS_STACK = "org.sameboat.ui.stack.views";

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
        }
        return parts.showPart(part, PartState.ACTIVATE);
    }
}
