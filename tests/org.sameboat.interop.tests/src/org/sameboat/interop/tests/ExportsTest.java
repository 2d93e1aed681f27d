package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.interop.export.CodingTable;
import org.sameboat.interop.export.HtmlReport;
import org.sameboat.interop.export.Pseudonymiser;
import org.sameboat.interop.refi.QdpxReader;
import org.sameboat.interop.refi.QdpxWriter;
import org.sameboat.model.Code;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.text.DocumentText;
import org.sameboat.model.validation.ProjectValidator;

/** CSV and HTML exports, and pseudonymised copies for sharing. */
class ExportsTest {

    @TempDir
    Path temp;

    private static List<CSVRecord> csv(Project project) throws Exception {
        StringBuilder out = new StringBuilder();
        new CodingTable(project).write(out);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(out.toString())).getRecords();
    }

    @Test
    void csvHasOneRowPerCodingWithSpeakerTurnAndText() throws Exception {
        List<CSVRecord> rows = csv(TestProjects.small());
        assertEquals(4, rows.size());
        CSVRecord emoji = rows.stream().filter(r -> r.get("code").equals("Feelings/Loneliness")).findFirst().orElseThrow();
        assertEquals("session 1", emoji.get("document"));
        assertEquals("1", emoji.get("session"));
        assertEquals("beginning", emoji.get("stage"));
        assertEquals("Ben", emoji.get("speaker"));
        assertEquals("member", emoji.get("role"));
        assertEquals("2", emoji.get("turn"));
        assertEquals("alex", emoji.get("coder"));
        assertEquals("too \uD83D\uDE42", emoji.get("text"));
        assertEquals("isolation theme", rows.get(0).get("memo"));
    }

    @Test
    void pseudonymsAreStableByRoleAndFirstAppearance() {
        Project project = TestProjects.small();
        Map<String, String> names = new Pseudonymiser(project).pseudonyms();
        assertEquals(List.of("Worker 1", "Member 1"), List.copyOf(names.values()));
        assertEquals(names, new Pseudonymiser(project).pseudonyms(), "the same project always gives the same pseudonyms");
    }

    @Test
    void pseudonymisedCopyReplacesNamesInTextAndMovesRangesWithTheWords() throws Exception {
        Project project = TestProjects.small();
        Project copy = new Pseudonymiser(project).copy();
        Document document = copy.getDocuments().get(0);
        assertEquals("Worker 1: I felt alone with it.\nMember 1: Me too \uD83D\uDE42 every week, Worker 1.\n", document.getText());
        assertEquals(TestProjects.TEXT, project.getDocuments().get(0).getText(), "the original is untouched");
        DocumentText text = DocumentText.of(document.getText());
        List<String> before = project.getDocuments().get(0).getCodings().stream()
                .map(c -> DocumentText.of(project.getDocuments().get(0).getText()).slice(c.getStart(), c.getEnd())).toList();
        List<String> after = document.getCodings().stream().map(c -> text.slice(c.getStart(), c.getEnd())).toList();
        assertEquals(before.stream().map(s -> s.replace("Ana", "Worker 1")).toList(), after);
        assertEquals("Me too \uD83D\uDE42 every week, Worker 1.", text.slice(document.getTurns().get(1).getStart(), document.getTurns().get(1).getEnd()));
        assertTrue(ProjectValidator.validate(copy).stream().noneMatch(p -> p.isError()));
        List<CSVRecord> rows = csv(copy);
        assertTrue(rows.stream().noneMatch(r -> r.toString().contains("Ana") || r.toString().contains("Ben")));
        Path qdpx = temp.resolve("shared.qdpx");
        new QdpxWriter().write(copy, qdpx);
        RefiFiles.validate(qdpx);
        Project back = new QdpxReader().read(qdpx).project();
        assertFalse(TestProjects.facts(back).toString().contains("Ana"));
        assertEquals("Member 1", back.getParticipants().get(1).getPseudonym());
    }

    @Test
    void htmlReportIsSelfContainedAndCountsCooccurrenceByOverlap() throws Exception {
        Project project = TestProjects.small();
        HtmlReport report = new HtmlReport(project);
        Code loneliness = CodePaths.find(project, "Loneliness").orElseThrow();
        Code sameBoat = CodePaths.find(project, "All in the same boat").orElseThrow();
        Code support = CodePaths.find(project, "5").orElseThrow();
        Map<Code, Map<Code, Integer>> counts = report.cooccurrence();
        assertEquals(1, counts.get(loneliness).get(sameBoat), "35-40 lies inside sam's 32-57");
        assertEquals(1, counts.get(loneliness).get(support), "the same range 35-40");
        assertEquals(2, counts.get(sameBoat).values().stream().mapToInt(Integer::intValue).sum());
        Path file = temp.resolve("report.html");
        report.write(file);
        String html = Files.readString(file);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<svg") && html.contains("Feelings/Loneliness × All in the same boat: 1"));
        assertFalse(html.contains("<script") || html.contains("src=") || html.contains("href="), "nothing outside the file");
        assertTrue(html.contains("Emotions named by members"), "definitions are shown");
        String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        assertEquals("svg", factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(RefiFiles.utf8(svg)))
                .getDocumentElement().getNodeName(), "the heatmap is well-formed SVG");
    }

    @Test
    void htmlReportOfTheSampleProjectListsEverySessionAndCoder() throws Exception {
        Project sample = SampleProject.create(temp.resolve("sample"));
        String html = new HtmlReport(sample).render();
        for (Document document : sample.getDocuments()) {
            assertTrue(html.contains(HtmlReportEscapes.esc(document.getName())), document.getName());
        }
        sample.getCoders().forEach(c -> assertTrue(html.contains("<th>" + c.getName() + "</th>")));
    }

    /** The report escapes names the way HTML needs; the sample's names hold apostrophes. */
    static final class HtmlReportEscapes {
        static String esc(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
        }
    }
}
