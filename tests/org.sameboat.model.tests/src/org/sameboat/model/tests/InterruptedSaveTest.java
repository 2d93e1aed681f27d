package org.sameboat.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Project;
import org.sameboat.model.store.ProjectFormat;
import org.sameboat.model.store.ProjectLeftovers;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.SaveObserver;

/**
 * A save stopped at any moment leaves a project that loads, in the old or the new state. The stop is an
 * Error thrown from inside the save, which skips the clean-up a normal failure does, as a killed process would.
 */
class InterruptedSaveTest {

    @TempDir
    Path root;

    private static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void aSaveKilledAtRandomBytesLeavesTheOldProject() throws Exception {
        Random random = new Random(20261126L);
        for (int round = 0; round < 40; round++) {
            Path folder = Files.createDirectories(root.resolve("bytes-" + round));
            Project project = savedProject(folder);
            long size = Files.size(folder.resolve(ProjectFormat.MODEL_FILE));
            long crashAt = 1 + (long) (random.nextDouble() * size);
            SaveObserver crashing = new SaveObserver() {
                @Override
                public void written(Path target, long total) {
                    if (target.getFileName().toString().equals(ProjectFormat.MODEL_FILE) && total >= crashAt) {
                        throw new Crash();
                    }
                }
            };
            project.setName("new state");
            assertThrows(Crash.class, () -> new ProjectStore(crashing).save(project, folder));
            assertState(folder, "old state");
        }
    }

    @Test
    void aSaveKilledBetweenItsStepsLeavesTheOldOrTheNewProject() throws Exception {
        for (SaveObserver.Step step : SaveObserver.Step.values()) {
            Path folder = Files.createDirectories(root.resolve("step-" + step));
            Project project = savedProject(folder);
            SaveObserver crashing = new SaveObserver() {
                @Override
                public void reached(Path target, Step reached) {
                    if (target.getFileName().toString().equals(ProjectFormat.MODEL_FILE) && reached == step) {
                        throw new Crash();
                    }
                }
            };
            project.setName("new state");
            assertThrows(Crash.class, () -> new ProjectStore(crashing).save(project, folder));
            assertState(folder, step == SaveObserver.Step.REPLACED ? "new state" : "old state");
        }
    }

    @Test
    void whatAKilledSaveLeftBehindIsListedAndRemovedOnlyWhenAsked() throws Exception {
        Path folder = Files.createDirectories(root.resolve("leftovers"));
        Project project = savedProject(folder);
        SaveObserver crashing = new SaveObserver() {
            @Override
            public void reached(Path target, Step reached) {
                throw new Crash();
            }
        };
        assertThrows(Crash.class, () -> new ProjectStore(crashing).save(project, folder));
        assertTrue(leftovers(folder) > 0);
        new ProjectStore().save(project, folder);
        assertTrue(leftovers(folder) > 0, "a save removed files it did not write");
        assertEquals(leftovers(folder), ProjectLeftovers.find(folder, project).size());
        ProjectLeftovers.remove(folder, project);
        assertEquals(0, leftovers(folder));
        assertState(folder, "old state");
    }

    @Test
    void theTextOfAnImportKilledBeforeItsModelWasSavedIsRemovedByTheNextSave() throws Exception {
        Path folder = Files.createDirectories(root.resolve("killed-import"));
        Project project = savedProject(folder);
        org.sameboat.model.Document imported = org.sameboat.model.edit.Ids.assign(org.sameboat.model.SameboatFactory.eINSTANCE.createDocument());
        imported.setName("stopped import");
        imported.setText("Dana: welcome back\n");
        project.getDocuments().add(imported);
        Path text = ProjectStore.textFile(folder, imported);
        SaveObserver killedAfterTheText = new SaveObserver() {
            @Override
            public void reached(Path target, Step reached) {
                if (target.equals(text) && reached == Step.REPLACED) {
                    throw new Crash();
                }
            }
        };
        assertThrows(Crash.class, () -> new ProjectStore(killedAfterTheText).save(project, folder));
        assertTrue(Files.exists(text), "the killed save wrote the text before the model");
        assertEquals(List.of(text), ProjectLeftovers.find(folder, new ProjectStore().load(folder).project()));

        // the import is run again (new ids), or any other change is saved: the stopped import's text goes
        project.getDocuments().remove(imported);
        new ProjectStore().save(project, folder);
        assertFalse(Files.exists(text));
        assertEquals(List.of(), ProjectLeftovers.find(folder, project));
        assertState(folder, "old state");
    }

    @Test
    void aSaveKilledAfterItsModelKeepsTheTextsTheModelNames() throws Exception {
        Path folder = Files.createDirectories(root.resolve("killed-after-model"));
        Project project = savedProject(folder);
        org.sameboat.model.Document imported = org.sameboat.model.edit.Ids.assign(org.sameboat.model.SameboatFactory.eINSTANCE.createDocument());
        imported.setName("finished import");
        imported.setText("Dana: welcome back\n");
        project.getDocuments().add(imported);
        Path model = folder.resolve(ProjectFormat.MODEL_FILE);
        SaveObserver killedAfterTheModel = new SaveObserver() {
            @Override
            public void reached(Path target, Step reached) {
                if (target.equals(model) && reached == Step.REPLACED) {
                    throw new Crash();
                }
            }
        };
        assertThrows(Crash.class, () -> new ProjectStore(killedAfterTheModel).save(project, folder));
        Project reloaded = new ProjectStore().load(folder).project();
        new ProjectStore().save(reloaded, folder);
        assertTrue(Files.exists(ProjectStore.textFile(folder, imported)));
        assertEquals("Dana: welcome back\n", new ProjectStore().load(folder).project().getDocuments().get(1).getText());
    }

    private static Project savedProject(Path folder) throws Exception {
        Project project = Fixtures.smallProject();
        project.setName("old state");
        new ProjectStore().save(project, folder);
        return project;
    }

    private static void assertState(Path folder, String expectedName) throws Exception {
        var loaded = new ProjectStore().load(folder);
        assertEquals(List.of(), loaded.problems());
        assertEquals(expectedName, loaded.project().getName());
        assertEquals(3, loaded.project().getDocuments().get(0).getCodings().size());
    }

    private static long leftovers(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().contains(".tmp-")).count();
        }
    }
}
