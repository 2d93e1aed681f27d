package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.sameboat.ui.DefaultLayout;

/** Window > Reset layout puts moved, hidden and resized parts of a remembered layout back where they ship. */
class ResetLayoutTest {

    private static MUIElement find(MApplication application, String id) {
        for (var it = ((EObject) application).eAllContents(); it.hasNext();) {
            if (it.next() instanceof MUIElement element && id.equals(element.getElementId())) {
                return element;
            }
        }
        return null;
    }

    @Test
    void aMovedHiddenAndResizedLayoutComesBackAsShipped() {
        MApplication remembered = DefaultLayout.load();
        MPartStack views = (MPartStack) find(remembered, "org.sameboat.ui.stack.views");
        MPartStack details = (MPartStack) find(remembered, "org.sameboat.ui.stack.details");
        MUIElement search = find(remembered, "org.sameboat.ui.part.search");
        MUIElement segments = find(remembered, "org.sameboat.ui.part.segments");
        details.getChildren().add((org.eclipse.e4.ui.model.application.ui.basic.MStackElement) search);
        segments.setToBeRendered(false);
        views.setContainerData("5");
        find(remembered, "org.sameboat.ui.sash.left").setContainerData("60");

        DefaultLayout.restore(remembered, id -> Optional.ofNullable(find(remembered, id)).orElse(null));

        assertEquals(views, search.getParent());
        assertEquals(0, views.getChildren().indexOf(search));
        assertTrue(segments.isToBeRendered());
        assertEquals("40", views.getContainerData());
        assertEquals("24", find(remembered, "org.sameboat.ui.sash.left").getContainerData());
        assertEquals(2, details.getChildren().size(), "Details and Memos");
    }
}
