package org.sameboat.analysis.cooccurrence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sameboat.analysis.tests.TestProject;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Stage;
import org.sameboat.model.Turn;

class CooccurrenceTest {

    private static final String[] CODES = {"A", "B", "C", "D", "E"};

    /** Three documents of 12 turns of 9 characters, 400 random codings of 1-30 characters by two coders. */
    private static TestProject random(long seed) {
        TestProject p = TestProject.withCodes(CODES);
        SplittableRandom random = new SplittableRandom(seed);
        List<Document> documents = List.of(p.document("s1", 12, 9), p.document("s2", 12, 9), p.document("s3", 12, 9));
        documents.get(1).setStage(Stage.MIDDLE);
        for (int i = 0; i < 400; i++) {
            Document d = documents.get(random.nextInt(documents.size()));
            int length = d.getText().length();
            int start = random.nextInt(length - 1);
            int end = Math.min(length, start + 1 + random.nextInt(30));
            String code = CODES[random.nextInt(CODES.length)];
            String coder = random.nextBoolean() ? "alex" : "sam";
            boolean duplicate = d.getCodings().stream().anyMatch(c -> c.getStart() == start && c.getEnd() == end
                    && c.getCode().getName().equals(code) && c.getCoder().getName().equals(coder));
            if (!duplicate) {
                p.code(d, code, coder, start, end);
            }
        }
        return p;
    }

