package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Code;
import org.sameboat.model.Document;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.store.ProjectLock;
import org.sameboat.model.store.ProjectLockedException;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.ui.session.ProjectSession;
import org.sameboat.ui.session.ReadOnlyProjectException;

/**
 * Two workbenches on one project folder, as a small team sharing a folder has them: the first holds the write
 * lock, the second reads only and says so, and sees the first one's saves when it reloads.
 */
class SharedProjectTest {

    @TempDir
    Path temp;

    private WorkbenchFixture first;
    private ProjectSession second;
    private final List<String> refusals = new ArrayList<>();

    @BeforeEach
    void twoWorkbenchesOpenTheSameProject() throws Exception {
        first = new WorkbenchFixture(temp.resolve("sample"), "alex");
        second = new ProjectSession(new ProjectStore(), WorkbenchFixture.CLOCK);
        second.onRefusal(refusals::add);
        second.open(first.folder, "sam");
    }

    @AfterEach
    void close() {
        second.close();
        first.close();
    }

    @Test
    void theFirstWorkbenchHoldsTheLockSoACommandLineWriterIsRefused() {
        assertFalse(first.session.isReadOnly());
        ProjectLockedException e = assertThrows(ProjectLockedException.class, () -> ProjectLock.tryAcquire(first.folder));
        assertTrue(e.getMessage().contains("process " + ProcessHandle.current().pid()), e.getMessage());
    }

    @Test
    void theSecondWorkbenchOpensReadOnlyAndRefusesEditsWithAMessage() {
        assertTrue(second.isReadOnly());
        assertTrue(second.readOnlyReason().orElseThrow().contains("is being changed by process"), second.readOnlyReason().toString());
        Document document = second.document().orElseThrow();
        Code code = CodePaths.find(second.project().orElseThrow(), "5").orElseThrow();
        int before = document.getCodings().size();

        ReadOnlyProjectException e = assertThrows(ReadOnlyProjectException.class, () -> second.code(document, code, 0, 5));

        assertEquals(before, document.getCodings().size());
        assertEquals(List.of(e.getMessage()), refusals);
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertThrows(ReadOnlyProjectException.class, second::save);
    }

    @Test
    void aSaveByTheFirstIsNoticedByTheSecondAndReloadShowsIt() throws Exception {
        assertFalse(second.changedOnDisk());
        Document document = first.session.document().orElseThrow();
        Code code = CodePaths.find(first.session.project().orElseThrow(), "5").orElseThrow();
        int before = document.getCodings().size();
        first.session.code(document, code, 0, 5);
        first.session.save();

        assertTrue(second.changedOnDisk());
        second.reload();

        assertFalse(second.changedOnDisk());
        assertEquals(before + 1, second.document().orElseThrow().getCodings().size());
    }

    @Test
    void onceTheFirstClosesTheProjectTheSecondCanReopenItForWriting() throws Exception {
        first.session.close();
        second.reload();
        assertFalse(second.isReadOnly());
    }

    @Test
    void aRefusedEditEndsInTheRefusalAloneNotInAnInternalError() {
        org.eclipse.swt.widgets.Display display = first.display;
        java.util.function.Consumer<RuntimeException> before = display.getRuntimeExceptionHandler();
        org.eclipse.e4.core.contexts.IEclipseContext context = first.context.createChild("window title");
        context.set(org.eclipse.e4.ui.model.application.MApplication.class,
                org.eclipse.e4.ui.model.application.MApplicationFactory.INSTANCE.createApplication());
        try {
            org.eclipse.e4.core.contexts.ContextInjectionFactory.make(org.sameboat.ui.WindowTitle.class, context);
            // the refusal has been shown in a dialog: the exception that stopped the edit goes no further
            display.getRuntimeExceptionHandler().accept(new ReadOnlyProjectException("read-only"));
            // anything else still reaches the workbench as before
            assertThrows(IllegalStateException.class,
                    () -> display.getRuntimeExceptionHandler().accept(new IllegalStateException("a real fault")));
        } finally {
            display.setRuntimeExceptionHandler(before);
            context.dispose();
        }
    }
}
