package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.interop.refi.QdcWriter;
import org.sameboat.interop.refi.QdpxReader;
import org.sameboat.interop.refi.QdpxWriter;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;

/** Exports validate against the REFI schema and keep every id as its GUID. */
class QdpxExportTest {

    @TempDir
    Path temp;

    @Test
    void projectExportValidatesAgainstTheRefiSchema() throws Exception {
        Path qdpx = temp.resolve("fixture.qdpx");
        new QdpxWriter().write(TestProjects.small(), qdpx);
        RefiFiles.validate(qdpx);
    }

    @Test
    void sampleProjectExportValidatesAgainstTheRefiSchema() throws Exception {
        Project sample = SampleProject.create(temp.resolve("sample"));
        Path qdpx = temp.resolve("sample.qdpx");
        new QdpxWriter().write(sample, qdpx);
        RefiFiles.validate(qdpx);
    }

    @Test
    void reexportedToolShapedFilesValidateToo() throws Exception {
        for (Path export : List.of(ToolExports.maxqdaLike(temp), ToolExports.nvivoLike(temp), ToolExports.atlasLike(temp))) {
            Path qdpx = temp.resolve("again-" + export.getFileName());
            new QdpxWriter().write(new QdpxReader().read(export).project(), qdpx);
            RefiFiles.validate(qdpx);
        }
    }

    @Test
    void exportKeepsIdsAsGuidsAndTextsAsLfUtf8Files() throws Exception {
        Project project = TestProjects.small();
        Path qdpx = temp.resolve("fixture.qdpx");
        new QdpxWriter().write(project, qdpx);
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            String xml = new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(), StandardCharsets.UTF_8);
            String id = project.getDocuments().get(0).getId();
            assertTrue(xml.contains("guid=\"" + id + "\""));
            assertTrue(xml.contains("plainTextPath=\"internal://" + id + ".txt\""));
            byte[] text = zip.getInputStream(zip.getEntry("sources/" + id + ".txt")).readAllBytes();
            assertEquals(TestProjects.TEXT, new String(text, StandardCharsets.UTF_8));
            for (var code : CodePaths.allCodes(project)) {
                assertTrue(xml.contains("guid=\"" + code.getId() + "\""), code.getName());
            }
        }
    }

    @Test
    void codebookExportIsACodeBookElementThatValidates() throws Exception {
        Project project = TestProjects.small();
        Path qdc = temp.resolve("codes.qdc");
        new QdcWriter().write(project, qdc);
        RefiFiles.validate(qdc);
        String xml = Files.readString(qdc);
        String root = xml.substring(xml.indexOf("<CodeBook"), xml.indexOf('>', xml.indexOf("<CodeBook")));
        assertTrue(root.contains("xmlns=\"urn:QDA-XML:codebook:1.0\"") && root.contains("origin=\"Sameboat\""), root);
        assertEquals(CodePaths.allCodes(project).size(), xml.split("<Code ", -1).length - 1);
    }
}
