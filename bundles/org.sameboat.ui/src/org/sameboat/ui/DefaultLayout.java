package org.sameboat.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainerElement;
import org.eclipse.e4.ui.model.application.ui.basic.MStackElement;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.FrameworkUtil;

/**
 * The layout Sameboat ships (Application.e4xmi) as a reference for the remembered one: puts the default stacks
 * and parts back into their default containers with their default sizes, and keeps the window on the screen.
 * Views opened since stay open where they are.
 */
public final class DefaultLayout {

    private DefaultLayout() {
    }

    /** The shipped application model, loaded afresh (never the live one). */
    public static MApplication load() {
        Resource resource = new E4XMIResourceFactory().createResource(URI.createURI("platform:/plugin/org.sameboat.ui/Application.e4xmi"));
        try (InputStream in = FrameworkUtil.getBundle(DefaultLayout.class).getEntry("Application.e4xmi").openStream()) {
            resource.load(in, null);
        } catch (IOException e) {
            throw new IllegalStateException("the workbench's own Application.e4xmi cannot be read", e);
        }
        return (MApplication) resource.getContents().get(0);
    }

    /** Restores the default places and sizes in the live model; the renderer follows the model. */
    public static void restore(MApplication application, EModelService models) {
        restore(application, id -> models.find(id, application));
    }

    /** Restores the default places and sizes, finding live elements by id with the given lookup. */
    @SuppressWarnings("unchecked")
    public static void restore(MApplication application, Function<String, MUIElement> find) {
        MApplication defaults = load();
        List<MUIElement> shipped = new ArrayList<>();
        for (var it = ((EObject) defaults).eAllContents(); it.hasNext();) {
            if (it.next() instanceof MUIElement element && element.getElementId() != null
                    && (element instanceof MPartSashContainerElement || element instanceof MStackElement)) {
                shipped.add(element);
            }
        }
        // top-down, so that a container is in place before its children move into it
        for (MUIElement original : shipped) {
            MUIElement live = find.apply(original.getElementId());
            if (live == null) {
                continue;
            }
            MElementContainer<MUIElement> originalParent = original.getParent();
            if (originalParent != null && originalParent.getElementId() != null) {
                MUIElement target = find.apply(originalParent.getElementId());
                if (target instanceof MElementContainer<?> container && live.getParent() != container) {
                    List<MUIElement> children = ((MElementContainer<MUIElement>) container).getChildren();
                    children.add(Math.min(originalParent.getChildren().indexOf(original), children.size()), live);
                }
            }
            live.setContainerData(original.getContainerData());
            live.setToBeRendered(true);
            live.setVisible(true);
        }
        if (!application.getChildren().isEmpty() && !defaults.getChildren().isEmpty()) {
            MWindow window = application.getChildren().get(0);
            MWindow original = defaults.getChildren().get(0);
            window.setWidth(original.getWidth());
            window.setHeight(original.getHeight());
            fitToScreen(window);
        }
    }

    /** Keeps a window inside the primary monitor's work area, e.g. the 1440×900 default on a 1366×768 screen. */
    public static void fitToScreen(MWindow window) {
        Display display = Display.getCurrent();
        if (display == null) {
            return;
        }
        Rectangle area = display.getPrimaryMonitor().getClientArea();
        if (window.getWidth() <= 0 || window.getWidth() > area.width) {
            window.setWidth(area.width);
        }
        if (window.getHeight() <= 0 || window.getHeight() > area.height) {
            window.setHeight(area.height);
        }
        if (window.getX() < area.x || window.getX() + window.getWidth() > area.x + area.width) {
            window.setX(area.x + (area.width - window.getWidth()) / 2);
        }
        if (window.getY() < area.y || window.getY() + window.getHeight() > area.y + area.height) {
            window.setY(area.y + (area.height - window.getHeight()) / 2);
        }
    }
}
