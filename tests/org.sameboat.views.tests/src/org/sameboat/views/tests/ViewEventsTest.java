package org.sameboat.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sameboat.ui.api.SameboatEvents;
import org.sameboat.views.agreement.AgreementPart;
import org.sameboat.views.cooccurrence.CooccurrencePart;
import org.sameboat.views.ena.EnaPart;
import org.sameboat.views.network.NetworkPart;
import org.sameboat.views.profile.ProfilePart;
import org.sameboat.views.sequence.SequencePart;
import org.sameboat.views.timeline.TimelinePart;
import org.sameboat.views.widgets.ViewEvents;

/** What a view hears of the session, and that it stops hearing when it closes. */
class ViewEventsTest {

    @TempDir
    Path temp;

    private final List<String> heard = new ArrayList<>();
    private Shell shell;
    private ViewFixture fixture;

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aProjectOpenedIsToldApartFromEditsAndLayerChangesAndOtherTopicsAreNotHeard() {
        DirectBroker broker = new DirectBroker();
        shell = new Shell(Display.getDefault());
        ViewEvents.follow(broker, shell, () -> heard.add("opened"), () -> heard.add("changed"));

        broker.send(SameboatEvents.PROJECT, "session");
        broker.send(SameboatEvents.MODEL, "session");
        broker.send(SameboatEvents.LAYERS, "session");
        broker.send(SameboatEvents.DIRTY, "session");
        broker.send(SameboatEvents.DOCUMENT, "session");

        assertEquals(List.of("opened", "changed", "changed"), heard);
    }

    @Test
    void aDisposedControlHearsNothingMoreAndLeavesNoSubscriptionBehind() {
        DirectBroker broker = new DirectBroker();
        shell = new Shell(Display.getDefault());
        Composite view = new Composite(shell, SWT.NONE);
        ViewEvents.follow(broker, view, () -> heard.add("opened"), () -> heard.add("changed"));
        assertEquals(3, broker.subscriptions(), "project, model and layers");

        view.dispose();
        broker.send(SameboatEvents.PROJECT, "session");
        broker.send(SameboatEvents.MODEL, "session");

        assertEquals(List.of(), heard);
        assertEquals(0, broker.subscriptions());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(classes = {AgreementPart.class, CooccurrencePart.class, EnaPart.class, NetworkPart.class, ProfilePart.class,
            SequencePart.class, TimelinePart.class})
    void everyViewHearsTheSessionWhileOpenAndNoLongerOnceClosed(Class<?> view) throws Exception {
        fixture = new ViewFixture(temp.resolve("sample"), "alex");
        fixture.part(view);
        assertEquals(3, fixture.broker.subscriptions(), "project, model and layers");

        for (Control part : fixture.shell.getChildren()) {
            part.dispose();
        }

        assertEquals(0, fixture.broker.subscriptions());
    }
}
