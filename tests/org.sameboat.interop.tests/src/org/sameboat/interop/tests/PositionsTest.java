package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.interop.refi.QdpxReader;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.text.DocumentText;

/** REFI positions (characters of the file as written) map exactly onto Sameboat offsets. */
class PositionsTest {

    @TempDir
    Path temp;

    static String project(String selections, String content) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="positions">
                 <Users><User guid="10000000-0000-0000-0000-000000000001" name="Kim"/></Users>
                 <CodeBook><Codes><Code guid="20000000-0000-0000-0000-000000000001" name="C" isCodable="true"/></Codes></CodeBook>
                 <Sources>
                  <TextSource guid="40000000-0000-0000-0000-000000000001" name="t" %s>
                   %s
                  </TextSource>
                 </Sources>
                </Project>""".formatted(content, selections);
    }

    static String selection(int n, int start, int end) {
        return """
                <PlainTextSelection guid="50000000-0000-0000-0000-00000000000%d" startPosition="%d" endPosition="%d">
                 <Coding guid="60000000-0000-0000-0000-00000000000%d" creatingUser="10000000-0000-0000-0000-000000000001">
                  <CodeRef targetGUID="20000000-0000-0000-0000-000000000001"/></Coding></PlainTextSelection>""".formatted(n, start, end, n);
    }

    private Document read(String xml, Map<String, byte[]> more) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", RefiFiles.utf8(xml));
        entries.putAll(more);
        return new QdpxReader().read(RefiFiles.zip(temp.resolve("p.qdpx"), entries)).project().getDocuments().get(0);
    }

    private static String coded(Document document, int index) {
        Coding coding = document.getCodings().get(index);
        return DocumentText.of(document.getText()).slice(coding.getStart(), coding.getEnd());
    }

    @Test
    void crlfTextCountsLineEndsAsTwoCharactersAndIsStoredWithLf() throws Exception {
        // "one\r\ntwo\r\nthree": "two" is 5-8, "three" is 10-15 in the file; 4 and 9 fall between a CR and its LF
        String selections = selection(1, 5, 8) + selection(2, 10, 15) + selection(3, 4, 9) + selection(4, 3, 8);
        Document document = read(project(selections, "plainTextPath=\"internal://t.txt\""),
                Map.of("Sources/t.txt", RefiFiles.utf8("\uFEFFone\r\ntwo\r\nthree")));
        assertEquals("one\ntwo\nthree", document.getText());
        assertEquals("two", coded(document, 0));
        assertEquals("three", coded(document, 1));
        assertEquals("two\n", coded(document, 2), "a position between CR and LF falls after the line end");
        assertEquals("\ntwo", coded(document, 3));
    }

    @Test
    void astralCharactersCountAsOneCharacter() throws Exception {
        // the emoji is one code point (two UTF-16 units): "b" is 3-4
        String selections = selection(1, 3, 4) + selection(2, 2, 3);
        Document document = read(project(selections, "plainTextPath=\"internal://t.txt\""),
                Map.of("sources/t.txt", RefiFiles.utf8("a\uD83D\uDE42\u00E9b")));
        assertEquals("b", coded(document, 0));
        assertEquals("\u00E9", coded(document, 1));
    }

    @Test
    void projectXmlWithAnotherNameAndTextsOutsideSourcesAreFound() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("My Study.qde", RefiFiles.utf8(project(selection(1, 0, 3), "plainTextPath=\"relative:///texts/t.txt\"")));
        entries.put("texts/t.txt", RefiFiles.utf8("abc def"));
        Document document = new QdpxReader().read(RefiFiles.zip(temp.resolve("named.qdpx"), entries)).project().getDocuments().get(0);
        assertEquals("abc", coded(document, 0));
    }

    @Test
    void inlinePlainTextContentIsRead() throws Exception {
        Document document = read(project("<PlainTextContent>hello world</PlainTextContent>" + selection(1, 6, 11), ""), Map.of());
        assertEquals("hello world", document.getText());
        assertEquals("world", coded(document, 0));
    }
}
