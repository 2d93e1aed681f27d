package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

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

/**
 * Files shaped as MAXQDA, NVivo and ATLAS.ti export them ({@link ToolExports}) and the hand-authored REFI fixture
 * import with what they hold; the expected figures are read off the fixtures themselves.
 */
class ToolExportsImportTest {

    @TempDir
    Path temp;

    private static RefiImport read(Path file) throws Exception {
        RefiImport imported = new QdpxReader().read(file);
        assertTrue(ProjectValidator.validate(imported.project()).stream().noneMatch(p -> p.isError()));
        return imported;
    }

    @Test
    void maxqdaShapedExportImportsItsTextsSetsAndColouredDescribedCodebook() throws Exception {
        Project project = read(ToolExports.maxqdaLike(temp)).project();
        assertEquals("Peer support circles 2025", project.getName());
        assertEquals(4, project.getDocuments().size());
        List<Code> codes = CodePaths.allCodes(project);
        assertEquals(7, codes.size());
        assertTrue(codes.stream().allMatch(c -> c.getColour() != null && c.getDefinition() != null));
        Code sharing = CodePaths.find(project, ToolExports.MAXQDA_SHARING_DATA.toLowerCase(Locale.ROOT)).orElseThrow();
        assertEquals("#e07a5f", sharing.getColour());
        assertEquals("A member offers facts, ideas or resources that helped them.", sharing.getDefinition());
        assertEquals(List.of("rhoda"), project.getCoders().stream().map(c -> c.getName()).toList());
        assertEquals(List.of("Circle A", "Circle B"), project.getGroups().stream().map(g -> g.getName()).toList());
        assertEquals(3, project.getDocuments().stream().filter(d -> d.getGroup() != null && d.getGroup().getName().equals("Circle A")).count());
        Document first = project.getDocuments().get(0);
        assertEquals("Circle A, meeting 1", first.getName());
        assertEquals(ToolExports.MAXQDA_FIRST_SOURCE.toLowerCase(Locale.ROOT), first.getId(), "GUIDs become ids, in lower case");
        assertEquals(ToolExports.MAXQDA_FIRST_TEXT, first.getText(), "the text, its dashes, quotes and accents intact");
        assertEquals(0, project.getDocuments().stream().mapToInt(d -> d.getCodings().size()).sum());
    }

    @Test
    void nvivoShapedExportImportsItsDeepCodebookUsersAndPlainTexts() throws Exception {
        Project project = read(ToolExports.nvivoLike(temp)).project();
        assertEquals("group work codebook", project.getName());
        assertEquals(9, CodePaths.allCodes(project).size());
        assertTrue(CodePaths.find(project, "mutual_aid/support/emotional/reassurance/after_bad_news").isPresent());
        assertEquals(List.of("rwalker", "tk"), project.getCoders().stream().map(c -> c.getName()).toList(), "users are named by name, not id");
        assertEquals(2, project.getDocuments().size(), "the .docx twins and sources/.root are no sources of their own");
        assertTrue(project.getDocuments().stream().allMatch(d -> "\n".equals(d.getText())), "the plain text is read, not the rich text");
    }

    @Test
    void atlasShapedExportWithCrlfImportsUsersAndANestedCodebookOnly() throws Exception {
        Project project = read(ToolExports.atlasLike(temp)).project();
        assertEquals("stages codebook", project.getName());
        assertEquals(List.of("Ines Moreau", "ATLAS.ti"), project.getCoders().stream().map(c -> c.getName()).toList());
        assertEquals(3, CodePaths.allCodes(project).size());
        Code stages = CodePaths.find(project, "Stages of the group").orElseThrow();
        assertEquals(List.of("Beginnings", "Endings"), stages.getChildren().stream().map(Code::getName).toList());
        assertEquals(ToolExports.ATLAS_STAGES.toLowerCase(Locale.ROOT), stages.getId());
        assertEquals(0, project.getDocuments().size());
    }

    @Test
    void toolShapedFixturesAreValidRefiProjects() throws Exception {
        // keeps the fixtures honest: what they mimic is a valid export, not a malformed one
        for (Path qdpx : List.of(ToolExports.maxqdaLike(temp), ToolExports.nvivoLike(temp), ToolExports.atlasLike(temp))) {
            RefiFiles.validate(qdpx);
        }
    }

    @Test
    void handAuthoredProjectImportsTextCodingsCasesVariablesNotesAndSets() throws Exception {
        RefiImport imported = read(RefiFiles.handAuthored(temp));
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
