package org.sameboat.ui.handlers;

import java.util.Objects;

import org.eclipse.e4.ui.model.application.ui.menu.MItem;

/** Puts the name of the step Undo or Redo would take on their menu item and its tooltip. */
final class StepNames {

    private StepNames() {
    }

    static void show(MItem item, String name) {
        // setting an unchanged label still makes the renderer redo the item: only set what differs
        if (!Objects.equals(item.getLabel(), name)) {
            item.setLabel(name);
        }
        String tooltip = name + (name.startsWith("Undo") ? " (Ctrl+Z)" : " (Ctrl+Y)");
        if (!Objects.equals(item.getTooltip(), tooltip)) {
            item.setTooltip(tooltip);
        }
    }
}
