package org.sameboat.views.widgets;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.osgi.service.event.EventHandler;
import org.sameboat.ui.api.SameboatEvents;

/**
 * What every view hears of the session, in one place: a project opened or closed, and the model or the visible
 * coders changed (an edit, an undo, a new coder at work, blind coding begun or ended). Heard on the UI thread
 * through the event broker for as long as the view's control lives, so that a view needs no event methods.
 */
public final class ViewEvents {

    private ViewEvents() {
    }

    /**
     * Subscribes a view until its control is disposed.
     *
     * @param opened run when a project is opened or closed
     * @param changed run after an edit, undo or redo, and when whose codings the user may see changes
     */
    public static void follow(IEventBroker broker, Control owner, Runnable opened, Runnable changed) {
        EventHandler onOpened = event -> runWhileAlive(owner, opened);
        EventHandler onChanged = event -> runWhileAlive(owner, changed);
        // the two-argument subscribe delivers on the UI thread, as @UIEventTopic does
        broker.subscribe(SameboatEvents.PROJECT, onOpened);
        broker.subscribe(SameboatEvents.MODEL, onChanged);
        broker.subscribe(SameboatEvents.LAYERS, onChanged);
        owner.addListener(SWT.Dispose, e -> {
            broker.unsubscribe(onOpened);
            broker.unsubscribe(onChanged);
        });
    }

    /** An event already on its way when the view closes must not touch disposed widgets. */
    private static void runWhileAlive(Control owner, Runnable action) {
        if (!owner.isDisposed()) {
            action.run();
        }
    }
}
