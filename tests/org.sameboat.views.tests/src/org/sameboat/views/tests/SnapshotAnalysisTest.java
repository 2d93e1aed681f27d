package org.sameboat.views.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.analysis.cooccurrence.CooccurrenceTable;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.cooccurrence.Mode;
import org.sameboat.analysis.cooccurrence.TransitionMatrix;
import org.sameboat.analysis.ena.EnaSet;
import org.sameboat.analysis.ena.GroupPair;
import org.sameboat.analysis.extract.ProjectExtract;
import org.sameboat.analysis.network.InteractionNetwork;
import org.sameboat.analysis.profile.Level;
import org.sameboat.analysis.profile.ProfileTable;
import org.sameboat.analysis.project.AgreementReport;
import org.sameboat.analysis.project.TurnAgreement;
import org.sameboat.analysis.sequence.EventKind;
import org.sameboat.analysis.sequence.LagTable;
import org.sameboat.analysis.spi.AgreementMeasure;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.Turn;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.ui.api.AnalysisService;

/**
 * The threading contract (issue 18.1) at the analysis service: a snapshot taken on the UI thread computes the same
 * figures, on another thread, however the user edits the live model meanwhile; the live service answers a job
 * through an extract taken on the UI thread; an extract leads back to the live objects and never into them.
 */
class SnapshotAnalysisTest {

    @TempDir
    Path temp;

    private ViewFixture fixture;
    private Project project;
    private Document document;
    private Code code;
    /** Turns of the first document the coder at work has not coded with the code: each can be coded once. */
    private List<Turn> uncoded;