    private static int index(Code code) {
        return List.of(CODES).indexOf(code.getName());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void overlapCountsOfTheSweepEqualThoseOfComparingEveryPair(long seed) {
        TestProject p = random(seed);
        long[][] expected = new long[CODES.length][CODES.length];
        long[] frequency = new long[CODES.length];
        for (Document d : p.project().getDocuments()) {
            List<Coding> codings = d.getCodings();
            for (int a = 0; a < codings.size(); a++) {
                Coding x = codings.get(a);
                frequency[index(x.getCode())]++;
                for (int b = a + 1; b < codings.size(); b++) {
                    Coding y = codings.get(b);
                    if (Math.max(x.getStart(), y.getStart()) < Math.min(x.getEnd(), y.getEnd())) {
                        expected[index(x.getCode())][index(y.getCode())]++;
                        if (x.getCode() != y.getCode()) {
                            expected[index(y.getCode())][index(x.getCode())]++;
                        }
                    }
                }
            }
        }
        CooccurrenceTable table = Cooccurrence.compute(p.project(), List.of(), Mode.overlap(), Filter.none());
        for (int i = 0; i < CODES.length; i++) {
            assertEquals(frequency[i], table.count(i, i));
            for (int j = 0; j < CODES.length; j++) {
                if (i != j) {
                    assertEquals(expected[i][j], table.count(i, j), CODES[i] + "-" + CODES[j]);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {6, 7, 8})
    void overlapJaccardIsSharedCharactersOverCharactersCodedWithEither(long seed) {
        TestProject p = random(seed);
        CooccurrenceTable table = Cooccurrence.compute(p.project(), List.of(), Mode.overlap(), Filter.none());
        long[][] both = new long[CODES.length][CODES.length];
        long[][] either = new long[CODES.length][CODES.length];
        for (Document d : p.project().getDocuments()) {
            for (int ch = 0; ch < d.getText().length(); ch++) {
                boolean[] coded = new boolean[CODES.length];
                for (Coding c : d.getCodings()) {
                    coded[index(c.getCode())] |= c.getStart() <= ch && ch < c.getEnd();
                }
                for (int i = 0; i < CODES.length; i++) {
                    for (int j = 0; j < CODES.length; j++) {
                        both[i][j] += coded[i] && coded[j] ? 1 : 0;
                        either[i][j] += coded[i] || coded[j] ? 1 : 0;
                    }
                }
            }
        }
        for (int i = 0; i < CODES.length; i++) {
            for (int j = 0; j < CODES.length; j++) {
                assertEquals((double) both[i][j] / either[i][j], table.value(i, j, Measure.JACCARD), 1e-12);
            }
        }
    }

    /** For each window of {@code window} consecutive turns, the codes touching it; brute force. */
    private static long[][] windowCounts(TestProject p, int window) {
        long[][] counts = new long[CODES.length][CODES.length];
        for (Document d : p.project().getDocuments()) {
            List<Turn> turns = d.getTurns();
            for (int w = 0; w + window <= turns.size(); w++) {
                boolean[] here = new boolean[CODES.length];
                for (int t = w; t < w + window; t++) {
                    Turn turn = turns.get(t);
                    for (Coding c : d.getCodings()) {
                        here[index(c.getCode())] |= Math.max(c.getStart(), turn.getStart()) < Math.min(c.getEnd(), turn.getEnd());
                    }
                }
                for (int i = 0; i < CODES.length; i++) {
                    for (int j = 0; j < CODES.length; j++) {
                        counts[i][j] += here[i] && here[j] ? 1 : 0;
                    }
                }
            }
        }
        return counts;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 12})
    void windowCountsEqualThoseOfCheckingEveryWindow(int window) {
        TestProject p = random(11);
        long[][] expected = windowCounts(p, window);
        CooccurrenceTable table = Cooccurrence.compute(p.project(), List.of(), Mode.window(window), Filter.none());
        assertEquals(3L * (12 - window + 1), table.units());
        for (int i = 0; i < CODES.length; i++) {
            for (int j = 0; j < CODES.length; j++) {
                assertEquals(expected[i][j], table.count(i, j), CODES[i] + "-" + CODES[j]);
            }
        }
    }

    @Test
    void theTurnModeIsAWindowOfOneTurnAndItsCCoefficientIsJaccard() {
        TestProject p = random(12);
        CooccurrenceTable turn = Cooccurrence.compute(p.project(), List.of(), Mode.turn(), Filter.none());
        CooccurrenceTable window = Cooccurrence.compute(p.project(), List.of(), Mode.window(1), Filter.none());
        for (int i = 0; i < CODES.length; i++) {
            for (int j = 0; j < CODES.length; j++) {
                assertEquals(window.count(i, j), turn.count(i, j));
                assertEquals(turn.value(i, j, Measure.JACCARD), turn.value(i, j, Measure.C), 1e-15);
                assertFalse(turn.outOfRange(i, j));
            }
        }
    }

    @Test
    void aLongCodingOverlappingThreeShortOnesPutsTheCCoefficientOutOfRange() {
        TestProject p = TestProject.withCodes("A", "B");
        Document d = p.document("s1", 1, 40);
        p.code(d, "A", "alex", 0, 30);
        p.code(d, "B", "alex", 0, 5);
        p.code(d, "B", "alex", 10, 15);
        p.code(d, "B", "alex", 20, 25);
        CooccurrenceTable table = Cooccurrence.compute(p.project(), List.of(), Mode.overlap(), Filter.none());
        assertEquals(3, table.count(0, 1));
        assertEquals(3.0, table.value(0, 1, Measure.C), 1e-12); // 3 / (1 + 3 - 3)
        assertTrue(table.outOfRange(0, 1));
        assertEquals(15.0 / 30, table.value(0, 1, Measure.JACCARD), 1e-12);
    }

    @Test
    void touchingCodingsDoNotOverlap() {
        TestProject p = TestProject.withCodes("A", "B");
        Document d = p.document("s1", 1, 40);
        p.code(d, "A", "alex", 0, 10);
        p.code(d, "B", "alex", 10, 20);
        CooccurrenceTable table = Cooccurrence.compute(p.project(), List.of(), Mode.overlap(), Filter.none());
        assertEquals(0, table.count(0, 1));
    }

    @Test
    void aCoderFilterCountsOnlyThatCodersCodings() {
        TestProject p = TestProject.withCodes("A", "B");
        Document d = p.document("s1", 2, 10);
        p.code(d, "A", "alex", 0, 10);
        p.code(d, "B", "sam", 0, 10);
        p.code(d, "B", "alex", 11, 21);
        CooccurrenceTable pooled = Cooccurrence.compute(p.project(), List.of(), Mode.turn(), Filter.none());
        CooccurrenceTable alex = Cooccurrence.compute(p.project(), List.of(), Mode.turn(), Filter.none().withCoder(p.coder("alex")));
        assertEquals(1, pooled.count(0, 1));
        assertEquals(0, alex.count(0, 1));
        assertEquals(1, alex.frequency(1));
    }

    @Test
    void stageSessionAndDocumentFiltersSelectDocuments() {
        TestProject p = random(13);
        Document middle = p.project().getDocuments().get(1);
        middle.setSession(2);
        CooccurrenceTable byStage = Cooccurrence.compute(p.project(), List.of(), Mode.turn(), Filter.none().withStage(Stage.MIDDLE));
        CooccurrenceTable bySession = Cooccurrence.compute(p.project(), List.of(), Mode.turn(), Filter.none().withSession(2));
        CooccurrenceTable byDocument = Cooccurrence.compute(p.project(), List.of(), Mode.turn(), Filter.none().withDocument(middle));
        assertEquals(12, byStage.units());
        for (int i = 0; i < CODES.length; i++) {
            for (int j = 0; j < CODES.length; j++) {
                assertEquals(byDocument.count(i, j), byStage.count(i, j));
                assertEquals(byDocument.count(i, j), bySession.count(i, j));
            }
        }
    }

    @Test
    void aRoleFilterKeepsTurnsOfThatRoleAndSlidesWindowsOverThem() {
        TestProject p = TestProject.withCodes("A", "B");
        Document d = p.document("s1", 4, 10); // worker, member, worker, member
        p.codeTurns(d, "A", "alex", 1, 1);
        p.codeTurns(d, "B", "alex", 2, 3);
        Filter members = Filter.none().withRole(SpeakerRole.MEMBER);
        CooccurrenceTable turns = Cooccurrence.compute(p.project(), List.of(), Mode.turn(), members);
        CooccurrenceTable pairs = Cooccurrence.compute(p.project(), List.of(), Mode.window(2), members);
        CooccurrenceTable overlap = Cooccurrence.compute(p.project(), List.of(), Mode.overlap(), members);
        assertEquals(2, turns.units());
        assertEquals(0, turns.count(0, 1));
        assertEquals(1, pairs.units());
        assertEquals(1, pairs.count(0, 1)); // member turns 2 and 4 are consecutive among members
        assertEquals(1, overlap.frequency(1)); // the B coding in the worker's turn 3 is left out
    }

    @Test
    void modesAndMeasuresParseWhatTheCommandLineGives() {
        assertEquals(Mode.window(3), Mode.parse("window:3"));
        assertEquals(Mode.turn(), Mode.parse("TURN"));
        assertEquals(Measure.C, Measure.parse("c"));
        assertThrows(IllegalArgumentException.class, () -> Mode.parse("window:0"));
        assertThrows(IllegalArgumentException.class, () -> Mode.parse("sentence"));
        assertThrows(IllegalArgumentException.class, () -> Measure.parse("phi"));
    }

    @Test
    void codesCanBeChosenAndOrdered() {
        TestProject p = random(14);
        List<Code> chosen = new ArrayList<>(p.codes("C", "A"));
        CooccurrenceTable all = Cooccurrence.compute(p.project(), List.of(), Mode.turn(), Filter.none());
        CooccurrenceTable two = Cooccurrence.compute(p.project(), chosen, Mode.turn(), Filter.none());
        assertEquals(List.of("C", "A"), two.labels());
        assertEquals(all.count(2, 0), two.count(0, 1));
    }
}
