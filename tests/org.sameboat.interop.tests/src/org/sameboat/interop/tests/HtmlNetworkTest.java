package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
import org.sameboat.model.Project;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The report's "Who talks to whom": the figures of {@code network --json}, escaped. */
class HtmlNetworkTest {

    private static final Pattern DOCUMENT_ROW = Pattern.compile("<tr><td>([^<]*)</td><td class=\"n\">(\\d+)</td>"
            + "<td class=\"n\">(\\d+)</td><td class=\"n\"(?: data-value=\"([^\"]*)\")?>[^<]*</td>"
            + "<td class=\"n\"(?: data-value=\"([^\"]*)\")?>[^<]*</td><td>(yes)?</td></tr>");
    private static final Pattern EDGE_ROW = Pattern.compile("<tr><td>([^<]*)</td><td>([^<]*)</td><td class=\"n\">(\\d+)</td>"
            + "<td>([^<]*)</td></tr>");

    @TempDir
    Path temp;

    private static String table(String html, String cssClass) {
        String table = html.substring(html.indexOf("<table class=\"" + cssClass + "\">"));
        return table.substring(0, table.indexOf("</table>"));
    }

    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, Cli.standard(console).run(args), err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSamplesCaseworkIndexAndEdgesAreThoseOfNetworkJson() throws Exception {
        Path sample = temp.resolve("sample");
        Project project = SampleProject.create(sample);
        JsonObject json = JsonParser.parseString(run("network", sample.toString(), "--json")).getAsJsonObject();
        String html = new HtmlReport(project).render();
        assertTrue(html.contains("<h2>Who talks to whom</h2>"));

        List<JsonObject> documents = json.getAsJsonArray("documents").asList().stream().map(JsonElement::getAsJsonObject).toList();
        Matcher row = DOCUMENT_ROW.matcher(table(html, "casework"));
        int rows = 0;
        while (row.find()) {
            JsonObject d = documents.get(rows++);
            assertEquals(d.get("document").getAsString(), unescape(row.group(1)));
            assertEquals(d.get("turns").getAsLong(), Long.parseLong(row.group(2)));
            assertEquals(d.get("memberToMemberShare").getAsDouble(), Double.parseDouble(row.group(4)), 0.0);
            assertEquals(d.get("workerTurnShare").getAsDouble(), Double.parseDouble(row.group(5)), 0.0);
            assertEquals(d.get("caseworkInAGroup").getAsBoolean(), row.group(6) != null);
        }
        assertEquals(documents.size(), rows);

        List<String> expected = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("edges")) {
            JsonObject edge = e.getAsJsonObject();
            List<String> codings = new ArrayList<>();
            edge.getAsJsonObject("codings").entrySet().forEach(c -> codings.add(c.getKey() + " " + c.getValue().getAsLong()));
            expected.add(edge.get("from").getAsString() + ">" + edge.get("to").getAsString() + ":" + edge.get("turns").getAsLong()
                    + ":" + String.join(", ", codings));
        }
        List<String> read = new ArrayList<>();
        Matcher edge = EDGE_ROW.matcher(table(html, "edges"));
        while (edge.find()) {
            read.add(unescape(edge.group(1)) + ">" + unescape(edge.group(2)) + ":" + edge.group(3) + ":" + unescape(edge.group(4)));
        }
        assertEquals(expected, read);
        assertTrue(read.size() > 5, read.toString());
    }

    @Test
    void namesFromTheProjectAreEscaped() {
        Project project = TestProjects.small();
        project.getDocuments().get(0).setName("<b>session</b> & \"one\"");
        project.getParticipants().forEach(p -> p.setPseudonym("<script>alert('" + p.getPseudonym() + "')</script>"));
        String html = new HtmlReport(project).render();
        String section = html.substring(html.indexOf("<h2>Who talks to whom</h2>"));
        assertFalse(section.contains("<script>"), section);
        assertFalse(section.contains("<b>session"), section);
        assertTrue(section.contains("&lt;b&gt;session&lt;/b&gt; &amp; &quot;one&quot;"), section);
        assertTrue(section.contains("<td>&lt;script&gt;alert(&#39;Ben&#39;)&lt;/script&gt;</td>"), section);
    }
}
