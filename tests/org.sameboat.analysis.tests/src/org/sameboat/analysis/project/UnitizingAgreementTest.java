package org.sameboat.analysis.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.agreement.UnitizingAlpha;
import org.sameboat.analysis.agreement.UnitizingStudy;
import org.sameboat.analysis.tests.TestProject;
import org.sameboat.model.Document;

class UnitizingAgreementTest {

    @Test
    void documentsAreLaidEndToEndOnOneContinuum() {
        TestProject p = TestProject.withCodes("A", "B");
        Document d1 = p.document("s1", 2, 9); // 20 characters
        Document d2 = p.document("s2", 2, 9);
        p.code(d1, "A", "alex", 2, 8);
        p.code(d1, "A", "sam", 3, 9);
        p.code(d1, "B", "sam", 10, 15);
        p.code(d2, "A", "alex", 0, 4);
        p.code(d2, "B", "alex", 12, 19);
        p.code(d2, "B", "sam", 11, 19);
        AgreementReport report = UnitizingAgreement.compute(Comparison.of(p.project(), List.of(), List.of()));
        UnitizingStudy expected = UnitizingStudy.builder(0, 40, 2).unit(0, "A", 2, 6).unit(1, "A", 3, 6)
                .unit(1, "B", 10, 5).unit(0, "A", 20, 4).unit(0, "B", 32, 7).unit(1, "B", 31, 8).build();
        Map<String, AgreementResult> perCode = UnitizingAlpha.perCategory(expected);
        assertEquals(40, report.units());
        assertEquals(perCode.get("A").value(), report.rows().get(0).coefficients().get(0).value(), 1e-12);
        assertEquals(perCode.get("B").value(), report.rows().get(1).coefficients().get(0).value(), 1e-12);
        assertEquals(UnitizingAlpha.compute(expected).value(), report.rows().get(2).coefficients().get(0).value(), 1e-12);
        assertEquals(UnitizingAgreement.ALL, report.rows().get(2).label());
    }

    @Test
    void overlappingCodingsOfOneCodeByOneCoderAreMergedAndTheReportSaysSo() {
        TestProject p = TestProject.withCodes("A");
        Document d = p.document("s1", 1, 29);
        p.code(d, "A", "alex", 2, 10);
        p.code(d, "A", "alex", 8, 14);
        p.code(d, "A", "sam", 2, 14);
        AgreementReport report = UnitizingAgreement.compute(Comparison.of(p.project(), List.of(), List.of()));
        assertEquals(1.0, report.rows().get(0).coefficients().get(0).value(), 1e-12);
        assertTrue(report.notes().stream().anyMatch(n -> n.startsWith("merged 1 coding(s)")), report.notes().toString());
    }

    @Test
    void aSelectedCodeNobodyUsedIsUndefinedWithAReason() {
        TestProject p = TestProject.withCodes("A", "B");
        Document d = p.document("s1", 1, 29);
        p.code(d, "A", "alex", 2, 10);
        p.code(d, "A", "sam", 2, 12);
        AgreementReport report = UnitizingAgreement.compute(Comparison.of(p.project(), List.of(), p.codes("A", "B")));
        AgreementResult b = report.rows().get(1).coefficients().get(0);
        assertFalse(b.defined());
        assertFalse(b.explanation().isBlank());
    }
}
