package org.sameboat.ui;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.sameboat.ui.api.SameboatEvents;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.SessionChange;
import org.sameboat.ui.session.WorkbenchIndex;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Add-on that passes the session's changes to the event broker, where view plugins hear them, and closes the
 * search index when the workbench closes.
 */
public final class SessionEvents {

    private final ProjectSession session;
    private final IEventBroker broker;
    private final WorkbenchIndex index;

    @Inject
    public SessionEvents(ProjectSession session, IEventBroker broker, WorkbenchIndex index) {
        this.session = session;
        this.broker = broker;
        this.index = index;
    }

    @PostConstruct
    public void start() {
        session.addListener(this::post);
    }

    /** The workbench is closing: release the search index's writer and lock. */
    @PreDestroy
    public void stop() {
        index.close();
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
