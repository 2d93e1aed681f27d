package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.ui.handlers.ImportHandler;
import org.sameboat.ui.parts.ProgressLine;

/** The status line's bar fills as an import works, says "n of N", and shows the last step too. */
class ImportProgressTest {

    @TempDir
    Path temp;

    private WorkbenchFixture fixture;
    private ProgressLine line;

    @BeforeEach
    void openWithAStatusLine() throws Exception {
        fixture = new WorkbenchFixture(temp.resolve("sample"), "alex");
        fixture.context.set(UISynchronize.class, new UISynchronize() {
            @Override
            public void syncExec(Runnable runnable) {
                fixture.display.syncExec(runnable);
            }

            @Override
            public void asyncExec(Runnable runnable) {
                fixture.display.asyncExec(runnable);
            }

            @Override
            protected boolean isUIThread(Thread thread) {
                return fixture.display.getThread() == thread;
            }

            @Override
            protected void showBusyWhile(Runnable runnable) {
                runnable.run();
            }

            @Override
            protected boolean dispatchEvents() {
                return fixture.display.readAndDispatch();
            }
        });
        line = fixture.part(ProgressLine.class);
        fixture.settle();
    }

    @AfterEach
    void close() {
        Job.getJobManager().setProgressProvider(null);
        fixture.close();
    }

    @Test
    void theBarMovesWithWorkReportedThroughASubMonitorAndSaysNofN() {
        IProgressMonitor monitor = line.monitor();
        SubMonitor progress = SubMonitor.convert(monitor, "Importing 4 transcript(s)", 4);
        progress.subTask("Reading 3 of 4: c.txt");
        progress.worked(3);
        fixture.settle();

        assertEquals("Reading 3 of 4: c.txt", line.label().getText());
        double filled = line.bar().getSelection() / (double) line.bar().getMaximum();
        assertEquals(0.75, filled, 0.01);
        progress.worked(1);
        fixture.settle();
        assertEquals(line.bar().getMaximum(), line.bar().getSelection());
    }

    @Test
    void anImportAddsItsTranscriptsAsOneUndoableStep() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path file = temp.resolve("extra" + i + ".txt");
            Files.writeString(file, "Dana: Hello number " + i + ".\nRuth: Hi.\n");
            files.add(file);
        }
        int before = fixture.session.project().orElseThrow().getDocuments().size();

        Job job = ImportHandler.importFiles(files, fixture.session, fixture.shell, fixture.context.get(UISynchronize.class));
        fixture.waitFor(() -> job.getResult() != null);

        assertEquals(before + 3, fixture.session.project().orElseThrow().getDocuments().size());
        assertTrue(fixture.session.history().undoLabel().startsWith("Import 3"), fixture.session.history().undoLabel());
        fixture.session.undo();
        assertEquals(before, fixture.session.project().orElseThrow().getDocuments().size());
    }
}
