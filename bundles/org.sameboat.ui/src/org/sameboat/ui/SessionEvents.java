package org.sameboat.ui;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.sameboat.ui.api.SameboatEvents;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.SessionChange;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Add-on that passes the session's changes to the event broker, where view plugins hear them. */
public final class SessionEvents {

    private final ProjectSession session;
    private final IEventBroker broker;

    @Inject
    public SessionEvents(ProjectSession session, IEventBroker broker) {
        this.session = session;
        this.broker = broker;
    }

    @PostConstruct
    public void start() {
        session.addListener(this::post);
    }

    private void post(SessionChange change) {
        String topic = switch (change) {
            case PROJECT -> SameboatEvents.PROJECT;
            case MODEL -> SameboatEvents.MODEL;
            case DOCUMENT, REVEAL -> SameboatEvents.DOCUMENT;
            case LAYERS -> SameboatEvents.LAYERS;
            case DIRTY -> SameboatEvents.DIRTY;
        };
        // send, not post: views must be up to date before the user's next keystroke
        broker.send(topic, session);
    }
}
