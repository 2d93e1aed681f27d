package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sameboat.interop.InteropException;
import org.sameboat.interop.refi.ArchiveMeter;
import org.sameboat.interop.refi.QdpxReader;
import org.sameboat.interop.refi.ZipLimits;
import org.sameboat.model.Coding;
import org.sameboat.model.Memo;
import org.sameboat.model.Project;
import org.sameboat.model.store.LoadedProject;
import org.sameboat.model.store.ProjectFormat;
import org.sameboat.model.store.ProjectStore;

/**
 * Whatever a write accepts, the next load reads: hostile QDPX ids, deep code trees, characters XML cannot hold and
 * blank names, each through the command line and back (write, load, write again); and archives too large in total
 * are refused before their sources are held.
 */
class AcceptedThenReadableTest {

    private static final String USER = "10000000-0000-0000-0000-000000000001";
    private static final String SOURCE = "40000000-0000-0000-0000-000000000001";

    @TempDir
    Path temp;
    private final CommandLine cli = new CommandLine();

    @Test
    void aCodeTreeFarDeeperThanTheXmlParsersDefaultImportsLoadsAndTakesMoreWrites() throws Exception {
        Path qdpx = deepCodeTree(150);
        Path folder = temp.resolve("deep");
        assertEquals(0, cli.run("qdpx", "import", folder, qdpx), cli.err());
        assertReadsAndTakesAWrite(folder);

        Path other = temp.resolve("other");
        assertEquals(0, cli.run("new", other), cli.err());
        assertEquals(0, cli.run("merge", other, qdpx), cli.err());
        assertReadsAndTakesAWrite(other);
    }

    @Test
    void aCodeTreeDeeperThanAProjectHoldsIsRefusedAndLeavesTheProjectAsItWas() throws Exception {
        int depth = ProjectFormat.MAX_CODE_DEPTH + 1;
        Path qdpx = deepCodeTree(depth);
        Path folder = temp.resolve("too-deep");
        assertEquals(1, cli.run("qdpx", "import", folder, qdpx));
        assertTrue(cli.err().contains(depth + " levels"), cli.err());
        assertFalse(Files.exists(folder.resolve(ProjectFormat.MODEL_FILE)), "nothing imported");

        Path other = temp.resolve("other");
        assertEquals(0, cli.run("new", other), cli.err());
        byte[] before = Files.readAllBytes(other.resolve(ProjectFormat.MODEL_FILE));
        assertEquals(1, cli.run("merge", other, qdpx));
        assertArrayEquals(before, Files.readAllBytes(other.resolve(ProjectFormat.MODEL_FILE)));
        assertFalse(new ProjectStore().load(other).hasErrors());
    }

    /** A QDPX whose code tree is a chain this many levels deep, with a coding on the deepest code. */
    private Path deepCodeTree(int depth) throws Exception {
        StringBuilder codes = new StringBuilder();
        for (int level = 1; level <= depth; level++) {
            codes.append("<Code guid=\"20000000-0000-0000-0000-%012d\" name=\"level %d\" isCodable=\"true\">".formatted(level, level));
        }
        codes.append("</Code>".repeat(depth));
        return qdpx(project("deep", codes.toString(), coding("20000000-0000-0000-0000-%012d".formatted(depth))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "//@codebooks.0", "#frag", "x?y"})
    void idsThatCannotBeSameboatIdsAreReplacedAndTheOriginalsKept(String hostile) throws Exception {
        String code = "<Code guid=\"" + hostile + "\" name=\"C\" isCodable=\"true\"/>";
        Path folder = temp.resolve("ids");
        assertEquals(0, cli.run("qdpx", "import", folder, qdpx(project("ids", code, coding(hostile)))), cli.err());
        Project project = assertReadsAndTakesAWrite(folder);
        Coding coding = project.getDocuments().get(0).getCodings().get(0);
        assertEquals("C", coding.getCode().getName());
        assertFalse(coding.getCode().getId().equals(hostile));
        Memo memo = project.getMemos().stream().filter(m -> m.getTitle().equals("Ids replaced on import")).findFirst().orElseThrow();
        assertTrue(memo.getText().contains(hostile + " -> " + coding.getCode().getId()), memo.getText());
    }

    @Test
    void aCharacterXmlCannotHoldInAQdpxIsRefusedWithItsCodePoint() throws Exception {
        // XML 1.1 may write U+001B as a reference; XML 1.0, which the project file is, cannot
        String xml = project("ctl", "<Code guid=\"20000000-0000-0000-0000-000000000001\" name=\"bad&#x1b;name\" isCodable=\"true\"/>",
                coding("20000000-0000-0000-0000-000000000001")).replace("version=\"1.0\"", "version=\"1.1\"");
        Path folder = temp.resolve("ctl");
        assertEquals(1, cli.run("qdpx", "import", folder, qdpx(xml)));
        assertOneLineNaming("U+001B");
        assertFalse(ProjectStore.isProject(folder));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void blankCoderNamesAreRefusedAndNothingIsSaved(String blank) throws Exception {
        Path folder = sample();
        byte[] before = Files.readAllBytes(folder.resolve("project.sameboat"));
        assertEquals(2, cli.run("code", folder, "--doc", "t", "--from", 0, "--to", 2, "--code", "C", "--coder", blank));
        assertOneLineNaming("--coder");
        assertEquals(2, cli.run("code", folder, "--doc", "t", "--from", 0, "--to", 2, "--code", "C", "--coder=" + blank));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(folder.resolve("project.sameboat"))));
    }

