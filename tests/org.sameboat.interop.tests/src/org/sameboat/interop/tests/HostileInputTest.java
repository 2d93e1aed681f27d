package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.interop.InteropException;
import org.sameboat.interop.refi.QdpxReader;
import org.sameboat.interop.refi.RefiImport;
import org.sameboat.interop.refi.ZipLimits;
import org.sameboat.model.Document;

/** Hostile or broken archives fail with one clear line, or import with a warning; nothing reaches outside. */
class HostileInputTest {

    @TempDir
    Path temp;

    private static final String MINIMAL = PositionsTest.project(PositionsTest.selection(1, 0, 2), "plainTextPath=\"internal://t.txt\"");

    private Path zip(Map<String, byte[]> entries) throws Exception {
        return RefiFiles.zip(temp.resolve("hostile-" + entries.hashCode() + ".qdpx"), entries);
    }

    private static Map<String, byte[]> entries(Object... nameThenContent) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            Object content = nameThenContent[i + 1];
            entries.put((String) nameThenContent[i], content instanceof byte[] b ? b : RefiFiles.utf8((String) content));
        }
        return entries;
    }

    private String refused(Path qdpx, QdpxReader reader) {
        InteropException e = assertThrows(InteropException.class, () -> reader.read(qdpx));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    private String refused(Path qdpx) {
        return refused(qdpx, new QdpxReader());
    }

    @Test
    void externalEntityIsRefusedBeforeAnythingIsRead() throws Exception {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>";
        String message = refused(zip(entries("project.qde", xxe)));
        assertTrue(message.contains("declares a DOCTYPE, which is refused"), message);
        assertFalse(message.contains("TOP SECRET"));
    }

    @Test
    void entityExpansionBombIsRefused() throws Exception {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><Project name=\"&lol3;\"/>";
        assertTrue(refused(zip(entries("project.qde", laughs))).contains("DOCTYPE"));
    }

    @Test
    void entryClimbingOutOfTheArchiveIsRefused() throws Exception {
        String message = refused(zip(entries("project.qde", MINIMAL, "sources/../../evil.txt", "x")));
        assertTrue(message.contains("points outside the archive"), message);
        assertFalse(Files.exists(temp.getParent().resolve("evil.txt")));
    }

    @Test
    void absoluteEntryNameIsRefused() throws Exception {
        assertTrue(refused(zip(entries("project.qde", MINIMAL, "/tmp/evil.txt", "x"))).contains("points outside the archive"));
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        Map<String, byte[]> many = entries("project.qde", MINIMAL);
        for (int i = 0; i < 20; i++) {
            many.put("sources/" + i + ".txt", new byte[] {'x'});
        }
        String message = refused(zip(many), new QdpxReader(new ZipLimits(10, 1 << 20, 100, 0, 1 << 20), false));
        assertTrue(message.contains("21 entries"), message);
    }

    @Test
    void archiveInflatingBeyondTheTotalLimitIsRefused() throws Exception {
        String big = "x".repeat(50_000);
        String message = refused(zip(entries("project.qde", MINIMAL, "sources/t.txt", big)),
                new QdpxReader(new ZipLimits(100, 20_000, 1_000_000, 0, 1 << 20), false));
        assertTrue(message.contains("zip bomb"), message);
    }

    @Test
    void entryWithAnAbsurdCompressionRatioIsRefused() throws Exception {
        byte[] zeros = new byte[20 << 20];
        String message = refused(zip(entries("project.qde", MINIMAL, "sources/t.txt", zeros)));
        assertTrue(message.contains("inflates more than 200 times"), message);
    }

    @Test
    void projectXmlLargerThanItsLimitIsRefused() throws Exception {
        String message = refused(zip(entries("project.qde", MINIMAL)), new QdpxReader(new ZipLimits(100, 1 << 20, 100, 0, 100), false));
        assertTrue(message.contains("larger than 100 bytes"), message);
    }

    @Test
    void absurdlyDeepNestingIsRefused() throws Exception {
        String deep = "<Code guid=\"20000000-0000-0000-0000-000000000009\" name=\"x\" isCodable=\"true\">".repeat(5000)
                + "</Code>".repeat(5000);
        String xml = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"deep\"><CodeBook><Codes>" + deep + "</Codes></CodeBook></Project>";
        String message = refused(zip(entries("project.qde", xml)));
        assertTrue(message.contains("nests elements more than 1000 deep"), message);
    }

    @Test
    void malformedXmlIsRefusedWithItsPosition() throws Exception {
        String message = refused(zip(entries("project.qde", "<Project name=\"x\"><Users></Project>")));
        assertTrue(message.contains("not well-formed XML (line 1"), message);
    }

    @Test
    void fileThatIsNoZipIsRefused() throws Exception {
        Path notZip = Files.writeString(temp.resolve("plain.qdpx"), "just text");
        assertTrue(refused(notZip).contains("is not a zip archive"));
    }

    @Test
    void archiveWithoutProjectXmlIsRefused() throws Exception {
        assertTrue(refused(zip(entries("sources/t.txt", "text"))).contains("holds no project file"));
    }

    @Test
    void wrongRootElementIsRefused() throws Exception {
        assertTrue(refused(zip(entries("project.qde", "<html/>"))).contains("not a REFI-QDA project"));
    }

    @Test
    void danglingCodeReferenceSkipsTheCodingWithAWarning() throws Exception {
        String xml = MINIMAL.replace("<CodeRef targetGUID=\"20000000-0000-0000-0000-000000000001\"/>",
                "<CodeRef targetGUID=\"29999999-0000-0000-0000-000000000001\"/>");
        RefiImport imported = new QdpxReader().read(zip(entries("project.qde", xml, "sources/t.txt", "text")));
        assertEquals(0, imported.project().getDocuments().get(0).getCodings().size());
        assertTrue(imported.warnings().stream().anyMatch(w -> w.contains("29999999-0000-0000-0000-000000000001") && w.contains("does not exist")));
    }

    @Test
    void danglingNoteReferenceIsLeftOutWithAWarning() throws Exception {
        String xml = MINIMAL.replace("</Coding>", "<NoteRef targetGUID=\"a9999999-0000-0000-0000-000000000001\"/></Coding>");
        RefiImport imported = new QdpxReader().read(zip(entries("project.qde", xml, "sources/t.txt", "text")));
        assertEquals(1, imported.project().getDocuments().get(0).getCodings().size());
        assertTrue(imported.warnings().contains("1 note reference(s) name notes that do not exist; they were left out"),
                imported.warnings().toString());
    }

    @Test
    void danglingUserReferenceGivesTheCodingToAnUnknownCoder() throws Exception {
        String xml = MINIMAL.replace("creatingUser=\"10000000-0000-0000-0000-000000000001\"",
                "creatingUser=\"19999999-0000-0000-0000-000000000001\"");
        RefiImport imported = new QdpxReader().read(zip(entries("project.qde", xml, "sources/t.txt", "text")));
        assertEquals("unknown coder", imported.project().getDocuments().get(0).getCodings().get(0).getCoder().getName());
        assertTrue(imported.warnings().stream().anyMatch(w -> w.contains("19999999")));
    }

    @Test
    void selectionOutsideTheTextIsSkippedWithAWarning() throws Exception {
        String xml = PositionsTest.project(PositionsTest.selection(1, 2, 99) + PositionsTest.selection(2, -1, 2)
                + PositionsTest.selection(3, 0, 2), "plainTextPath=\"internal://t.txt\"");
        RefiImport imported = new QdpxReader().read(zip(entries("project.qde", xml, "sources/t.txt", "text")));
        Document document = imported.project().getDocuments().get(0);
        assertEquals(1, document.getCodings().size());
        assertEquals(2, imported.warnings().stream().filter(w -> w.contains("lies outside the text (4 characters)")).count());
    }

    @Test
    void selectionCountedInUtf16UnitsIsSkippedWithAHint() throws Exception {
        String xml = PositionsTest.project(PositionsTest.selection(1, 2, 4), "plainTextPath=\"internal://t.txt\"");
        RefiImport imported = new QdpxReader().read(zip(entries("project.qde", xml, "sources/t.txt", "\uD83D\uDE42ab")));
        assertTrue(imported.warnings().stream().anyMatch(w -> w.contains("may count UTF-16 units")), imported.warnings().toString());
    }

    @Test
    void forgedSameboatNoteCannotBreakTheProject() throws Exception {
        String json = "{\"version\":1,\"documents\":{\"40000000-0000-0000-0000-000000000001\":{\"date\":\"2025-99-99\","
                + "\"turns\":[{\"id\":\"t\",\"start\":2,\"end\":999}]}},\"participants\":[{\"id\":\"p\",\"role\":\"boss\"}]}";
        String xml = MINIMAL.replace("</Project>", "<Notes><Note guid=\"a0000000-0000-0000-0000-000000000001\" name=\"Sameboat data\">"
                + "<PlainTextContent>" + json + "</PlainTextContent></Note></Notes></Project>");
        RefiImport imported = new QdpxReader().read(zip(entries("project.qde", xml, "sources/t.txt", "text")));
        Document document = imported.project().getDocuments().get(0);
        assertEquals(null, document.getDate());
        assertEquals(0, document.getTurns().size());
        assertTrue(imported.warnings().stream().anyMatch(w -> w.contains("do not fit its text")), imported.warnings().toString());
        assertTrue(imported.warnings().stream().anyMatch(w -> w.contains("'2025-99-99'")), imported.warnings().toString());
    }

    @Test
    void textOutsideTheArchiveIsNotReadUnlessAllowed() throws Exception {
        Path outside = Files.writeString(temp.resolve("outside.txt"), "private notes");
        String xml = PositionsTest.project("", "plainTextPath=\"absolute:///" + outside.toString().substring(1) + "\"");
        Path qdpx = zip(entries("project.qde", xml));
        RefiImport refused = new QdpxReader().read(qdpx);
        assertEquals(List.of(), refused.project().getDocuments());
        assertTrue(refused.warnings().stream().anyMatch(w -> w.contains("--external")), refused.warnings().toString());
        RefiImport allowed = new QdpxReader().withExternalFiles().read(qdpx);
        assertEquals("private notes", allowed.project().getDocuments().get(0).getText());
    }
}
