package org.sameboat.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sameboat.model.Code;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.views.agreement.AgreementPart;
import org.sameboat.views.cooccurrence.CooccurrencePart;
import org.sameboat.views.ena.EnaPart;
import org.sameboat.views.network.NetworkPart;
import org.sameboat.views.profile.ProfilePart;
import org.sameboat.views.sequence.SequencePart;
import org.sameboat.views.timeline.TimelinePart;
import org.sameboat.views.widgets.ResidualGrid;

/**
 * The threading contract (issue 18.1), view by view: the user codes turns while the view computes, each edit made on
 * the UI thread while a computation is held mid-way (its extract taken, its result not delivered), and what the view
 * shows in the end is what a fresh view computes on the final state, and differs from what it showed before.
 */
class EditsWhileComputingTest {

    private static final int EDITS = 6;

    @TempDir
    Path temp;

    private ViewFixture fixture;

    /** A view, its job family and the figures it shows, as comparable values. */
    record View(String name, Class<?> type, String family, Function<Object, Object> figures) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<View> views() {
        return Stream.of(
                new View("co-occurrence", CooccurrencePart.class, CooccurrencePart.JOB_FAMILY, p -> {
                    var heatmap = ((CooccurrencePart) p).heatmap();
                    List<Object> cells = new ArrayList<>();
                    for (int r = 0; r < heatmap.size(); r++) {
                        cells.add(heatmap.label(r));
                        for (int c = 0; c < heatmap.size(); c++) {
                            cells.add(heatmap.value(r, c));
                        }
                    }
                    return cells;
                }),
                new View("agreement", AgreementPart.class, AgreementPart.JOB_FAMILY,
                        p -> ((AgreementPart) p).report().map(r -> List.of(r.units(), r.rows())).orElseThrow()),
                new View("profile", ProfilePart.class, ProfilePart.JOB_FAMILY, p -> cells(((ProfilePart) p).grid())),
                new View("sequence", SequencePart.class, SequencePart.JOB_FAMILY, p -> cells(((SequencePart) p).grid())),
                new View("epistemic network", EnaPart.class, EnaPart.JOB_FAMILY, p -> ((EnaPart) p).model()
                        .map(set -> List.of(set.accumulation().units(), Arrays.deepToString(set.accumulation().counts()))).orElseThrow()),
                new View("who talks to whom", NetworkPart.class, NetworkPart.JOB_FAMILY, p -> ((NetworkPart) p).diagram().network()
                        .map(n -> List.of(n.nodes(), n.edges())).orElseThrow()),
                new View("timeline", TimelinePart.class, TimelinePart.JOB_FAMILY, p -> ((TimelinePart) p).lanes().bars().stream()
                        .map(b -> b.turn().getId() + "=" + b.dynamic()).toList()));
    }

    private static List<String> cells(ResidualGrid grid) {
        List<String> cells = new ArrayList<>();
        for (int r = 0; r < grid.rows(); r++) {
            cells.add(grid.rowName(r));
            for (int c = 0; c < grid.columns(); c++) {
                cells.add(grid.text(r, c));
            }
        }
        return cells;
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void afterEditsMadeWhileItComputesAViewShowsTheFiguresOfTheFinalState(View view) throws Exception {
        fixture = new ViewFixture(temp.resolve("sample"), "alex");
        Project project = fixture.session.project().orElseThrow();
        Document document = fixture.session.shownDocument().orElseThrow();
        Code code = CodePaths.allCodes(project).stream().filter(Code::isApplicable).findFirst().orElseThrow();
        Object part = fixture.part(view.type());
        fixture.await(view.family());
        Object before = view.figures().apply(part);

        try (HeldJobs jobs = new HeldJobs(view.family())) {
            fixture.modelChanged();
            for (int i = 0; i < EDITS; i++) {
                CountDownLatch go = jobs.next(fixture.display);
                // the computation has its extract and is held before computing: the user codes a whole turn now
                Turn turn = document.getTurns().get(1 + 2 * i);
                fixture.session.code(document, code, turn.getStart(), turn.getEnd());
                fixture.modelChanged();
                go.countDown();
            }
        }
        fixture.await(view.family());
        Object after = view.figures().apply(part);

        Object fresh = fixture.part(view.type());
        fixture.await(view.family());
        assertEquals(view.figures().apply(fresh), after, "a fresh view on the final state shows the same figures");
        assertNotEquals(before, after, "the edits change what the view shows");
        if (part instanceof TimelinePart timeline) {
            // computed on the extract's copies, shown with the live turns that a click reveals
            assertTrue(timeline.lanes().bars().stream().allMatch(b -> b.turn().getDocument() == document));
        }
    }
}
