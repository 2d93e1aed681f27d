package org.sameboat.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.edit.Ids;
import org.sameboat.model.store.ProjectFormat;
import org.sameboat.model.store.ProjectLeftovers;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.model.store.SaveObserver;

/** A disk that fills up during a save leaves the old project, no new text, and a message that says so. */
class FullDiskTest {

    @TempDir
    Path folder;

    /** Fails every write to the model file as the kernel does when the disk is full. */
    private static final SaveObserver FULL_AT_MODEL = new SaveObserver() {
        @Override
        public void written(Path target, long total) throws IOException {
            if (target.getFileName().toString().equals(ProjectFormat.MODEL_FILE)) {
                throw new IOException("No space left on device");
            }
        }
    };

    @Test
    void aFullDiskLeavesTheOldProjectAndSaysNoSpaceLeft() throws Exception {
        Project project = Fixtures.smallProject();
        new ProjectStore().save(project, folder);
        Path model = folder.resolve(ProjectFormat.MODEL_FILE);
        byte[] before = Files.readAllBytes(model);
        project.setName("changed");

        ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> new ProjectStore(FULL_AT_MODEL).save(project, folder));

        assertTrue(e.getMessage().startsWith("no space left on the disk holding "), e.getMessage());
        assertTrue(e.getMessage().contains("unchanged"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(model));
        assertEquals(List.of(), ProjectLeftovers.find(folder, new ProjectStore().load(folder).project()));
    }

    @Test
    void aFailedSaveRemovesTheTextsItWroteForNewDocuments() throws Exception {
        Project project = Fixtures.smallProject();
        new ProjectStore().save(project, folder);
        Document added = Ids.assign(org.sameboat.model.SameboatFactory.eINSTANCE.createDocument());
        added.setName("imported");
        added.setText("Ana: new words\n");
        project.getDocuments().add(added);

        assertThrows(ProjectStoreException.class, () -> new ProjectStore(FULL_AT_MODEL).save(project, folder));

        assertFalse(Files.exists(ProjectStore.textFile(folder, added)), "the text of a document no save names was left behind");
        assertEquals(1, new ProjectStore().load(folder).project().getDocuments().size());
    }
}
