package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.analysis.contingency.ContingencyTable;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.profile.Level;
import org.sameboat.analysis.profile.Profile;
import org.sameboat.analysis.profile.ProfileTable;
import org.sameboat.analysis.sequence.EventKind;
import org.sameboat.analysis.sequence.LagSequential;
import org.sameboat.analysis.sequence.LagTable;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.interop.export.HtmlReport;
import org.sameboat.model.Code;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Stage;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.edit.ProjectTemplate;

/** The report's profile and sequence sections: the engines' tables, coloured by residual, and nothing unescaped. */
class HtmlResidualSectionsTest {

    private static final Pattern ROW = Pattern.compile("<tr><td>([^<]*)</td>((?:<td class=\"r\"[^>]*>.*?</td>)+)</tr>");
    private static final Pattern CELL = Pattern.compile(
            "<td class=\"r\" style=\"background:(#[0-9a-f]{6});color:#[0-9a-f]{6}\" title=\"[^\"]*\"(?: data-residual=\"([^\"]*)\")?>(.*?)</td>");

    @TempDir
    Path temp;

    private record Cell(String background, double residual, String text) {
    }

    private record Row(String label, List<Cell> cells) {
    }

    /** The rows of the table that follows a section's heading. */
    private static List<Row> rows(String html, String heading) {
        int at = html.indexOf(heading);
        assertTrue(at >= 0, heading + " is a section");
        String table = html.substring(html.indexOf("<table", at));
        table = table.substring(0, table.indexOf("</table>"));
        List<Row> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            List<Cell> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.add(new Cell(cell.group(1), cell.group(2) == null ? Double.NaN : Double.parseDouble(cell.group(2)), cell.group(3)));
            }
            rows.add(new Row(unescape(row.group(1)), cells));
        }
        return rows;
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static int red(String hex) {
        return Integer.parseInt(hex.substring(1, 3), 16);
    }

    private static int blue(String hex) {
        return Integer.parseInt(hex.substring(5, 7), 16);
    }

    @Test
    void theProfileSectionIsTheEnginesProfileByStageOfTheCodesWithCodedTurns() throws Exception {
        Project project = SampleProject.create(temp.resolve("sample"));
        ProfileTable profile = Profile.compute(project, List.of(), Level.STAGE, Filter.none());
        ContingencyTable test = profile.test();

        List<Row> rows = rows(new HtmlReport(project).render(), "<h2 id=\"profile\">Profile by stage</h2>");

        List<Integer> coded = new ArrayList<>();
        for (int c = 0; c < profile.codes().size(); c++) {
            if (test.rowTotal(c) > 0) {
                coded.add(c);
            }
        }
        assertTrue(coded.size() > 3);
        assertEquals(coded.size(), rows.size());
        int red = 0;
        int blue = 0;
        for (int i = 0; i < rows.size(); i++) {
            int c = coded.get(i);
            assertEquals(profile.codes().get(c), rows.get(i).label());
            assertEquals(profile.levels().size(), rows.get(i).cells().size());
            for (int l = 0; l < profile.levels().size(); l++) {
                Cell cell = rows.get(i).cells().get(l);
                double z = test.adjustedResidual(c, l);
                assertEquals(z, cell.residual(), 1e-12);
                String numbers = String.format(Locale.ROOT, "%d \u00B7 %.1f", profile.count(c, l), profile.rate(c, l));
                assertEquals(test.flagged(c, l) ? "<b>" + numbers + " *</b>" : numbers, cell.text());
                if (z > 1) {
                    red++;
                    assertTrue(red(cell.background()) > blue(cell.background()) + 40, cell.toString());
                } else if (z < -1) {
                    blue++;
                    assertTrue(blue(cell.background()) > red(cell.background()) + 40, cell.toString());
                }
            }
        }
        assertTrue(red > 0 && blue > 0);
    }

    @Test
    void theSequenceSectionIsTheEnginesLagOneTableOfRoleAndCode() throws Exception {
        Project project = SampleProject.create(temp.resolve("sample"));
        LagTable table = LagSequential.compute(project, List.of(), EventKind.ROLE_CODE, 1, Filter.none());
        String html = new HtmlReport(project).render();

        List<Row> rows = rows(html, "<h2 id=\"sequences\">Sequences (lag 1, role+code)</h2>");

        assertTrue(table.events().size() > 3);
        assertEquals(table.events().size(), rows.size());
        for (int g = 0; g < rows.size(); g++) {
            assertEquals(table.events().get(g), rows.get(g).label());
            assertEquals(table.events().size(), rows.get(g).cells().size());
            for (int t = 0; t < rows.size(); t++) {
                assertEquals(table.adjustedResidual(g, t), rows.get(g).cells().get(t).residual(), 1e-12);
            }
        }
        assertTrue(html.contains(table.n() + " pairs of a turn"), "the section says how many pairs");
    }

    @Test
    void codeNamesAreEscapedInTheTablesAndTheirTitles() {
        Project project = ProjectTemplate.create("Escapes");
        Participant ana = TestProjects.participant(project, "Ana", SpeakerRole.WORKER);
        Participant ben = TestProjects.participant(project, "Ben", SpeakerRole.MEMBER);
        Document document = TestProjects.document(project, "session 1", TestProjects.TEXT);
        document.setStage(Stage.BEGINNING);
        document.getTurns().add(TestProjects.turn(ana, 5, 26, 0L));
        document.getTurns().add(TestProjects.turn(ben, 32, 57, 4_000L));
        Code code = CodePaths.find(project, "5").orElseThrow();
        String evil = "<script>\"x\" & 'y'</script>";
        code.setName(evil);
        Codings.add(document, code, Lookups.coderOrNew(project, "alex"), 5, 26, TestProjects.CLOCK);

        String html = new HtmlReport(project).render();

        assertFalse(html.contains("<script>"), "no raw markup from a code name");
        assertFalse(html.contains("\"x\""), "no raw quote that could end an attribute");
        String escaped = "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;";
        List<Row> profile = rows(html, "Profile by stage</h2>");
        assertEquals(1, profile.size());
        assertTrue(profile.get(0).label().endsWith(evil), profile.get(0).label());
        List<Row> sequences = rows(html, "Sequences (lag 1, role+code)</h2>");
        assertFalse(sequences.isEmpty());
        assertTrue(sequences.stream().anyMatch(r -> r.label().equals("worker: " + CodePaths.path(code))),
                sequences.stream().map(Row::label).toList().toString());
        assertTrue(html.contains("title=\"" + escapedPath(code) + ", beginning: expected"), "the cell's title escapes the name too");
        assertTrue(html.contains(escaped));
    }

    private static String escapedPath(Code code) {
        return CodePaths.path(code).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