    @Test
    void aBlankProjectNameIsRefused() {
        assertEquals(2, cli.run("new", temp.resolve("blank"), "--name", " "));
        assertOneLineNaming("--name");
        assertFalse(ProjectStore.isProject(temp.resolve("blank")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b[31mred", "nul\u0000", "one\u0001", "end\uffff"})
    void controlCharactersInVerbArgumentsAreRefusedByCodePoint(String hostile) throws Exception {
        Path folder = sample();
        byte[] before = Files.readAllBytes(folder.resolve("project.sameboat"));
        assertEquals(2, cli.run("code", folder, "--doc", "t", "--from", 0, "--to", 2, "--code", "C", "--coder", "Kim", "--memo", hostile));
        int bad = hostile.codePoints().filter(c -> c < 0x20 || c == 0xFFFF).findFirst().orElseThrow();
        assertOneLineNaming(String.format("U+%04X", bad));
        assertEquals(2, cli.run("code", folder, "--doc", "t", "--from", 0, "--to", 2, "--code", "C", "--coder", hostile));
        assertEquals(2, cli.run("new", temp.resolve("n"), "--name", hostile));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(folder.resolve("project.sameboat"))));
    }

    @Test
    void unusualButStorableTextsRoundTripThroughTheVerbs() throws Exception {
        Path folder = sample();
        String memo = "<&>\"' \u00e9 \uD83D\uDE00 \u2028 tab\there";
        String coder = "Ann-Marie O'Brien <am>";
        assertEquals(0, cli.run("code", folder, "--doc", "t", "--from", 0, "--to", 2, "--code", "C", "--coder", coder, "--memo", memo), cli.err());
        Project project = assertReadsAndTakesAWrite(folder);
        Coding coding = project.getDocuments().get(0).getCodings().stream().filter(c -> coder.equals(c.getCoder().getName()))
                .findFirst().orElseThrow();
        assertEquals(memo, coding.getMemo());
    }

    @Test
    void anArchiveTooLargeInTotalIsRefusedBeforeAnySourceIsHeld() throws Exception {
        int sources = 40;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"big\"><Sources>");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < sources; i++) {
            xml.append("<TextSource guid=\"40000000-0000-0000-0000-%012d\" name=\"s%d\" plainTextPath=\"internal://s%d.txt\"/>".formatted(i, i, i));
            entries.put("sources/s" + i + ".txt", text(64 << 10, i));
        }
        xml.append("</Sources></Project>");
        byte[] project = xml.toString().getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("project.qde", project);
        all.putAll(entries);
        Path qdpx = zip(temp.resolve("big.qdpx"), all);
        // each entry is well under the ratio limit; together they are 2.5 MiB against a limit of 1 MiB
        ZipLimits limits = new ZipLimits(1000, 1 << 20, 200, 1 << 20, 1 << 20);
        ArchiveMeter meter = new ArchiveMeter();
        InteropException e = assertThrows(InteropException.class, () -> new QdpxReader(limits, false, meter).read(qdpx));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().contains("inflates to more than " + (1 << 20) + " bytes"), e.getMessage());
        assertEquals(project.length, meter.kept(), "only the project XML was held");
        assertEquals(project.length, meter.inflated(), "the sources' declared sizes were enough to refuse it");
    }

    @Test
    void anArchiveWithinTheLimitsIsReadWhole() throws Exception {
        ArchiveMeter meter = new ArchiveMeter();
        Path qdpx = qdpx(project("small", "<Code guid=\"20000000-0000-0000-0000-000000000001\" name=\"C\" isCodable=\"true\"/>",
                coding("20000000-0000-0000-0000-000000000001")));
        new QdpxReader(ZipLimits.DEFAULT, false, meter).read(qdpx);
        assertTrue(meter.kept() > 0 && meter.inflated() >= meter.kept());
    }

    private Project assertReadsAndTakesAWrite(Path folder) throws Exception {
        LoadedProject loaded = new ProjectStore().load(folder);
        assertEquals(List.of(), loaded.problems().stream().filter(p -> p.isError()).toList());
        assertFalse(loaded.project().getDocuments().isEmpty());
        assertEquals(0, cli.run("code", folder, "--doc", loaded.project().getDocuments().get(0).getName(), "--from", 0, "--to", 1,
                "--code", firstCode(loaded.project()), "--coder", "Second"), cli.err());
        LoadedProject again = new ProjectStore().load(folder);
        assertFalse(again.hasErrors());
        return again.project();
    }

    private static String firstCode(Project project) {
        return project.getCodebooks().stream().flatMap(b -> b.getCodes().stream()).filter(c -> !c.getCodebook().isBuiltIn())
                .findFirst().map(org.sameboat.model.codebook.CodePaths::path).orElseThrow();
    }

    private Path sample() throws Exception {
        Path folder = temp.resolve("sample");
        assertEquals(0, cli.run("qdpx", "import", folder, qdpx(project("sample",
                "<Code guid=\"20000000-0000-0000-0000-000000000001\" name=\"C\" isCodable=\"true\"/>",
                coding("20000000-0000-0000-0000-000000000001")))), cli.err());
        return folder;
    }

    private void assertOneLineNaming(String what) {
        String err = cli.err().strip();
        assertFalse(err.contains("\n"), err);
        assertTrue(err.contains(what), err);
        assertFalse(err.chars().anyMatch(c -> c < 0x20 && c != '\t'), "no raw control character is echoed: " + err);
    }

    private static String project(String name, String codes, String coding) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Project xmlns="urn:QDA-XML:project:1.0" name="%s">
                 <Users><User guid="%s" name="Kim"/></Users>
                 <CodeBook><Codes>%s</Codes></CodeBook>
                 <Sources><TextSource guid="%s" name="t"><PlainTextContent>Hello there, group.</PlainTextContent>
                  <PlainTextSelection guid="50000000-0000-0000-0000-000000000001" startPosition="0" endPosition="5">%s</PlainTextSelection>
                 </TextSource></Sources>
                </Project>""".formatted(name, USER, codes, SOURCE, coding);
    }

    private static String coding(String code) {
        return "<Coding guid=\"60000000-0000-0000-0000-000000000001\" creatingUser=\"" + USER + "\"><CodeRef targetGUID=\"" + code
                + "\"/></Coding>";
    }

    private Path qdpx(String xml) throws Exception {
        return zip(temp.resolve("in-" + Integer.toHexString(xml.hashCode()) + ".qdpx"),
                Map.of("project.qde", xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Path zip(Path file, Map<String, byte[]> entries) throws Exception {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Text that compresses about as well as real transcripts do (far below the ratio limit). */
    private static byte[] text(int size, long seed) {
        java.util.Random random = new java.util.Random(seed);
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + random.nextInt(26));
        }
        return bytes;
    }
}
