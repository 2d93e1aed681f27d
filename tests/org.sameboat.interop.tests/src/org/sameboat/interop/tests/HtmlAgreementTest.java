package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.cli.Cli;
import org.sameboat.cli.Console;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.interop.export.HtmlReport;
import org.sameboat.model.Code;
import org.sameboat.model.Coder;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.edit.ProjectTemplate;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The agreement table of the HTML report: the figures of {@code agree --unit turn}, or why there are none. */
class HtmlAgreementTest {

    /** A row of the agreement table: label, the full values of its three figures, the interval cell. */
    private static final Pattern ROW = Pattern.compile("<tr><td>([^<]*)</td>((?:<td class=\"n\"[^>]*>[^<]*</td>){3})"
            + "<td class=\"n\">([^<]*)</td></tr>");
    private static final Pattern VALUE = Pattern.compile("<td class=\"n\"(?: data-value=\"([^\"]*)\")?>");

    @TempDir
    Path temp;

    private record Row(String label, List<Double> values, String interval) {
    }

    private static List<Row> agreementRows(String html) {
        String table = html.substring(html.indexOf("<table class=\"agreement\">"));
        table = table.substring(0, table.indexOf("</table>"));
        List<Row> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            List<Double> values = new ArrayList<>();
            Matcher value = VALUE.matcher(row.group(2));
            while (value.find()) {
                values.add(value.group(1) == null ? Double.NaN : Double.parseDouble(value.group(1)));
            }
            rows.add(new Row(unescape(row.group(1)), values, row.group(3)));
        }
        return rows;
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int code = Cli.standard(console).run(args);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theReportOfTheSampleShowsTheFiguresOfAgreeUnitTurn() throws Exception {
        Path sample = temp.resolve("sample");
        SampleProject.create(sample);
        JsonObject json = JsonParser.parseString(run("agree", sample.toString(), "--unit", "turn", "--json")).getAsJsonObject();
        Path file = temp.resolve("report.html");
        run("export", sample.toString(), "--html", file.toString());
        String html = Files.readString(file);

        List<Row> rows = agreementRows(html);
        var expected = json.getAsJsonArray("rows");
        assertEquals(expected.size(), rows.size());
        assertTrue(rows.size() > 2, "every code the coders used, then the dynamic");
        for (int i = 0; i < rows.size(); i++) {
            JsonObject row = expected.get(i).getAsJsonObject();
            assertEquals(row.get("code").getAsString(), rows.get(i).label());
            var coefficients = row.getAsJsonArray("coefficients");
            for (int k = 0; k < 3; k++) {
                JsonElement value = coefficients.get(k).getAsJsonObject().get("value");
                double want = value.isJsonNull() ? Double.NaN : value.getAsDouble();
                assertEquals(want, rows.get(i).values().get(k), 0.0, rows.get(i).label() + " coefficient " + k);
            }
        }
        assertEquals("dynamic", rows.get(rows.size() - 1).label());
        assertTrue(html.contains("<th>Cohen&#39;s kappa</th>"), "two coders: Cohen's kappa, as agree reports");
        assertTrue(html.contains("Coders alex, sam; 6 document(s)"), html);
    }

    @Test
    void everyRowOfTheSampleHasABootstrapIntervalForAlpha() throws Exception {
        Project project = SampleProject.create(temp.resolve("sample"));
        for (Row row : agreementRows(new HtmlReport(project).render())) {
            Matcher interval = Pattern.compile("\\[(-?[0-9.]+), (-?[0-9.]+)\\]").matcher(row.interval());
            assertTrue(interval.matches(), row.label() + ": " + row.interval());
            double lower = Double.parseDouble(interval.group(1));
            double upper = Double.parseDouble(interval.group(2));
            assertTrue(-1 <= lower && lower <= upper && upper <= 1, row.label() + ": " + row.interval());
        }
    }

    @Test
    void aProjectWithOneCoderSaysWhyThereIsNoAgreementTable() {
        Project project = ProjectTemplate.create("Solo");
        Document document = TestProjects.document(project, "session 1", TestProjects.TEXT);
        Code code = CodePaths.find(project, "5").orElseThrow();
        Codings.add(document, code, Lookups.coderOrNew(project, "alex"), 0, 10, TestProjects.CLOCK);
        String html = new HtmlReport(project).render();
        assertTrue(html.contains("No agreement table: agreement compares at least two coders, and this project has 1."), html);
        assertFalse(html.contains("<table class=\"agreement\">"));
    }

    @Test
    void codersWhoNeverCodedTheSameDocumentGetNoAgreementTable() {
        Project project = ProjectTemplate.create("Apart");
        Document first = TestProjects.document(project, "session 1", TestProjects.TEXT);
        Document second = TestProjects.document(project, "session 2", TestProjects.TEXT + " ");
        Code code = CodePaths.find(project, "5").orElseThrow();
        Coder alex = Lookups.coderOrNew(project, "alex");
        Coder sam = Lookups.coderOrNew(project, "sam");
        Codings.add(first, code, alex, 0, 10, TestProjects.CLOCK);
        Codings.add(second, code, sam, 0, 10, TestProjects.CLOCK);
        String html = new HtmlReport(project).render();
        assertTrue(html.contains("No agreement table: no document was coded by every one of alex, sam"), html);
    }
}
