package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.interop.refi.QdpxReader;
import org.sameboat.interop.refi.RefiImport;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.text.DocumentText;
import org.sameboat.model.validation.ProjectValidator;

/** The four real REFI files in the shared data import with the counts they really hold. */
class RealExportsImportTest {

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
    void handAuthoredProjectImportsTextCodingsCasesVariablesNotesAndSets() throws Exception {
        RefiImport imported = read(SharedData.handAuthored(temp));
        Project project = imported.project();
        assertEquals("Sample Study", project.getName());
        assertEquals(4, CodePaths.allCodes(project).size());
        assertEquals(false, CodePaths.find(project, "Topics").orElseThrow().isApplicable());
        assertEquals("Food and eating habits", CodePaths.find(project, "Diet").orElseThrow().getDefinition());
        assertEquals(1, project.getDocuments().size(), "the text source; picture, PDF, audio and video are skipped");
        Document interview = project.getDocuments().get(0);
        DocumentText text = DocumentText.of(interview.getText());
        assertEquals(2, interview.getCodings().size());
        Coding health = interview.getCodings().get(0);
        assertEquals("Diet and health", text.slice(health.getStart(), health.getEnd()));
        Coding diet = interview.getCodings().get(1);
        assertEquals("health are clo", text.slice(diet.getStart(), diet.getEnd()), "positions 9-23, overlapping the first");
        assertEquals("Researcher A", health.getCoder().getName());
        assertEquals(2, project.getAttributeDefinitions().size());
        assertEquals(1, project.getCases().size());
        assertEquals(List.of(interview), project.getCases().get(0).getDocuments());
        assertEquals(2, project.getCases().get(0).getAttributes().size());
        assertEquals(1, project.getGroups().size());
        assertEquals("Diet-related", interview.getGroup().getName());
        assertEquals(1, project.getMemos().size());
        assertEquals(List.of(health), project.getMemos().get(0).getAbout(), "the link from the memo reaches the selection's coding");
        List<String> warnings = imported.warnings();
        for (String kind : List.of("PictureSource", "PDFSource", "AudioSource", "VideoSource")) {
            assertTrue(warnings.stream().anyMatch(w -> w.contains(kind)), kind + " skipped with a warning: " + warnings);
        }
        assertTrue(warnings.stream().anyMatch(w -> w.contains("graph")), warnings.toString());
    }
}
