package org.sameboat.analysis.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.tests.TestProject;
import org.sameboat.model.Document;

class CharacterAgreementTest {

    @Test
    void everyCharacterOfTheComparedDocumentsIsOneUnit() {
        TestProject p = TestProject.withCodes("A");
        Document d = p.document("s1", 1, 20); // 21 characters with the newline
        p.code(d, "A", "alex", 0, 10);
        p.code(d, "A", "sam", 5, 15);
        AgreementReport report = CharacterAgreement.compute(Comparison.of(p.project(), List.of(), List.of()));
        assertEquals(21, report.units());
        List<AgreementResult> a = report.rows().get(0).coefficients();
        // both 5, alex only 5, sam only 5, neither 6
        assertEquals(11.0 / 21, a.get(0).value(), 1e-12);
        double pe = (10.0 / 21) * (10.0 / 21) + (11.0 / 21) * (11.0 / 21);
        assertEquals((11.0 / 21 - pe) / (1 - pe), a.get(1).value(), 1e-12);
    }

    @Test
    void overlappingCodingsOfOneCoderCountEachCharacterOnce() {
        TestProject p = TestProject.withCodes("A");
        Document d = p.document("s1", 1, 19);
        p.code(d, "A", "alex", 0, 10);
        p.code(d, "A", "alex", 5, 10);
        p.code(d, "A", "sam", 0, 10);
        AgreementReport report = CharacterAgreement.compute(Comparison.of(p.project(), List.of(), List.of()));
        assertEquals(1.0, report.rows().get(0).coefficients().get(0).value(), 1e-12);
        assertEquals(1.0, report.rows().get(0).coefficients().get(1).value(), 1e-12);
    }

    @Test
    void charactersOfSeveralDocumentsArePooled() {
        TestProject p = TestProject.withCodes("A");
        Document d1 = p.document("s1", 1, 9);
        Document d2 = p.document("s2", 1, 9);
        p.code(d1, "A", "alex", 0, 5);
        p.code(d1, "A", "sam", 0, 5);
        p.code(d2, "A", "alex", 0, 5);
        p.code(d2, "A", "sam", 5, 9);
        AgreementReport report = CharacterAgreement.compute(Comparison.of(p.project(), List.of(), List.of()));
        assertEquals(20, report.units());
        // s1: all 10 characters agree; s2: only its newline does
        assertEquals(11.0 / 20, report.rows().get(0).coefficients().get(0).value(), 1e-12);
    }
}
