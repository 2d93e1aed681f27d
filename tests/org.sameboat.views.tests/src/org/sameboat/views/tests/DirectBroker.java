package org.sameboat.views.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;

/**
 * The event broker in small, for tests on the UI thread: a sent event reaches the handlers of its exact topic at
 * once, in the order they subscribed. The workbench's broker needs the OSGi event admin, which the views' tests
 * do without; what they test is which topics a view hears and what it does then.
 */
final class DirectBroker implements IEventBroker {

    private record Subscription(String topic, EventHandler handler) {
    }

    private final List<Subscription> subscriptions = new ArrayList<>();

    @Override
    public boolean send(String topic, Object data) {
        Event event = new Event(topic, Map.of(IEventBroker.DATA, data));
        // a handler may unsubscribe (its view closing) while the event is delivered
        for (Subscription s : List.copyOf(subscriptions)) {
            if (s.topic().equals(topic) && subscriptions.contains(s)) {
                s.handler().handleEvent(event);
            }
        }
        return true;
    }

    @Override
    public boolean post(String topic, Object data) {
        return send(topic, data);
    }

    @Override
    public boolean subscribe(String topic, EventHandler eventHandler) {
        return subscribe(topic, null, eventHandler, false);
    }

    @Override
    public boolean subscribe(String topic, String filter, EventHandler eventHandler, boolean headless) {
        subscriptions.add(new Subscription(topic, eventHandler));
        return true;
    }

    @Override
    public boolean unsubscribe(EventHandler eventHandler) {
        return subscriptions.removeIf(s -> s.handler() == eventHandler);
    }

    /** How many subscriptions are live: a closed view leaves none behind. */
    int subscriptions() {
        return subscriptions.size();
    }
}
