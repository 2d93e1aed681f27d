package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.interop.InteropException;
import org.sameboat.interop.refi.QdcReader;
import org.sameboat.interop.refi.QdcWriter;
import org.sameboat.interop.refi.RefiImport;
import org.sameboat.model.Code;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.store.ProjectStore;
import org.xml.sax.SAXException;

/** .qdc files: written in the REFI codebook namespace, valid against Codebook.xsd, and read back into a project. */
class QdcTest {

    @TempDir
    Path temp;

    private final CommandLine cli = new CommandLine();

    /** Path, colour, definition and codability of every code, the facts a .qdc carries. */
    private static List<String> codeFacts(Project project) {
        return CodePaths.allCodes(project).stream()
                .map(c -> CodePaths.path(c) + " | " + c.getColour() + " | " + c.getDefinition() + " | " + c.isApplicable()).toList();
    }

    @Test
    void theExportValidatesAgainstTheRefiCodebookSchema() throws Exception {
        Path qdc = temp.resolve("codes.qdc");
        new QdcWriter().write(TestProjects.small(), qdc);
        RefiFiles.validate(qdc);
    }

    @Test
    void theCodebookSchemaRefusesACodebookInTheProjectNamespace() throws Exception {
        Path old = temp.resolve("old.qdc");
        Files.writeString(old, """
                <?xml version="1.0" encoding="UTF-8"?>
                <CodeBook xmlns="urn:QDA-XML:project:1.0"><Codes>
                 <Code guid="0f8fad5b-d9cb-469f-a165-70867728950e" name="A" isCodable="true"/>
                </Codes></CodeBook>
                """);
        assertThrows(SAXException.class, () -> RefiFiles.validate(old), "the schema check is not a formality");
    }

    @Test
    void readingTheExportBackGivesTheSameCodesWithTheirIds() throws Exception {
        Project project = TestProjects.small();
        Path qdc = temp.resolve("codes.qdc");
        new QdcWriter().write(project, qdc);
        RefiImport back = new QdcReader().read(qdc);
        assertEquals(codeFacts(project), codeFacts(back.project()));
        assertEquals(CodePaths.allCodes(project).stream().map(Code::getId).toList(),
                CodePaths.allCodes(back.project()).stream().map(Code::getId).toList());
        assertEquals("codes", back.project().getName(), "named after the file");
    }

    @Test
    void aCodebookInTheProjectNamespaceAsSameboatWroteItBeforeIsReadToo() throws Exception {
        Path old = temp.resolve("old.qdc");
        Files.writeString(old, """
                <?xml version="1.0" encoding="UTF-8"?>
                <CodeBook xmlns="urn:QDA-XML:project:1.0"><Codes>
                 <Code guid="0f8fad5b-d9cb-469f-a165-70867728950e" name="Parent" isCodable="false" color="#abc">
                  <Description>the parent</Description>
                  <Code guid="{7C9E6679-7425-40DE-944B-E07FC1F90AE7}" name="Child" isCodable="true"/>
                 </Code>
                </Codes></CodeBook>
                """);
        Project project = new QdcReader().read(old).project();
        assertEquals(List.of("Parent | #aabbcc | the parent | false", "Parent/Child | null | null | true"), codeFacts(project));
    }

    @Test
    void aFileWhoseRootIsNotCodeBookIsRefusedWithItsName() throws Exception {
        Path wrong = temp.resolve("project.qdc");
        Files.writeString(wrong, "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>");
        InteropException e = assertThrows(InteropException.class, () -> new QdcReader().read(wrong));
        assertEquals("project.qdc is not a REFI-QDA codebook: its root element is <Project>, not <CodeBook>", e.getMessage());
    }

    @Test
    void qdcImportAddsTheNewCodesToAProjectAndASecondImportAddsNothing() throws Exception {
        Path qdc = temp.resolve("ours.qdc");
        new QdcWriter().write(TestProjects.small(), qdc);
        Path dir = temp.resolve("fresh");
        assertEquals(0, cli.run("new", dir), cli.err());
        int before = CodePaths.allCodes(new ProjectStore().load(dir).project()).size();

        assertEquals(0, cli.run("qdc", "import", dir, qdc), cli.err());
        String report = cli.out();
        assertTrue(report.contains("added: ") && report.contains("Loneliness"), report);
        Project after = new ProjectStore().load(dir).project();
        assertTrue(CodePaths.find(after, "Loneliness").isPresent());
        assertEquals("Feelings/Loneliness", CodePaths.path(CodePaths.find(after, "Loneliness").orElseThrow()));
        int once = CodePaths.allCodes(after).size();
        assertEquals(before + 2, once, "Feelings and Loneliness are new; the built-in codes were matched");

        assertEquals(0, cli.run("qdc", "import", dir, qdc), cli.err());
        assertTrue(!cli.out().contains("added: "), cli.out());
        assertEquals(once, CodePaths.allCodes(new ProjectStore().load(dir).project()).size());
    }

    @Test
    void qdcImportOfSomethingElseFailsAndLeavesTheProjectAsItWas() throws Exception {
        Path dir = temp.resolve("fresh");
        assertEquals(0, cli.run("new", dir), cli.err());
        byte[] model = Files.readAllBytes(dir.resolve("project.sameboat"));
        Path wrong = temp.resolve("not-a-codebook.qdc");
        Files.writeString(wrong, "<Project name=\"p\"/>");
        assertEquals(1, cli.run("qdc", "import", dir, wrong));
        assertTrue(cli.err().contains("not a REFI-QDA codebook"), cli.err());
        assertEquals(new String(model, StandardCharsets.UTF_8), Files.readString(dir.resolve("project.sameboat")));
    }
}
