package org.sameboat.analysis.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.model.Project;

class SampleProjectAgreementTest {

    private static Comparison comparison;

    @BeforeAll
    static void createSample(@TempDir Path folder) throws Exception {
        Project project = SampleProject.create(folder.resolve("sample"));
        comparison = Comparison.of(project, List.of(), List.of());
    }

    private static void assertDefinedBetweenMinusOneAndOne(AgreementReport report) {
        assertFalse(report.rows().isEmpty());
        for (CodeAgreement row : report.rows()) {
            for (AgreementResult result : row.coefficients()) {
                assertTrue(result.defined(), row.label() + ": " + result.explanation());
                assertTrue(result.value() >= -1 && result.value() <= 1, row.label() + " " + result);
            }
        }
    }

    @Test
    void theSampleComparesAlexAndSamOnEverySession() {
        assertEquals(List.of("alex", "sam"), comparison.coderNames());
        assertEquals(6, comparison.documents().size());
    }

    @Test
    void turnAgreementOnTheSampleIsDefinedPerCodeAndBetweenMinusOneAndOne() {
        assertDefinedBetweenMinusOneAndOne(TurnAgreement.of(comparison).report());
    }

    @Test
    void characterAgreementOnTheSampleIsDefinedPerCodeAndBetweenMinusOneAndOne() {
        assertDefinedBetweenMinusOneAndOne(CharacterAgreement.compute(comparison));
    }

    @Test
    void unitizingAgreementOnTheSampleIsDefinedPerCodeAndAtMostOne() {
        AgreementReport report = UnitizingAgreement.compute(comparison);
        for (CodeAgreement row : report.rows()) {
            AgreementResult result = row.coefficients().get(0);
            assertTrue(result.defined(), row.label() + ": " + result.explanation());
            // u-alpha has no lower bound of -1 (systematic disagreement can push it further down)
            assertTrue(result.value() <= 1, row.label() + " " + result);
        }
    }

    @Test
    void disagreementsOnTheSampleCarryTheTurnText() {
        TurnAgreement turns = TurnAgreement.of(comparison);
        assertFalse(turns.disagreements().isEmpty());
        assertTrue(turns.disagreements().stream().allMatch(d -> !d.text().isBlank() && !d.first().equals(d.second())));
        ConfusionMatrix matrix = turns.confusion();
        long total = 0;
        for (int i = 0; i < matrix.labels().size(); i++) {
            for (int j = 0; j < matrix.labels().size(); j++) {
                total += matrix.count(i, j);
            }
        }
        assertEquals(turns.turnCount(), total);
        assertEquals(turns.turnCount() - turns.disagreements().size(), matrix.agreements());
    }
}
