package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.cli.Cli;
import org.sameboat.cli.Console;
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

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Object... args) {
        out.reset();
        err.reset();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return Cli.standard(console).run(Stream.of(args).map(String::valueOf).toArray(String[]::new));
    }

    /** Path, colour, definition and codability of every code, the facts a .qdc carries. */
    private static List<String> codeFacts(Project project) {
        return CodePaths.allCodes(project).stream()
                .map(c -> CodePaths.path(c) + " | " + c.getColour() + " | " + c.getDefinition() + " | " + c.isApplicable()).toList();
    }

    @Test
    void theExportValidatesAgainstTheRefiCodebookSchema() throws Exception {
        Path qdc = temp.resolve("codes.qdc");
        new QdcWriter().write(TestProjects.small(), qdc);
        SharedData.validate(qdc);
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
        assertThrows(SAXException.class, () -> SharedData.validate(old), "the schema check is not a formality");
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
        assertEquals(0, run("new", dir), err.toString(StandardCharsets.UTF_8));
        int before = CodePaths.allCodes(new ProjectStore().load(dir).project()).size();

        assertEquals(0, run("qdc", "import", dir, qdc), err.toString(StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertTrue(report.contains("added: ") && report.contains("Loneliness"), report);
        Project after = new ProjectStore().load(dir).project();
        assertTrue(CodePaths.find(after, "Loneliness").isPresent());
        assertEquals("Feelings/Loneliness", CodePaths.path(CodePaths.find(after, "Loneliness").orElseThrow()));
        int once = CodePaths.allCodes(after).size();
        assertEquals(before + 2, once, "Feelings and Loneliness are new; the built-in codes were matched");

        assertEquals(0, run("qdc", "import", dir, qdc), err.toString(StandardCharsets.UTF_8));
        assertTrue(!out.toString(StandardCharsets.UTF_8).contains("added: "), out.toString(StandardCharsets.UTF_8));
        assertEquals(once, CodePaths.allCodes(new ProjectStore().load(dir).project()).size());
    }

    @Test
    void qdcImportOfSomethingElseFailsAndLeavesTheProjectAsItWas() throws Exception {
        Path dir = temp.resolve("fresh");
        assertEquals(0, run("new", dir), err.toString(StandardCharsets.UTF_8));
        byte[] model = Files.readAllBytes(dir.resolve("project.sameboat"));
        Path wrong = temp.resolve("not-a-codebook.qdc");
        Files.writeString(wrong, "<Project name=\"p\"/>");
        assertEquals(1, run("qdc", "import", dir, wrong));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not a REFI-QDA codebook"), err.toString(StandardCharsets.UTF_8));
        assertEquals(new String(model, StandardCharsets.UTF_8), Files.readString(dir.resolve("project.sameboat")));
    }
}
