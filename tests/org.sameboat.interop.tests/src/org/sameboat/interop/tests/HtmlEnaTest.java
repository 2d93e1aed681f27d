package org.sameboat.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.cli.Cli;
import org.sameboat.cli.Console;
import org.sameboat.corpus.sample.SampleProject;
import org.sameboat.interop.export.HtmlReport;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.edit.Codings;
import org.sameboat.model.edit.Lookups;
import org.sameboat.model.edit.ProjectTemplate;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The epistemic network section of the HTML report: the model of {@code sameboat ena}, or why there is none. */
class HtmlEnaTest {

    @TempDir
    Path temp;

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, Cli.standard(console).run(args), err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSampleReportComparesTheBeginningAndEndingStagesAsEnaDoes() throws Exception {
        Path sample = temp.resolve("sample");
        Project project = SampleProject.create(sample);
        // the report takes the 12 most used codes (ties in codebook order): the verb is given the same ones
        Map<Code, Long> uses = project.getDocuments().stream().flatMap(d -> d.getCodings().stream())
                .collect(Collectors.groupingBy(Coding::getCode, Collectors.counting()));
        List<Code> all = CodePaths.allCodes(project);
        List<Code> mostUsed = all.stream().filter(uses::containsKey).sorted(Comparator.comparing((Code c) -> -uses.get(c)))
                .limit(12).sorted(Comparator.comparingInt(all::indexOf)).toList();
        assertEquals(12, mostUsed.size(), "the sample uses more than 12 codes");
        String codes = String.join(",", mostUsed.stream().map(Code::getId).toList());
        JsonObject comparison = JsonParser.parseString(run("ena", sample.toString(), "--unit", "speaker", "--window", "4",
                "--codes", codes, "--groups", "stage:beginning,ending", "--json")).getAsJsonObject().getAsJsonObject("comparison");
        String html = new HtmlReport(project).render();
        String section = html.substring(html.indexOf("<h2>Epistemic networks by stage</h2>"));
        JsonObject welch = comparison.getAsJsonObject("welchT");
        assertTrue(section.contains(String.format(Locale.ROOT, "Welch's t = %.2f, df = %.1f", welch.get("t").getAsDouble(),
                welch.get("df").getAsDouble())), section);
        assertTrue(section.contains(String.format(Locale.ROOT, "Cohen's d = %.2f", comparison.get("cohensD").getAsDouble())));
        assertEquals(3, section.split("<svg ", -1).length - 1, "two mean networks and the difference with the points");
        assertTrue(section.contains("aria-label=\"beginning mean network\""), section);
        assertTrue(section.contains("<circle "), "the points");
    }

    @Test
    void aProjectWithoutTwoStagesSaysWhyThereIsNoComparison() {
        Project project = ProjectTemplate.create("Solo");
        Document document = TestProjects.document(project, "session 1", TestProjects.TEXT);
        Code code = CodePaths.find(project, "5").orElseThrow();
        Codings.add(document, code, Lookups.coderOrNew(project, "alex"), 0, 10, TestProjects.CLOCK);
        String html = new HtmlReport(project).render();
        assertTrue(html.contains("<p>No epistemic network comparison: it compares two group stages, and this project's"
                + " documents are in 0.</p>"), html);
    }
}
