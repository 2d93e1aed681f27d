package org.sameboat.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Coder;
import org.sameboat.model.Project;
import org.sameboat.views.widgets.CoderChoice;

/** Whose codings a view counts: the choice every view with a coder combo shares. */
class CoderChoiceTest {

    @TempDir
    Path temp;

    private ViewFixture fixture;
    private Project project;
    private CoderChoice choice;
    private final List<String> chosen = new ArrayList<>();

    @BeforeEach
    void openTheSampleAsSam() throws Exception {
        fixture = new ViewFixture(temp.resolve("sample"), "sam");
        project = fixture.session.project().orElseThrow();
        choice = new CoderChoice(new Composite(fixture.shell, SWT.NONE), "Coder", fixture.session, () -> chosen.add(choice.combo().getText()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<String> items() {
        return Arrays.asList(choice.combo().getItems());
    }

    private List<String> coderNames() {
        return project.getCoders().stream().map(Coder::getName).toList();
    }

    @Test
    void thePoolComesFirstThenEveryCoderTheUserMaySeeAndPooledCountsAllOfThem() {
        choice.refill();

        List<String> expected = new ArrayList<>(List.of(CoderChoice.POOL));
        expected.addAll(coderNames());
        assertEquals(expected, items());
        assertEquals(Optional.empty(), choice.chosen());
        assertEquals(new CoderChoice.Scope(Optional.empty(), "all coders pooled"), choice.scope());
    }

    @Test
    void aCoderChosenStaysChosenWhenTheChoicesAreMadeAnewAndCountsAlone() {
        choice.refill();
        Coder second = project.getCoders().get(1);
        ViewFixture.choose(choice.combo(), 2);

        choice.refill();

        assertEquals(List.of(second.getName()), chosen, "the user's pick ran the view's callback");
        assertEquals(Optional.of(second), choice.chosen());
        assertEquals(new CoderChoice.Scope(Optional.of(second), second.getName() + "'s codings"), choice.scope());
    }

    @Test
    void aBlindCoderIsOfferedOnlyTheirOwnCodingsAndThePoolIsThem() {
        Coder sam = fixture.session.coder();
        fixture.session.setBlind(true);

        choice.refill();

        assertEquals(List.of(CoderChoice.BLIND_POOL, "sam"), items());
        assertEquals(new CoderChoice.Scope(Optional.of(sam), "sam's codings (coding blind)"), choice.scope());
    }

    @Test
    void theFirstTimeAViewMayPreferACoderAndLaterKeepsTheUsersPick() {
        Coder sam = fixture.session.coder();
        choice.refill(coders -> CoderChoice.POOL, Optional.of(sam));
        assertEquals(Optional.of(sam), choice.chosen(), "first time: the coder preferred");

        ViewFixture.choose(choice.combo(), 0);
        choice.refill(coders -> CoderChoice.POOL, Optional.of(sam));
        assertEquals(Optional.empty(), choice.chosen(), "the user chose the pool, and keeps it");
    }

    @Test
    void theViewMayNameThePoolFromTheCodersOffered() {
        choice.refill(coders -> "Pooled: " + coders.size() + " coders", Optional.empty());

        assertEquals("Pooled: " + project.getCoders().size() + " coders", items().get(0));
    }
}
