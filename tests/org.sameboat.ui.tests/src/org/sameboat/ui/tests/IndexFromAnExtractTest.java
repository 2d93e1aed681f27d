package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.corpus.imports.ImportFormat;
import org.sameboat.corpus.imports.Source;
import org.sameboat.corpus.imports.TranscriptImporter;
import org.sameboat.corpus.search.SearchResult;
import org.sameboat.corpus.search.SearchTarget;
import org.sameboat.model.Code;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.ui.session.WorkbenchIndex;

/**
 * The threading contract (issue 18.1) for the search index: the job that builds it reads an extract taken on the UI
 * thread, never the live model, and edits the user makes while it runs are in the index once it is ready.
 */
class IndexFromAnExtractTest {

    private static final String JOB = "Opening the search index";
    private static final String NEW_SESSION = """
            #title: Caregivers' Circle, session 7
            #session: 7
            Dana: Welcome back. Who wants to start with the zeppelin story?
            Ruth: I will. The zeppelin was late again and I felt alone with it.
            Dana: Thank you, Ruth.
            """;

    @TempDir
    Path temp;

    private WorkbenchFixture fixture;
    private WorkbenchIndex index;

    @AfterEach
    void close() {
        if (index != null) {
            index.close();
        }
        fixture.close();
    }

    @Test
    void editsMadeWhileTheIndexIsBuiltFromTheExtractAreFoundOnceItIsReady() throws Exception {
        fixture = new WorkbenchFixture(temp.resolve("sample"), "alex");
        index = new WorkbenchIndex(fixture.session, fixture.display::asyncExec);
        Path file = temp.resolve("session7.txt");
        Files.writeString(file, NEW_SESSION);
        LinkedBlockingQueue<CountDownLatch> held = new LinkedBlockingQueue<>();
        JobChangeAdapter holder = new JobChangeAdapter() {
            @Override
            public void running(IJobChangeEvent event) {
                if (JOB.equals(event.getJob().getName()) && held.isEmpty()) {
                    CountDownLatch go = new CountDownLatch(1);
                    held.add(go);
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        };
        Job.getJobManager().addJobChangeListener(holder);
        CountDownLatch go;
        try {
            fixture.session.open(fixture.folder, "alex");
            while ((go = held.poll(5, TimeUnit.MILLISECONDS)) == null) {
                fixture.display.readAndDispatch();
            }
        } finally {
            Job.getJobManager().removeJobChangeListener(holder);
        }
        // the job has its extract and is held: the user imports a session and codes a turn of it meanwhile
        Project project = fixture.session.project().orElseThrow();
        var transcripts = ImportFormat.AUTO.parse(Source.read(file), Optional.empty());
        fixture.session.edit("Import 1 transcript(s)", List.of(project), () -> new TranscriptImporter(project).add(transcripts));
        Document imported = project.getDocuments().get(project.getDocuments().size() - 1);
        Code code = CodePaths.allCodes(project).stream().filter(Code::isApplicable).findFirst().orElseThrow();
        var secondTurn = imported.getTurns().get(1);
        fixture.session.code(imported, code, secondTurn.getStart(), secondTurn.getEnd());
        go.countDown();
        fixture.waitFor(() -> index.index().isPresent());

        assertEquals("", index.status());
        assertTrue(index.index().orElseThrow().project() == project, "the ready index follows the live model");
        // both turns that say "zeppelin" are in the index, as the model now has them
        long saying = imported.getTurns().stream()
                .filter(t -> imported.getText().substring(t.getStart(), t.getEnd()).contains("zeppelin")).count();
        SearchResult found = index.search("zeppelin", SearchTarget.TURNS, 10);
        assertEquals(saying, found.total());
        assertEquals(2, saying);
        // and the coding made while the job ran is found as an excerpt of its code
        SearchResult excerpts = index.search("zeppelin", SearchTarget.EXCERPTS, 10);
        assertEquals(1, excerpts.total());
    }
}
