package org.sameboat.ui.parts;

import java.util.Comparator;
import java.util.List;

import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;

/**
 * The Views menu: every part descriptor tagged {@value #VIEW_TAG}, built-in or from a plugin's model
 * fragment, so a view shows up here as soon as its bundle is installed.
 */
public final class ViewsMenu {

    /** Tag that marks a part descriptor as a Sameboat view. */
    public static final String VIEW_TAG = "View";
    static final String DESCRIPTOR_KEY = "org.sameboat.ui.view.descriptor";

    @AboutToShow
    public void aboutToShow(List<MMenuElement> items, MApplication application, EModelService models) {
        for (MPartDescriptor descriptor : views(application)) {
            MDirectMenuItem item = models.createModelElement(MDirectMenuItem.class);
            item.setLabel(descriptor.getLabel());
            item.setTooltip(descriptor.getTooltip());
            item.setIconURI(descriptor.getIconURI());
            item.getPersistedState().put(DESCRIPTOR_KEY, descriptor.getElementId());
            item.setContributionURI("bundleclass://org.sameboat.ui/" + OpenView.class.getName());
            items.add(item);
        }
    }

    /** The view descriptors of the running workbench, by label. */
    public static List<MPartDescriptor> views(MApplication application) {
        return application.getDescriptors().stream().filter(d -> d.getTags().contains(VIEW_TAG))
                .sorted(Comparator.comparing(MPartDescriptor::getLabel, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }
}
