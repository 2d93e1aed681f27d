package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.model.Project;
import org.sameboat.model.store.ProjectLock;
import org.sameboat.model.store.ProjectStore;

/** The interop verbs end to end, as a user runs them: exit codes, one-line errors, files on disk. */
class CommandLineTest {

    @TempDir
    Path temp;

    private final CommandLine cli = new CommandLine();



    private static final String[] HEADER = {"coding", "document", "coder", "code", "start", "end", "text", "decision"};

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (var reader = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private Path sample() throws Exception {
        Path folder = temp.resolve("sample");
        SampleProject.create(folder);
        return folder;
    }

    /**
     * Every file of a folder with its bytes, to show that a failed command changed nothing; the write lock's file
     * is left out: a writer makes it on its first try, and it holds no data.
     */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(ProjectLock.FILE)).toList()) {
                files.put(folder.relativize(file).toString(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    @Test
    void exportThenImportIntoANewFolderGivesTheSameProject() throws Exception {
        Path sample = sample();
        Path qdpx = temp.resolve("sample.qdpx");
        assertEquals(0, cli.run("qdpx", "export", sample, qdpx), cli.err());
        assertEquals(0, cli.run("qdpx", "import", temp.resolve("copy"), qdpx), cli.err());
        assertTrue(cli.out().startsWith("created "), cli.out());
        Project original = new ProjectStore().load(sample).project();
        assertEquals(TestProjects.facts(original), TestProjects.facts(new ProjectStore().load(temp.resolve("copy")).project()));
    }

    @Test
    void hostileImportIntoAnOpenProjectFailsInOneLineAndLeavesItUntouched() throws Exception {
        Path sample = sample();
        Map<String, String> before = snapshot(sample);
        Path evil = RefiFiles.zip(temp.resolve("evil.qdpx"), Map.of("project.qde", RefiFiles.utf8("<Project name=\"x\">"),
                "../../outside.txt", RefiFiles.utf8("x")));
        assertEquals(1, cli.run("qdpx", "import", sample, evil));
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
        assertTrue(cli.err().contains("points outside the archive") && cli.err().contains("nothing was changed"), cli.err());
        assertEquals(before, snapshot(sample));
    }

    @Test
    void mergeWithOneBadSourceMergesNoneOfThem() throws Exception {
        Path sample = sample();
        Map<String, String> before = snapshot(sample);
        Path broken = RefiFiles.zip(temp.resolve("broken.qdpx"), Map.of("project.qde", RefiFiles.utf8("<Project name=")));
        assertEquals(1, cli.run("merge", sample, ToolExports.atlasLike(temp), broken));
        assertTrue(cli.err().contains("not well-formed XML") && cli.err().contains("nothing was merged"), cli.err());
        assertEquals(before, snapshot(sample));
    }

    @Test
    void importingIntoAFolderThatIsNoProjectAndNotEmptyIsRefused() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("busy"));
        Files.writeString(folder.resolve("notes.txt"), "mine");
        assertEquals(2, cli.run("qdpx", "import", folder, ToolExports.atlasLike(temp)));
        assertEquals(List.of("notes.txt"), Files.list(folder).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void mergeOfAnAtlasShapedExportIntoTheSampleAddsItsCodebookAndReports() throws Exception {
        Path sample = sample();
        int before = codeCount(sample);
        assertEquals(0, cli.run("merge", sample, ToolExports.atlasLike(temp)), cli.err());
        assertTrue(cli.out().contains("added: code 'Stages of the group/Beginnings'"), cli.out());
        assertTrue(cli.out().contains("added: coder 'Ines Moreau'"), cli.out());
        assertEquals(before + 3, codeCount(sample), "the fixture's three codes");
    }

    private static int codeCount(Path project) throws Exception {
        return new ProjectStore().load(project).project().getCodebooks().stream().mapToInt(b -> org.sameboat.model.codebook.CodePaths
                .allCodes(b).size()).sum();
    }

    @Test
    void adjudicationWritesASheetAndAppliesItWhenFilledIn() throws Exception {
        Path sample = sample();
        Path sheet = temp.resolve("sheet.csv");
        assertEquals(0, cli.run("adjudicate", sample, "--coders", "alex,sam", "--into", "consensus", "--sheet", sheet), cli.err());
        int agreed = SampleFiles.agreed("alex", "sam");
        int disagreements = SampleFiles.disagreements("alex", "sam");
        assertTrue(agreed > 0 && disagreements > 0, agreed + " " + disagreements);
        assertTrue(cli.err().contains(agreed + " agreed coding(s) added"), cli.err());
        List<CSVRecord> rows = records(sheet);
        assertEquals(disagreements, rows.size());
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(sheet), CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (CSVRecord row : rows) {
                List<String> values = new java.util.ArrayList<>(row.toList());
                values.set(values.size() - 1, "keep");
                printer.printRecord(values);
            }
        }
        assertEquals(0, cli.run("adjudicate", sample, "--coders", "alex,sam", "--into", "consensus", "--decisions", sheet), cli.err());
        assertTrue(cli.err().contains(disagreements + " kept") && cli.err().contains("0 disagreement(s) open"), cli.err());
        assertEquals("", cli.out());
    }

    @Test
    void aBadDecisionSheetChangesNothing() throws Exception {
        Path sample = sample();
        Path sheet = temp.resolve("sheet.csv");
        cli.run("adjudicate", sample, "--coders", "alex,sam", "--into", "consensus", "--sheet", sheet);
        Map<String, String> before = snapshot(sample);
        CSVRecord first = records(sheet).get(0);
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(sheet), CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            List<String> values = new java.util.ArrayList<>(first.toList());
            values.set(values.size() - 1, "perhaps");
            printer.printRecord(values);
        }
        assertEquals(1, cli.run("adjudicate", sample, "--coders", "alex,sam", "--into", "consensus", "--decisions", sheet));
        assertTrue(cli.err().contains("line 2") && cli.err().contains("nothing was changed"), cli.err());
        assertEquals(before, snapshot(sample));
    }

    @Test
    void pseudonymisedExportsCarryNoSpeakerName() throws Exception {
        Path sample = sample();
        List<String> names = new ProjectStore().load(sample).project().getParticipants().stream().map(p -> p.getPseudonym()).toList();
        Path csv = temp.resolve("codings.csv");
        Path html = temp.resolve("report.html");
        Path qdpx = temp.resolve("shared.qdpx");
        assertEquals(0, cli.run("export", sample, "--csv", csv, "--pseudonymise"), cli.err());
        assertEquals(0, cli.run("export", sample, "--html", html, "--pseudonymise"), cli.err());
        assertEquals(0, cli.run("qdpx", "export", sample, qdpx, "--pseudonymise"), cli.err());
        assertEquals(0, cli.run("qdpx", "import", temp.resolve("shared"), qdpx), cli.err());
        Path qdc = temp.resolve("shared.qdc");
        assertEquals(0, cli.run("qdc", "export", sample, qdc, "--pseudonymise"), cli.err());
        String all = Files.readString(csv) + Files.readString(html) + Files.readString(qdc)
                + TestProjects.facts(new ProjectStore().load(temp.resolve("shared")).project());
        for (String name : names) {
            assertFalse(all.matches("(?s).*\\b" + java.util.regex.Pattern.quote(name) + "\\b.*"), name + " is still in an export");
        }
        assertEquals(SampleFiles.codings().size(), records(csv).size(), "one row per row of the sample's codings.csv");
    }

    @Test
    void codebookExportAndUsageErrors() throws Exception {
        Path sample = sample();
        assertEquals(0, cli.run("qdc", "export", sample, temp.resolve("codes.qdc")), cli.err());
        RefiFiles.validate(temp.resolve("codes.qdc"));
        assertEquals(2, cli.run("export", sample, "--csv", "a.csv", "--html", "b.html"));
        assertEquals(2, cli.run("qdpx", "fetch", sample, "x.qdpx"));
        assertEquals(2, cli.run("adjudicate", sample, "--coders", "alex", "--into", "c"));
    }
}
