package org.sameboat.ui.handlers;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.menu.MDirectMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.sameboat.ui.RecentProjects;

/** File > Open recent: the folders opened last; one that no longer holds a project is greyed and says so. */
public final class RecentMenu {

    static final String FOLDER_KEY = "org.sameboat.ui.recent.folder";

    @AboutToShow
    public void aboutToShow(List<MMenuElement> items, MApplication application, EModelService models) {
        List<Path> folders = new RecentProjects(application.getPersistedState()).folders();
        if (folders.isEmpty()) {
            MDirectMenuItem none = models.createModelElement(MDirectMenuItem.class);
            none.setLabel("No recent projects");
            none.setEnabled(false);
            none.setContributionURI("bundleclass://org.sameboat.ui/" + OpenRecent.class.getName());
            items.add(none);
            return;
        }
        for (Path folder : folders) {
            MDirectMenuItem item = models.createModelElement(MDirectMenuItem.class);
            boolean there = RecentProjects.exists(folder);
            item.setLabel(label(folder, there));
            item.setTooltip(folder.toString());
            item.setEnabled(there);
            item.getPersistedState().put(FOLDER_KEY, folder.toString());
            item.setContributionURI("bundleclass://org.sameboat.ui/" + OpenRecent.class.getName());
            items.add(item);
        }
    }

    /** The folder's name and where it is, so two projects named alike can be told apart. */
    public static String label(Path folder, boolean there) {
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        String where = folder.getParent() == null ? "" : "  (" + folder.getParent() + ")";
        return name + where + (there ? "" : "  \u2014 missing: moved or deleted");
    }
}
