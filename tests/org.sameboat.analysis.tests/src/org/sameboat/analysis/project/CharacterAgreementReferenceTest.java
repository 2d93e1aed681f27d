package org.sameboat.analysis.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.analysis.agreement.AgreementResult;
import org.sameboat.analysis.agreement.ReliabilityData;
import org.sameboat.analysis.internal.Ranges;
import org.sameboat.analysis.tests.TestProject;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.model.Document;

/**
 * {@link CharacterAgreement} collapses characters into weighted patterns; its figures must equal
 * those of the definition taken literally: one unit per character and code, each coder's value
 * looked up character by character.
 */
class CharacterAgreementReferenceTest {

    /** The literal definition: one row per character. */
    private static List<CodeAgreement> perCharacter(Comparison comparison) {
        int coders = comparison.coders().size();
        List<CodeAgreement> rows = new ArrayList<>();
        for (int c = 0; c < comparison.codes().size(); c++) {
            ReliabilityData.Builder data = ReliabilityData.builder(coders).categories("no", "yes");
            for (DocumentCodings dc : comparison.documentCodings()) {
                for (int ch = 0; ch < dc.length(); ch++) {
                    String[] values = new String[coders];
                    for (int r = 0; r < coders; r++) {
                        values[r] = covers(dc.ranges(r, c), ch) ? "yes" : "no";
                    }
                    data.addUnit(values);
                }
            }
            rows.add(new CodeAgreement(comparison.codeLabels().get(c),
                    Coefficients.standard(data.build())));
        }
        return rows;
    }

    private static boolean covers(Ranges ranges, int ch) {
        for (int i = 0; i < ranges.size(); i++) {
            if (ranges.start(i) <= ch && ch < ranges.end(i)) {
                return true;
            }
        }
        return false;
    }

    private static void assertSameAsPerCharacter(Comparison comparison) {
        List<CodeAgreement> expected = perCharacter(comparison);
        List<CodeAgreement> actual = CharacterAgreement.compute(comparison).rows();
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i).label(), actual.get(i).label());
            List<AgreementResult> e = expected.get(i).coefficients();
            List<AgreementResult> a = actual.get(i).coefficients();
            for (int k = 0; k < e.size(); k++) {
                String what = expected.get(i).label() + " " + e.get(k).coefficient();
                assertEquals(e.get(k).defined(), a.get(k).defined(), what);
                assertEquals(e.get(k).units(), a.get(k).units(), what);
                assertEquals(e.get(k).value(), a.get(k).value(), 1e-12, what);
            }
        }
    }

    @Test
    void theSampleProjectGivesThePerCharacterFigures(@TempDir Path folder) throws Exception {
        assertSameAsPerCharacter(Comparison.of(SampleProject.create(folder.resolve("sample")),
                List.of(), List.of()));
    }

    @Test
    void randomCodingsOfThreeCodersGiveThePerCharacterFigures() {
        TestProject p = TestProject.withCodes("A", "B", "C");
        SplittableRandom random = new SplittableRandom(7);
        for (int d = 0; d < 3; d++) {
            Document document = p.document("s" + d, 10, 40);
            int length = 10 * 41;
            for (String coder : List.of("alex", "sam", "kim")) {
                for (int i = 0; i < 12; i++) {
                    int start = random.nextInt(length - 1);
                    int end = Math.min(length, start + 1 + random.nextInt(60));
                    p.code(document, List.of("A", "B", "C").get(random.nextInt(3)), coder, start,
                            end);
                }
            }
        }
        Comparison comparison = Comparison.of(p.project(), List.of(), List.of());
        assertEquals(3, comparison.coders().size());
        assertSameAsPerCharacter(comparison);
    }
}