    @BeforeEach
    void openTheSample() throws Exception {
        fixture = new ViewFixture(temp.resolve("sample"), "alex");
        project = fixture.session.project().orElseThrow();
        document = project.getDocuments().get(0);
        code = CodePaths.allCodes(project).stream().filter(Code::isApplicable).findFirst().orElseThrow();
        uncoded = document.getTurns().stream().filter(t -> t.getEnd() > t.getStart())
                .filter(t -> document.getCodings().stream().noneMatch(c -> c.getCode() == code && c.getCoder() == fixture.session.coder()
                        && c.getStart() == t.getStart() && c.getEnd() == t.getEnd()))
                .toList();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Every analysis of the service, as comparable values. */
    private static List<Object> figures(AnalysisService analysis) {
        List<Object> figures = new ArrayList<>();
        CooccurrenceTable overlap = analysis.cooccurrence(List.of(), Mode.overlap(), Filter.none());
        CooccurrenceTable turns = analysis.cooccurrence(List.of(), Mode.turn(), Filter.none());
        for (int i = 0; i < overlap.labels().size(); i++) {
            for (int j = 0; j < overlap.labels().size(); j++) {
                figures.add(overlap.count(i, j) + "/" + turns.count(i, j));
            }
        }
        TransitionMatrix transitions = analysis.transitions(List.of(), Filter.none());
        for (int i = 0; i < transitions.labels().size(); i++) {
            for (int j = 0; j < transitions.labels().size(); j++) {
                figures.add(transitions.count(i, j));
            }
        }
        ProfileTable profile = analysis.profile(List.of(), Level.SESSION, Filter.none());
        for (int c = 0; c < profile.codes().size(); c++) {
            for (int l = 0; l < profile.levels().size(); l++) {
                figures.add(profile.count(c, l));
            }
        }
        LagTable lag = analysis.sequence(List.of(), EventKind.DYNAMIC, 1, Filter.none());
        for (int g = 0; g < lag.events().size(); g++) {
            for (int t = 0; t < lag.events().size(); t++) {
                figures.add(lag.count(g, t));
            }
        }
        figures.add(Arrays.deepToString(analysis.ena(List.of(), Level.SESSION, Optional.empty(), 3, Filter.none()).accumulation().counts()));
        figures.add(analysis.turnAgreement(List.of(), List.of()).report().rows());
        figures.add(analysis.characterAgreement(List.of(), List.of()).rows());
        figures.add(InteractionNetwork.compute(analysis.extract(), List.of(), Filter.none()).edges());
        return figures;
    }

    /** The user codes a whole turn of the first document, as one undoable step. */
    private Coding codeTurn(int index) {
        Turn turn = uncoded.get(index);
        return fixture.session.code(document, code, turn.getStart(), turn.getEnd());
    }

    @Test
    void aSnapshotGivesTheSameFiguresOnAnotherThreadWhileTheUserEditsTheModel() throws Exception {
        AnalysisService snapshot = fixture.analysis.snapshot();
        List<Object> before = figures(snapshot);
        List<List<Object>> seen = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean editing = new AtomicBoolean(true);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread job = new Thread(() -> {
            try {
                do {
                    seen.add(figures(snapshot));
                } while (editing.get());
            } catch (Throwable e) {
                failed.set(e);
            }
        }, "computing on a snapshot");
        job.start();
        for (int i = 0; i < 20; i++) {
            codeTurn(i);
            fixture.settle();
        }
        editing.set(false);
        job.join();

        assertEquals(null, failed.get());
        assertTrue(!seen.isEmpty());
        seen.forEach(figures -> assertEquals(before, figures));
        // the edits matter: the model as it is now gives other figures
        assertNotEquals(before, figures(fixture.analysis.snapshot()));
    }

    @Test
    void theLiveServiceCalledFromAJobComputesOnAnExtractTakenOnTheUiThread() throws Exception {
        codeTurn(3);
        List<Object> onTheUiThread = figures(fixture.analysis);
        AtomicReference<List<Object>> fromAJob = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread job = new Thread(() -> {
            try {
                fromAJob.set(figures(new LiveCallsOnly(fixture.analysis)));
            } catch (Throwable e) {
                failed.set(e);
            }
        }, "a view written for API 1.4");
        job.start();
        while (job.isAlive()) {
            // the job waits for the UI thread to take the extract
            fixture.display.readAndDispatch();
        }
        assertEquals(null, failed.get());
        assertEquals(onTheUiThread, fromAJob.get());
    }

    @Test
    void aSnapshotOrExtractIsTakenOnTheUiThreadOnly() throws Exception {
        AtomicReference<Throwable> refused = new AtomicReference<>();
        Thread job = new Thread(() -> {
            try {
                fixture.analysis.snapshot();
            } catch (Throwable e) {
                refused.set(e);
            }
        });
        job.start();
        job.join();
        assertTrue(refused.get() instanceof IllegalStateException, String.valueOf(refused.get()));
    }

    @Test
    void anExtractIsACopyThatLeadsBackToTheLiveObjectsAndNotToWhatCameAfter() {
        ProjectExtract extract = fixture.analysis.extract();
        Turn turn = document.getTurns().get(5);
        Turn copy = extract.copyOf(turn);
        assertNotSame(turn, copy);
        assertSame(turn, extract.liveOf(copy));
        assertEquals(turn.getId(), copy.getId());
        assertSame(extract.copyOf(document), copy.getDocument());
        // the copy leads nowhere into the live model
        for (Coding coding : extract.copyOf(document).getCodings()) {
            assertSame(extract.project(), root(coding.getCode()));
            assertSame(extract.project(), root(coding.getCoder()));
        }
        Coding added = codeTurn(7);
        assertThrows(IllegalArgumentException.class, () -> extract.copyOf(added));
        // the next extract is of the model as it is now, and is shared until the model changes again
        ProjectExtract next = fixture.analysis.extract();
        assertNotSame(extract, next);
        assertSame(next, fixture.analysis.extract());
        assertSame(added, next.liveOf(next.copyOf(added)));
    }

    @Test
    void anEditsExtractCopiesOnlyTheDocumentItChangedAndIsTheWholeModelStill() {
        Document other = project.getDocuments().get(1);
        ProjectExtract before = fixture.analysis.extract();
        List<Object> figuresBefore = figures(fixture.analysis.snapshot());
        Coding added = codeTurn(2);
        ProjectExtract coded = fixture.analysis.extract();
        // the other documents' copies are the last extract's, the coded one's is new and holds the coding
        assertSame(before.copyOf(other), coded.copyOf(other));
        assertNotSame(before.copyOf(document), coded.copyOf(document));
        assertSame(coded.copyOf(document), coded.copyOf(added).getDocument());
        assertTrue(EcoreUtil.equals(ProjectExtract.of(project).project(), coded.project()));
        assertTrue(EcoreUtil.equals(project, coded.project()));
        assertNotEquals(figuresBefore, figures(fixture.analysis.snapshot()));
        // the undo is an edit of the same document: the figures are those before the coding again
        fixture.session.undo();
        ProjectExtract undone = fixture.analysis.extract();
        assertSame(before.copyOf(other), undone.copyOf(other));
        assertTrue(EcoreUtil.equals(ProjectExtract.of(project).project(), undone.project()));
        assertEquals(figuresBefore, figures(fixture.analysis.snapshot()));
        // a code renamed reaches every document's codings: the whole project is copied again
        fixture.session.edit("Rename", List.of(code), () -> {
            code.setName(code.getName() + " (renamed)");
            return null;
        });
        ProjectExtract renamed = fixture.analysis.extract();
        assertNotSame(undone.copyOf(other), renamed.copyOf(other));
        assertEquals(code.getName(), renamed.copyOf(code).getName());
        assertTrue(EcoreUtil.equals(project, renamed.project()));
    }

    private static Object root(EObject object) {
        return EcoreUtil.getRootContainer(object);
    }

    /** The workbench's service as a view written for API 1.4 sees it: no snapshot, calls made in the job. */
    private record LiveCallsOnly(AnalysisService live) implements AnalysisService {

        @Override
        public CooccurrenceTable cooccurrence(List<Code> codes, Mode mode, Filter filter) {
            return live.cooccurrence(codes, mode, filter);
        }

        @Override
        public TransitionMatrix transitions(List<Code> codes, Filter filter) {
            return live.transitions(codes, filter);
        }

        @Override
        public ProfileTable profile(List<Code> codes, Level by, Filter filter) {
            return live.profile(codes, by, filter);
        }

        @Override
        public LagTable sequence(List<Code> codes, EventKind kind, int lag, Filter filter) {
            return live.sequence(codes, kind, lag, filter);
        }

        @Override
        public EnaSet ena(List<Code> codes, Level unit, Optional<GroupPair> groups,
                int window, Filter filter) {
            return live.ena(codes, unit, groups, window, filter);
        }

        @Override
        public TurnAgreement turnAgreement(List<Coder> coders, List<Code> codes) {
            return live.turnAgreement(coders, codes);
        }

        @Override
        public AgreementReport characterAgreement(List<Coder> coders, List<Code> codes) {
            return live.characterAgreement(coders, codes);
        }

        @Override
        public AgreementReport unitizingAgreement(List<Coder> coders, List<Code> codes) {
            return live.unitizingAgreement(coders, codes);
        }

        @Override
        public List<AgreementMeasure> extraMeasures() {
            return live.extraMeasures();
        }

        @Override
        public ProjectExtract extract() {
            // the network has no service method: a 1.4 view ran it on the live model; here it stands for the extract
            // the UI thread hands over
            ProjectExtract[] taken = new ProjectExtract[1];
            Display.getDefault().syncExec(() -> taken[0] = live.extract());
            return taken[0];
        }
    }
}
