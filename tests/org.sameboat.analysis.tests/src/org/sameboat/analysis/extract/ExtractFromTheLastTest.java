package org.sameboat.analysis.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sameboat.analysis.cooccurrence.Cooccurrence;
import org.sameboat.analysis.cooccurrence.CooccurrenceTable;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.cooccurrence.Mode;
import org.sameboat.analysis.cooccurrence.TransitionMatrix;
import org.sameboat.analysis.cooccurrence.Transitions;
import org.sameboat.analysis.project.Comparison;
import org.sameboat.analysis.project.TurnAgreement;
import org.sameboat.analysis.tests.TestProject;
import org.sameboat.model.Case;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Memo;
import org.sameboat.model.Project;
import org.sameboat.model.SameboatFactory;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.EditHistory;
import org.sameboat.model.edit.Ids;

/**
 * An extract taken from the last one and the edits since (re-copying only the documents they changed) is the same
 * as a whole copy of the project: the same objects, each naming the same others, and the same figures from the
 * engines, whatever the edits; and the extracts taken before it stay as they were, since jobs may still read them.
 */
class ExtractFromTheLastTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String[] CODES = {"A", "B", "C", "D"};

    /**
     * Four documents of 10 turns of 9 characters with 60 random codings by two coders; a case lists the last
     * document and a memo is about the third, so that edits there reach the shared part.
     */
    private static TestProject project(SplittableRandom random) {
        TestProject p = TestProject.withCodes(CODES);
        for (int d = 0; d < 4; d++) {
            p.document("session " + (d + 1), 10, 9);
        }
        for (int i = 0; i < 60; i++) {
            addCoding(p, random);
        }
        Project project = p.project();
        Case listing = Ids.assign(SameboatFactory.eINSTANCE.createCase());
        listing.setName("case");
        listing.getDocuments().add(project.getDocuments().get(3));
        project.getCases().add(listing);
        Memo memo = Ids.assign(SameboatFactory.eINSTANCE.createMemo());
        memo.setTitle("about a session");
        memo.getAbout().add(project.getDocuments().get(2));
        project.getMemos().add(memo);
        // in a resource, as a loaded project is: the change recorder then leaves the project's container alone
        new ResourceImpl().getContents().add(project);
        return p;
    }

    private static void addCoding(TestProject p, SplittableRandom random) {
        Document document = p.project().getDocuments().get(random.nextInt(p.project().getDocuments().size()));
        int length = document.getText().length();
        int start = random.nextInt(length - 1);
        int end = Math.min(length, start + 1 + random.nextInt(25));
        try {
            p.code(document, CODES[random.nextInt(CODES.length)], random.nextBoolean() ? "alex" : "sam", start, end);
        } catch (IllegalArgumentException duplicate) {
            // the same coding again: Codings refuses it and the project is unchanged
        }
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 50);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anExtractFromTheLastEqualsAWholeCopyAfterRandomEdits(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TestProject p = project(random);
        Project project = p.project();
        EditHistory history = new EditHistory();
        ProjectExtract last = ProjectExtract.of(project);
        ProjectExtract lastWhole = ProjectExtract.of(project);
        List<Code> codes = p.codes(CODES);
        for (int step = 0; step < 25; step++) {
            edit(p, codes, history, random);
            ProjectExtract next = ProjectExtract.of(project, last, history.lastChange());
            ProjectExtract whole = ProjectExtract.of(project);
            assertTrue(EcoreUtil.equals(project, next.project()), "the extract is the project, step " + step);
            assertTrue(EcoreUtil.equals(whole.project(), next.project()), "the extract is a whole copy, step " + step);
            assertSameFigures(p, codes, whole, next);
            assertMapsBothWays(project, next);
            // the one before is untouched: a job may be reading it
            assertTrue(EcoreUtil.equals(lastWhole.project(), last.project()), "the last extract changed, step " + step);
            last = next;
            lastWhole = whole;
        }
    }

    /** One random edit, undo or redo, as the workbench makes them: through the history, scoped to what it changes. */
    private static void edit(TestProject p, List<Code> codes, EditHistory history, SplittableRandom random) {
        Project project = p.project();
        Document document = project.getDocuments().get(random.nextInt(project.getDocuments().size()));
        int kind = random.nextInt(10);
        if (kind == 0 && history.canUndo()) {
            history.undo();
        } else if (kind == 1 && history.canRedo()) {
            history.redo();
        } else if (kind == 2) {
            Code code = codes.get(random.nextInt(codes.size()));
            history.edit("rename", List.of(project), () -> {
                code.setName(code.getName() + "'");
                return null;
            });
        } else if (kind <= 5 || document.getCodings().isEmpty()) {
            int length = document.getText().length();
            int start = random.nextInt(length - 1);
            int end = Math.min(length, start + 1 + random.nextInt(25));
            Code code = codes.get(random.nextInt(codes.size()));
            Coder coder = p.coder(random.nextBoolean() ? "alex" : "sam");
            try {
                history.edit("code", List.of(document), () -> Codings.add(document, code, coder, start, end, CLOCK));
            } catch (IllegalArgumentException duplicate) {
                // refused and rolled back: nothing changed, nothing reached the history
            }
        } else if (kind <= 7) {
            Coding coding = document.getCodings().get(random.nextInt(document.getCodings().size()));
            history.edit("remove", List.of(document), () -> document.getCodings().remove(coding));
        } else {
            Coding coding = document.getCodings().get(random.nextInt(document.getCodings().size()));
            Code code = codes.get(random.nextInt(codes.size()));
            history.edit("recode", List.of(document), () -> {
                coding.setCode(code);
                coding.setStart(Math.max(0, coding.getStart() - 1));
                return null;
            });
        }
    }

    private static void assertSameFigures(TestProject p, List<Code> codes, ProjectExtract whole, ProjectExtract next) {
        for (Mode mode : List.of(Mode.overlap(), new Mode(Mode.Kind.TURN, 1), new Mode(Mode.Kind.WINDOW, 3))) {
            CooccurrenceTable expected = Cooccurrence.compute(whole, codes, mode, Filter.none());
            CooccurrenceTable actual = Cooccurrence.compute(next, codes, mode, Filter.none());
            assertEquals(expected.labels(), actual.labels());
            assertEquals(expected.units(), actual.units());
            for (int i = 0; i < codes.size(); i++) {
                assertEquals(expected.frequency(i), actual.frequency(i));
                for (int j = 0; j < codes.size(); j++) {
                    assertEquals(expected.count(i, j), actual.count(i, j), mode + " " + i + "," + j);
                }
            }
        }
        TransitionMatrix expected = Transitions.compute(whole, codes, Filter.none());
        TransitionMatrix actual = Transitions.compute(next, codes, Filter.none());
        assertEquals(expected.total(), actual.total());
        for (int i = 0; i < codes.size(); i++) {
            for (int j = 0; j < codes.size(); j++) {
                assertEquals(expected.count(i, j), actual.count(i, j));
            }
        }
        List<Coder> coders = p.coders("alex", "sam");
        TurnAgreement expectedAgreement = TurnAgreement.of(Comparison.of(whole, coders, codes));
        TurnAgreement actualAgreement = TurnAgreement.of(Comparison.of(next, coders, codes));
        assertEquals(expectedAgreement.turnCount(), actualAgreement.turnCount());
        assertEquals(expectedAgreement.report(), actualAgreement.report());
    }

    /** Every live coding has a copy in its document's copy, naming the extract's code and coder, and maps back. */
    private static void assertMapsBothWays(Project project, ProjectExtract extract) {
        assertEquals(project.getDocuments().size(), extract.project().getDocuments().size());
        for (int d = 0; d < project.getDocuments().size(); d++) {
            Document live = project.getDocuments().get(d);
            Document copy = extract.copyOf(live);
            assertSame(extract.project().getDocuments().get(d), copy);
            assertSame(live, extract.liveOf(copy));
            for (Coding coding : live.getCodings()) {
                Coding copied = extract.copyOf(coding);
                assertSame(copy, copied.getDocument());
                assertSame(extract.copyOf(coding.getCode()), copied.getCode());
                assertSame(extract.copyOf(coding.getCoder()), copied.getCoder());
                assertSame(coding, extract.liveOf(copied));
            }
        }
    }

    @Test
    void aCodingCopiesItsDocumentAgainAndReusesTheOthers() {
        TestProject p = project(new SplittableRandom(7));
        Project project = p.project();
        EditHistory history = new EditHistory();
        ProjectExtract last = ProjectExtract.of(project);
        Document coded = project.getDocuments().get(0);
        Document other = project.getDocuments().get(1);
        history.edit("code", List.of(coded),
                () -> Codings.add(coded, p.code("A"), p.coder("alex"), 0, TestProject.end(coded, 0), CLOCK));
        ProjectExtract next = ProjectExtract.of(project, last, history.lastChange());
        assertNotSame(last.copyOf(coded), next.copyOf(coded));
        assertEquals(coded.getCodings().size(), next.copyOf(coded).getCodings().size());
        assertSame(last.copyOf(other), next.copyOf(other));
        assertSame(last.copyOf(p.code("A")), next.copyOf(p.code("A")));
        assertEquals(coded.getCodings().size() - 1, last.copyOf(coded).getCodings().size());
    }

    @Test
    void aChangeOutsideTheDocumentsOrReachingTheSharedPartCopiesEverything() {
        TestProject p = project(new SplittableRandom(8));
        Project project = p.project();
        EditHistory history = new EditHistory();
        Document other = project.getDocuments().get(0);
        Code code = p.code("B");
        ProjectExtract last = ProjectExtract.of(project);
        history.edit("rename", List.of(project), () -> {
            code.setName("B renamed");
            return null;
        });
        ProjectExtract renamed = ProjectExtract.of(project, last, history.lastChange());
        assertNotSame(last.copyOf(other), renamed.copyOf(other));
        assertEquals("B renamed", renamed.copyOf(code).getName());
        // the case lists the last document: a coding there re-copies the case too, so the case names the new copy
        Document listed = project.getDocuments().get(3);
        history.edit("code", List.of(listed),
                () -> Codings.add(listed, p.code("A"), p.coder("sam"), 0, TestProject.end(listed, 1), CLOCK));
        ProjectExtract next = ProjectExtract.of(project, renamed, history.lastChange());
        assertNotSame(renamed.copyOf(other), next.copyOf(other));
        assertSame(next.copyOf(listed), next.project().getCases().get(0).getDocuments().get(0));
        // nothing known about the changes: a whole copy
        ProjectExtract unknown = ProjectExtract.of(project, next, Optional.empty());
        assertNotSame(next.copyOf(other), unknown.copyOf(other));
    }
}
