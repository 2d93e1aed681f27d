package org.sameboat.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectFormat;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;
import org.sameboat.model.text.TextHash;

/** A damaged model file never passes for a smaller project, and a changed transcript never passes unnoticed. */
class DamagedProjectTest {

    @TempDir
    Path folder;

    private final ProjectStore store = new ProjectStore();

    @Test
    void aModelFileCutInHalfIsDamagedWithLineColumnAndTheBackup() throws Exception {
        Path model = savedTwice();
        byte[] whole = Files.readAllBytes(model);
        Files.write(model, Arrays.copyOf(whole, whole.length / 2));

        ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> store.load(folder));

        assertTrue(e.isDamage());
        assertOneLineInUserWords(e.getMessage());
        assertTrue(e.getMessage().contains("cut short"), e.getMessage());
        assertTrue(e.getMessage().contains(folder.resolve(ProjectFormat.BACKUP_FILE).toString()), e.getMessage());
    }

    @Test
    void aModelFileGarbledInTheMiddleIsDamaged() throws Exception {
        Path model = savedTwice();
        String xml = Files.readString(model);
        int middle = xml.length() / 2;
        Files.writeString(model, xml.substring(0, middle) + "<<\u0000garbage&&" + xml.substring(middle + 12));

        ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> store.load(folder));

        assertTrue(e.isDamage());
        assertOneLineInUserWords(e.getMessage());
    }

    @Test
    void aReferenceToAMissingElementIsDamageNotAnEmptierProject() throws Exception {
        Path model = savedTwice();
        Project project = store.load(folder).project();
        String coderId = project.getCoders().get(0).getId();
        Files.writeString(model, Files.readString(model).replace("coder=\"" + coderId + "\"", "coder=\"no-such-coder\""));

        ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> store.load(folder));

        assertTrue(e.isDamage());
        assertOneLineInUserWords(e.getMessage());
        assertTrue(e.getMessage().contains("'no-such-coder'"), e.getMessage());
    }

    @Test
    void restoringTheBackupPutsThePreviousSaveBackAndKeepsTheDamagedFile() throws Exception {
        Path model = savedTwice();
        byte[] backup = Files.readAllBytes(folder.resolve(ProjectFormat.BACKUP_FILE));
        byte[] damaged = "<?xml version=\"1.0\"?><sameboat:Project".getBytes(StandardCharsets.UTF_8);
        Files.write(model, damaged);

        ProjectStore.Restored restored = store.restoreBackup(folder);

        assertArrayEquals(backup, Files.readAllBytes(model));
        assertEquals("first", restored.loaded().project().getName());
        assertArrayEquals(damaged, Files.readAllBytes(restored.keptDamaged().orElseThrow()));
        assertEquals("first", store.load(folder).project().getName());
    }

    @Test
    void aDamagedBackupIsNotRestored() throws Exception {
        Path model = savedTwice();
        Files.writeString(folder.resolve(ProjectFormat.BACKUP_FILE), "<broken");
        byte[] current = Files.readAllBytes(model);

        ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> store.restoreBackup(folder));

        assertTrue(e.getMessage().contains("cannot be restored"), e.getMessage());
        assertArrayEquals(current, Files.readAllBytes(model));
    }

    @Test
    void aTranscriptChangedWithoutChangingItsLengthIsAProblemNamingTheDocument() throws Exception {
        Project project = Fixtures.smallProject();
        Document document = project.getDocuments().get(0);
        document.setContentHash(TextHash.of(document.getText()));
        store.save(project, folder);
        Path text = ProjectStore.textFile(folder, document);
        Files.writeString(text, Files.readString(text).replace("alone", "happy"));

        LoadedProject loaded = store.load(folder);

        assertTrue(loaded.hasErrors());
        assertEquals(1, loaded.problems().size(), loaded.problems().toString());
        String message = loaded.problems().get(0).message();
        assertTrue(message.contains("'session 1'") && message.contains("changed"), message);
    }

    @Test
    void anUnchangedTranscriptWithItsHashLoadsWithoutProblems() throws Exception {
        Project project = Fixtures.smallProject();
        project.getDocuments().get(0).setContentHash(TextHash.of(Fixtures.TEXT));
        store.save(project, folder);
        assertEquals(List.of(), store.load(folder).problems());
    }

    private Path savedTwice() throws Exception {
        Project project = Fixtures.smallProject();
        project.setName("first");
        store.save(project, folder);
        project.setName("second");
        Document document = project.getDocuments().get(0);
        Coding coding = document.getCodings().get(0);
        coding.setMemo("a longer memo so that the file has some body to damage");
        store.save(project, folder);
        return folder.resolve(ProjectFormat.MODEL_FILE);
    }

    private static void assertOneLineInUserWords(String message) {
        assertFalse(message.contains("\n"), message);
        assertTrue(message.contains(ProjectFormat.MODEL_FILE + " is damaged at line "), message);
        assertTrue(message.contains(", column "), message);
        assertFalse(message.contains("SAXParseException") || message.contains("publicId") || message.contains("Exception"), message);
        assertTrue(message.contains(ProjectFormat.BACKUP_FILE), message);
    }
}
