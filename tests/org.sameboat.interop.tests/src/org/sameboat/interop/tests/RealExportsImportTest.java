package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.interop.refi.QdpxReader;
import org.sameboat.interop.refi.QdpxWriter;
import org.sameboat.interop.refi.RefiImport;
import org.sameboat.model.Code;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.store.ProjectStore;
import org.sameboat.model.validation.ProjectValidator;

/**
 * The real MAXQDA, NVivo and ATLAS.ti exports of the shared test data import with the counts they really hold, and
 * pass through Sameboat unchanged. Not part of {@code ./mvnw verify}: those files cannot enter the repository, so
 * {@link ToolExportsImportTest} meets their traps with fixtures of our own, and {@code ./mvnw -Pshared-data verify}
 * runs this class where the shared data folder exists.
 */
@Tag("shared-data")
class RealExportsImportTest {

    private static final String[] REAL_EXPORTS = {"maxqda24-ten-text-sources.qdpx", "nvivo15-mac-codebook.qdpx", "atlasti23-codebook.qdpx"};

    @TempDir
    Path temp;

    private static RefiImport read(Path file) throws Exception {
        RefiImport imported = new QdpxReader().read(file);
        assertTrue(ProjectValidator.validate(imported.project()).stream().noneMatch(p -> p.isError()));
        return imported;
    }

    @Test
    void maxqdaExportImportsTenTextsAndItsColouredCodebook() throws Exception {
        Project project = read(SharedData.refi("maxqda24-ten-text-sources.qdpx")).project();
        assertEquals("2025-06-16_ICLS_Conf_Themes_ALL_just10", project.getName());
        assertEquals(10, project.getDocuments().size());
        List<Code> codes = CodePaths.allCodes(project);
        assertEquals(307, codes.size());
        assertTrue(codes.stream().allMatch(c -> c.getColour() != null && c.getDefinition() != null));
        assertEquals("#ef8256", CodePaths.find(project, "c6c1be73-b4f4-4c2d-91f1-90b73bfc5c25").orElseThrow().getColour());
        assertEquals(1, project.getCoders().size());
        assertEquals("johnb", project.getCoders().get(0).getName());
        assertEquals(2, project.getGroups().size());
        assertEquals(5, project.getDocuments().stream().filter(d -> d.getGroup() != null && d.getGroup().getName().equals("ICLS 2024")).count());
        Document first = project.getDocuments().get(0);
        assertEquals("ICLS 2024 3-10", first.getName());
        assertEquals("c5e4c960-5296-4fde-8c63-deaba4e17f92", first.getId(), "GUIDs become ids, in lower case");
        assertTrue(first.getText().startsWith("Mapping the Complexity of Learning"));
        assertEquals(0, project.getDocuments().stream().mapToInt(d -> d.getCodings().size()).sum());
    }

    @Test
    void nvivoExportImportsItsCodebookUsersAndTwoTexts() throws Exception {
        RefiImport imported = read(SharedData.refi("nvivo15-mac-codebook.qdpx"));
        Project project = imported.project();
        assertEquals("qc project", project.getName());
        assertEquals(262, CodePaths.allCodes(project).size());
        assertEquals(List.of("chrisp", "cp"), project.getCoders().stream().map(c -> c.getName()).toList());
        assertEquals(2, project.getDocuments().size());
        assertTrue(project.getDocuments().stream().allMatch(d -> "\n".equals(d.getText())));
        assertTrue(CodePaths.find(project, "rq1_definition/competencies/programming").isPresent());
    }

    @Test
    void atlasExportImportsUsersAndANestedCodebookOnly() throws Exception {
        Project project = read(SharedData.refi("atlasti23-codebook.qdpx")).project();
        assertEquals(List.of("Enric Llagostera", "ATLAS.ti"), project.getCoders().stream().map(c -> c.getName()).toList());
        assertEquals(3, CodePaths.allCodes(project).size());
        Code commits = CodePaths.find(project, "Commits").orElseThrow();
        assertEquals(2, commits.getChildren().size());
        assertEquals("a182cd3a-d83c-4d8c-bc80-26d9103ec6d6", commits.getId());
        assertEquals(0, project.getDocuments().size());
    }

    @Test
    void realExportsPassThroughSameboatUnchanged() throws Exception {
        for (String name : REAL_EXPORTS) {
            Project first = new QdpxReader().read(SharedData.refi(name)).project();
            Path again = temp.resolve("again-" + name);
            new QdpxWriter().write(first, again);
            assertEquals(TestProjects.facts(first), TestProjects.facts(new QdpxReader().read(again).project()), name);
        }
    }

    @Test
    void reexportedRealFilesValidate() throws Exception {
        for (String name : REAL_EXPORTS) {
            Path qdpx = temp.resolve("again-" + name);
            new QdpxWriter().write(new QdpxReader().read(SharedData.refi(name)).project(), qdpx);
            RefiFiles.validate(qdpx);
        }
    }

    @Test
    void mergeOfTheRealAtlasExportIntoTheSampleAddsItsCodebookAndReports() throws Exception {
        Path sample = temp.resolve("sample");
        SampleProject.create(sample);
        int before = codes(sample);
        CommandLine cli = new CommandLine();
        assertEquals(0, cli.run("merge", sample, SharedData.refi("atlasti23-codebook.qdpx")), cli.err());
        assertTrue(cli.out().contains("added: code 'Commits/2022-05-10T02:05:59Z 19e4dce'"), cli.out());
        assertTrue(cli.out().contains("added: coder 'Enric Llagostera'"), cli.out());
        // the export's codebook holds three codes (a parent and two children), all new to the sample
        assertEquals(before + 3, codes(sample));
    }

    private static int codes(Path project) throws Exception {
        return new ProjectStore().load(project).project().getCodebooks().stream().mapToInt(b -> CodePaths.allCodes(b).size()).sum();
    }
}
