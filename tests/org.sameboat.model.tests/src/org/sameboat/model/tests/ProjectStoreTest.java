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

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectFormat;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.store.ProjectStoreException;

class ProjectStoreTest {

    @TempDir
    Path folder;

    private final ProjectStore store = new ProjectStore();

    @Test
    void aSavedProjectLoadsEqualToWhatWasSaved() throws Exception {
        Project original = Fixtures.smallProject();
        Project copy = EcoreUtil.copy(original);
        store.save(original, folder);

        LoadedProject loaded = store.load(folder);

        assertEquals(List.of(), loaded.problems());
        assertTrue(EcoreUtil.equals(copy, loaded.project()), "loaded project differs from the saved one");
        Document document = loaded.project().getDocuments().get(0);
        assertEquals(Fixtures.TEXT, document.getText());
        Coding memoed = document.getCodings().get(0);
        assertEquals("isolation theme", memoed.getMemo());
        assertEquals(original.getDocuments().get(0).getCodings().get(0).getId(), memoed.getId());
    }

    @Test
    void referencesAreWrittenAsIdsNotPositions() throws Exception {
        Project project = Fixtures.smallProject();
        store.save(project, folder);
        String xml = Files.readString(folder.resolve(ProjectFormat.MODEL_FILE));
        String coderId = project.getCoders().get(0).getId();
        assertTrue(xml.contains("coder=\"" + coderId + "\""), "coder reference is not its id");
        assertFalse(xml.contains("//@"), "positional fragment found");
    }

    @Test
    void documentTextsAreKeptBesideTheModelAsUtf8() throws Exception {
        Project project = Fixtures.smallProject();
        store.save(project, folder);
        Document document = project.getDocuments().get(0);
        assertArrayEquals(Fixtures.TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Files.readAllBytes(ProjectStore.textFile(folder, document)));
    }

    @Test
    void savingAgainKeepsThePreviousVersionAsBackup() throws Exception {
        Project project = Fixtures.smallProject();
        store.save(project, folder);
        String first = Files.readString(folder.resolve(ProjectFormat.MODEL_FILE));
        project.setName("Renamed");
        store.save(project, folder);

        assertEquals(first, Files.readString(folder.resolve(ProjectFormat.BACKUP_FILE)));
        assertEquals("Renamed", store.load(folder).project().getName());
    }

    @Test
    void creatingAProjectInAFolderThatIsNotEmptyIsRefused() throws Exception {
        Files.writeString(folder.resolve("notes.txt"), "mine");
        ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> store.create(folder, "P"));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals(List.of(folder.resolve("notes.txt")), list(folder));
    }

    @Test
    void aFolderWithoutAProjectGivesAMessageSayingHowToMakeOne() {
        ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> store.load(folder));
        assertTrue(e.getMessage().contains("sameboat new"), e.getMessage());
    }

    @Test
    void aModelFileThatIsNotXmlIsReportedInOneLine() throws Exception {
        Files.writeString(folder.resolve(ProjectFormat.MODEL_FILE), "this is not a project");
        ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> store.load(folder));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains(ProjectFormat.MODEL_FILE), e.getMessage());
    }

    @Test
    void aProjectFromANewerSameboatIsRefusedWithAnUpdateHint() throws Exception {
        Project project = Fixtures.smallProject();
        project.setFormatVersion(ProjectFormat.CURRENT_VERSION + 1);
        store.save(project, folder);
        ProjectStoreException e = assertThrows(ProjectStoreException.class, () -> store.load(folder));
        assertTrue(e.getMessage().contains("newer Sameboat"), e.getMessage());
    }

    @Test
    void theVersionOneFixtureStillLoads() throws Exception {
        Path fixture = folder.resolve("v1");
        Files.createDirectories(fixture.resolve(ProjectFormat.SOURCES_FOLDER));
        copyResource("fixtures/v1/project.sameboat", fixture.resolve(ProjectFormat.MODEL_FILE));
        copyResource("fixtures/v1/sources/doc-1.txt", fixture.resolve("sources/doc-1.txt"));

        LoadedProject loaded = store.load(fixture);

        assertEquals(List.of(), loaded.problems());
        Document document = loaded.project().getDocuments().get(0);
        assertEquals(2, document.getTurns().size());
        assertEquals("Me too", document.getText().substring(document.getCodings().get(0).getStart(), document.getCodings().get(0).getEnd()));
        assertEquals("sam", document.getCodings().get(0).getCoder().getName());
    }

    private void copyResource(String name, Path target) throws IOException {
        try (var in = getClass().getClassLoader().getResourceAsStream("resources/" + name)) {
            Files.copy(in, target);
        }
    }

    private static List<Path> list(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.toList();
        }
    }
}
