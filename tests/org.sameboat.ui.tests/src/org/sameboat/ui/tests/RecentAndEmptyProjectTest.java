package org.sameboat.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.ui.RecentProjects;
import org.sameboat.ui.WorkbenchMemory;
import org.sameboat.ui.handlers.NewProjectHandler;
import org.sameboat.ui.handlers.OpenSampleHandler;
import org.sameboat.ui.handlers.RecentMenu;
import org.sameboat.ui.parts.ProjectExplorerPart;
import org.sameboat.ui.session.ProjectSession;

/** File > Open recent across restarts, and an empty workbench or project that says what to do next. */
class RecentAndEmptyProjectTest {

    @TempDir
    Path temp;

    private WorkbenchFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void theProjectsOpenedAreListedNewestFirstAfterARestartAndAMissingOneIsMarked() throws Exception {
        Map<String, String> persisted = new HashMap<>();
        fixture = new WorkbenchFixture(temp.resolve("sample"), "alex");
        new WorkbenchMemory(persisted).follow(fixture.session);
        Path second = temp.resolve("second");
        assertEquals(Optional.empty(), NewProjectHandler.create(fixture.session, second, "Second"));
        assertEquals(List.of(second.toAbsolutePath().normalize(), fixture.folder.toAbsolutePath().normalize()),
                new RecentProjects(persisted).folders());

        // the next session of the workbench reads the same persisted state
        RecentProjects afterRestart = new RecentProjects(new HashMap<>(persisted));
        assertEquals(2, afterRestart.folders().size());
        assertTrue(RecentProjects.exists(afterRestart.folders().get(1)));

        fixture.session.close();
        Files.delete(second.resolve("project.sameboat"));
        assertFalse(RecentProjects.exists(afterRestart.folders().get(0)));
        assertTrue(RecentMenu.label(afterRestart.folders().get(0), false).startsWith("second  (" + temp.toAbsolutePath().normalize()));
        assertTrue(RecentMenu.label(afterRestart.folders().get(0), false).endsWith("missing: moved or deleted"));
        afterRestart.forget(second);
        assertEquals(List.of(fixture.folder.toAbsolutePath().normalize()), afterRestart.folders());
    }

    @Test
    void theListKeepsTheLastEightOnce() {
        Map<String, String> persisted = new HashMap<>();
        RecentProjects recent = new RecentProjects(persisted);
        for (int i = 0; i < 10; i++) {
            recent.add(temp.resolve("p" + i));
        }
        recent.add(temp.resolve("p5"));
        List<Path> folders = recent.folders();
        assertEquals(RecentProjects.MAX, folders.size());
        assertEquals(temp.resolve("p5").toAbsolutePath().normalize(), folders.get(0));
        assertEquals(temp.resolve("p9").toAbsolutePath().normalize(), folders.get(1));
        assertEquals(folders.size(), folders.stream().distinct().count());
    }

    @Test
    void anEmptyProjectPointsToImportAndTheSampleWhichOpensCoded() throws Exception {
        Path empty = temp.resolve("empty");
        new ProjectStore().create(empty, "Empty");
        fixture = new WorkbenchFixture(empty, "alex", false);
        ProjectExplorerPart explorer = fixture.part(ProjectExplorerPart.class);
        fixture.settle();
        assertTrue(explorer.nextStep().isVisible());
        assertTrue(explorer.nextStep().getText().contains("Import</a> some (Ctrl+I"), explorer.nextStep().getText());
        assertTrue(explorer.nextStep().getText().contains("sample project</a>"));

        Path sample = temp.resolve("sample-copy");
        TestUi.Told told = new TestUi.Told();
        Job job = OpenSampleHandler.build(sample, fixture.session, fixture.shell, TestUi.sync(fixture.display), told);
        fixture.waitFor(() -> job.getResult() != null && fixture.session.folder().filter(sample::equals).isPresent());
        fixture.settle();
        assertFalse(told.failed(), told.lines.toString());
        assertEquals(SampleProject.NAME, fixture.session.project().orElseThrow().getName());
        assertFalse(fixture.session.project().orElseThrow().getDocuments().isEmpty());
        assertFalse(explorer.nextStep().isVisible(), "a project with documents needs no hint");

        Job again = OpenSampleHandler.build(sample, fixture.session, fixture.shell, TestUi.sync(fixture.display), told);
        fixture.waitFor(() -> again.getResult() != null);
        assertTrue(told.failed(), "the sample is not built over a project");
        assertEquals(1, told.lines.size());
    }

    @Test
    void theSampleGoesIntoAnEmptyFolderChosenOrANewFolderInsideOneThatHoldsFiles() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertEquals(empty, OpenSampleHandler.target(empty));
        assertEquals(temp.resolve("new"), OpenSampleHandler.target(temp.resolve("new")));
        Path home = Files.createDirectories(temp.resolve("home"));
        Files.writeString(home.resolve("notes.txt"), "mine");
        assertEquals(home.resolve("sameboat-sample"), OpenSampleHandler.target(home));
        Files.createDirectories(home.resolve("sameboat-sample"));
        assertEquals(home.resolve("sameboat-sample-2"), OpenSampleHandler.target(home));
    }

    @Test
    void withoutAProjectTheExplorerOffersNewOpenAndTheSample() throws Exception {
        fixture = new WorkbenchFixture(temp.resolve("sample"), "alex");
        // the workbench started with no project: a session that has opened none
        ProjectSession none = new ProjectSession(new ProjectStore(), WorkbenchFixture.CLOCK);
        fixture.context.set(ProjectSession.class, none);
        ProjectExplorerPart explorer = fixture.part(ProjectExplorerPart.class);
        fixture.settle();
        assertTrue(explorer.nextStep().isVisible());
        assertTrue(explorer.nextStep().getText().startsWith("No project is open."), explorer.nextStep().getText());
        assertTrue(explorer.nextStep().getText().contains("new project</a>"));
    }
}
