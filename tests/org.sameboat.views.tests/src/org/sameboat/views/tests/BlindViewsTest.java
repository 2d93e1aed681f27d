package org.sameboat.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.analysis.cooccurrence.CooccurrenceTable;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.cooccurrence.Measure;
import org.sameboat.analysis.cooccurrence.Mode;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Lookups;
import org.sameboat.views.agreement.AgreementPart;
import org.sameboat.views.cooccurrence.CooccurrencePart;
import org.sameboat.views.timeline.TimelinePart;

/** Sam codes blind: no view shows alex's work, and the one that cannot work without it says so. */
class BlindViewsTest {

    @TempDir
    Path temp;

    private ViewFixture fixture;
    private Project project;
    private Coder sam;
    private Coder alex;

    @BeforeEach
    void openTheSampleAsSamCodingBlind() throws Exception {
        fixture = new ViewFixture(temp.resolve("sample"), "sam");
        project = fixture.session.project().orElseThrow();
        sam = Lookups.coder(project, "sam").orElseThrow();
        alex = Lookups.coder(project, "alex").orElseThrow();
        fixture.session.setBlind(true);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<Code> codes() {
        return CodePaths.allCodes(project).stream().filter(Code::isApplicable).toList();
    }

    private static List<String> items(Combo combo) {
        return Arrays.asList(combo.getItems());
    }

    @Test
    void agreementSaysItWaitsForBlindCodingToEndInsteadOfShowingFigures() throws Exception {
        AgreementPart part = fixture.part(AgreementPart.class);
        fixture.await(AgreementPart.JOB_FAMILY);

        assertTrue(part.status().getText().contains("coding blind"), part.status().getText());
        assertEquals(0, part.coefficients().getTable().getItemCount());
        assertEquals(0, part.disagreements().getTable().getItemCount());

        fixture.session.setBlind(false);
        fixture.layersChanged();
        fixture.await(AgreementPart.JOB_FAMILY);
        assertTrue(part.coefficients().getTable().getItemCount() > 0, "agreement is back once blind coding ends");

        fixture.session.setBlind(true);
        fixture.layersChanged();
        fixture.await(AgreementPart.JOB_FAMILY);
        assertEquals(0, part.coefficients().getTable().getItemCount(), "beginning blind coding hides the figures at once");
        assertTrue(part.status().getText().contains("coding blind"), part.status().getText());
    }

    @Test
    void coOccurrenceOffersAndCountsOnlyTheBlindCodersOwnCodings() throws Exception {
        CooccurrencePart part = fixture.part(CooccurrencePart.class);
        fixture.await(CooccurrencePart.JOB_FAMILY);

        assertEquals(List.of("My codings (coding blind)", "sam"), items(part.coderChoice()));
        assertEquals(sam, part.filter().coder().orElseThrow());
        CooccurrenceTable samsOwn = fixture.analysis.cooccurrence(part.codes(), part.mode(), Filter.none().withCoder(sam));
        for (int r = 0; r < part.heatmap().size(); r++) {
            for (int c = 0; c < part.heatmap().size(); c++) {
                assertEquals(samsOwn.value(r, c, Measure.COUNT), part.heatmap().value(r, c), 1e-12);
            }
        }
    }

    @Test
    void timelineOffersOnlyTheBlindCoder() throws Exception {
        TimelinePart part = fixture.part(TimelinePart.class);
        fixture.await(TimelinePart.JOB_FAMILY);

        assertEquals(List.of("My codings (coding blind)", "sam"), items(part.coderChoice()));
        assertFalse(part.status().getText().contains("alex"), part.status().getText());
    }

    @Test
    void theAnalysisServiceRefusesOtherCodersWorkWhateverAViewAsksFor() {
        assertThrows(IllegalArgumentException.class,
                () -> fixture.analysis.cooccurrence(codes(), Mode.turn(), Filter.none().withCoder(alex)));
        assertThrows(IllegalArgumentException.class, () -> fixture.analysis.turnAgreement(List.of(alex, sam), codes()));
        CooccurrenceTable pooled = fixture.analysis.cooccurrence(codes(), Mode.turn(), Filter.none());
        CooccurrenceTable own = fixture.analysis.cooccurrence(codes(), Mode.turn(), Filter.none().withCoder(sam));
        assertEquals(own.value(0, 0, Measure.COUNT), pooled.value(0, 0, Measure.COUNT), 1e-12, "pooled is the blind coder alone");
        assertEquals(List.of(sam), fixture.session.visibleCoders());
    }
}
