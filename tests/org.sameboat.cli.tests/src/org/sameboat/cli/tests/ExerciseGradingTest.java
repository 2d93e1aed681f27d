package org.sameboat.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.cli.tests.ExerciseFixture.Replacement;
import org.sameboat.cli.tests.ExerciseFixture.TurnAt;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.codebook.MutualAidDynamics;
import org.sameboat.model.codebook.WorkerSkills;
import org.sameboat.model.store.ProjectStore;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Grading: the same figures as 'agree' on the same turns and coders, and each miss explained in the codebook's words. */
class ExerciseGradingTest {

    @TempDir
    Path temp;

    private final CommandLine cli = new CommandLine();

    private JsonObject json() {
        return JsonParser.parseString(cli.out()).getAsJsonObject();
    }

    @Test
    void theGradeIsWhatAgreeSaysOnTheSameTurnsAndCoders() throws Exception {
        gradeEqualsAgree("dynamics", MutualAidDynamics.CODEBOOK_NAME, "member");
    }

    @Test
    void theGradeOfTheSkillsVariantIsWhatAgreeSaysOnTheWorkersTurns() throws Exception {
        gradeEqualsAgree("skills", WorkerSkills.CODEBOOK_NAME, "worker");
    }

    private void gradeEqualsAgree(String variant, String codebook, String role) throws Exception {
        ExerciseFixture fixture = new ExerciseFixture(temp, cli);
        Path exercise = fixture.make("exercise", "--variant", variant);
        fixture.code(exercise, "sam", fixture.sampleCodings("sam", codebook), List.of());
        assertEquals(0, cli.run("exercise", "submit", exercise.toString()), cli.err());
        assertEquals(0, cli.run("exercise", "grade", exercise.toString(), "--json"), cli.err());
        JsonObject grade = json();
        assertEquals(role, grade.get("turns").getAsString());
        assertTrue(grade.getAsJsonArray("disagreements").size() > 0, "sam and alex disagree somewhere in session 4");
        assertEquals(0, cli.run("agree", exercise.toString(), "--unit", "turn", "--coders", "alex,sam", "--role", role, "--json"), cli.err());
        JsonObject agree = json();
        assertEquals(agree.get("units").getAsInt(), grade.get("units").getAsInt());
        Map<String, JsonObject> agreeRows = new HashMap<>();
        for (JsonElement row : agree.getAsJsonArray("rows")) {
            agreeRows.put(row.getAsJsonObject().get("code").getAsString(), row.getAsJsonObject());
        }
        JsonArray codes = grade.getAsJsonArray("codes");
        assertEquals(agreeRows.size() - 1, codes.size(), "one row per code besides the overall one");
        for (JsonElement row : codes) {
            String code = row.getAsJsonObject().get("code").getAsString();
            assertEquals(kappa(agreeRows.get(code)), row.getAsJsonObject().get("kappa").getAsDouble(), 0.0, code);
        }
        assertEquals(kappa(agreeRows.get("dynamic")), grade.getAsJsonObject("overall").get("kappa").getAsDouble(), 0.0);
        assertEquals(0, cli.run("agree", exercise.toString(), "--unit", "turn", "--coders", "alex,sam", "--role", role, "--disagreements",
                "--json"), cli.err());
        assertEquals(JsonParser.parseString(cli.out()).getAsJsonArray().size(), grade.getAsJsonArray("disagreements").size());
    }

    private static double kappa(JsonObject agreeRow) {
        for (JsonElement c : agreeRow.getAsJsonArray("coefficients")) {
            if (c.getAsJsonObject().get("measure").getAsString().toLowerCase().contains("kappa")) {
                return c.getAsJsonObject().get("value").getAsDouble();
            }
        }
        throw new AssertionError("no kappa in " + agreeRow);
    }

    @Test
    void aMissIsExplainedWithBothCodesRulesAndTheExpertsMemo() throws Exception {
        ExerciseFixture fixture = new ExerciseFixture(temp, cli);
        List<Coding> alex = fixture.sampleCodings("alex");
        TurnAt turn = fixture.cleanExpertTurns(alex).get(0);
        // the expert's memo on that coding, written before the exercise is made
        ProjectStore store = new ProjectStore();
        Project sample = fixture.load(fixture.sample());
        Coding expertCoding = ExerciseFixture.session4(sample).getCodings().stream()
                .filter(c -> c.getCoder().getName().equals("alex") && c.getStart() >= turn.start() && c.getEnd() <= turn.end()
                        && alex.stream().anyMatch(a -> a.getId().equals(c.getId())))
                .findFirst().orElseThrow();
        expertCoding.setMemo("She speaks to <Marta>, not to the worker & the group's \"rules\"");
        store.save(sample, fixture.sample());
        Path exercise = fixture.make("exercise");
        String expertPath = ExerciseFixture.codeOn(alex, turn);
        Project project = fixture.load(exercise);
        Code expertCode = CodePaths.find(project, expertPath).orElseThrow();
        Code studentCode = CodePaths.find(project, ExerciseFixture.otherDynamic(expertPath)).orElseThrow();
        fixture.code(exercise, "ana", List.of(), List.of(new Replacement(turn, CodePaths.path(studentCode))));
        assertEquals(0, cli.run("exercise", "submit", exercise.toString(), "--coder", "ana"), cli.err());
        assertEquals(0, cli.run("exercise", "grade", exercise.toString(), "--json"), cli.err());
        JsonObject miss = null;
        for (JsonElement m : json().getAsJsonArray("disagreements")) {
            if (m.getAsJsonObject().get("turn").getAsInt() == turn.index() + 1) {
                miss = m.getAsJsonObject();
            }
        }
        assertTrue(miss != null, "the turn is a miss");
        assertEquals(expertPath, miss.get("expertCode").getAsString());
        assertEquals(CodePaths.path(studentCode), miss.get("studentCode").getAsString());
        assertGuidance(expertCode, miss.getAsJsonObject("expertGuidance"));
        assertGuidance(studentCode, miss.getAsJsonObject("studentGuidance"));
        assertEquals(expertCoding.getMemo(), miss.get("expertMemo").getAsString());

        Path html = temp.resolve("feedback.html");
        assertEquals(0, cli.run("exercise", "grade", exercise.toString(), "--html", html.toString()), cli.err());
        String page = Files.readString(html);
        assertTrue(page.contains("She speaks to &lt;Marta&gt;, not to the worker &amp; the group&#39;s &quot;rules&quot;"), "the memo, escaped");
        assertFalse(page.contains("<Marta>"));
        assertFalse(page.contains("<script") || page.contains("src=") || page.contains("href="), "the page stands alone");
        assertTrue(page.contains(esc(expertCode.getExclusion())) && page.contains(esc(studentCode.getInclusion())), "both codes' rules");

        assertEquals(0, cli.run("exercise", "grade", exercise.toString()), cli.err());
        assertTrue(cli.out().contains("exclude: " + expertCode.getExclusion()), cli.out());
    }

    private static void assertGuidance(Code code, JsonObject guidance) {
        assertEquals(CodePaths.path(code), guidance.get("code").getAsString());
        assertEquals(code.getDefinition(), guidance.get("definition").getAsString());
        assertEquals(code.getInclusion(), guidance.get("include").getAsString());
        assertEquals(code.getExclusion(), guidance.get("exclude").getAsString());
        assertFalse(code.getInclusion().isBlank() || code.getExclusion().isBlank(), "the built-in dynamics carry both rules");
        JsonArray indicators = guidance.getAsJsonArray("indicators");
        assertEquals(code.getIndicators().size(), indicators.size());
        for (int i = 0; i < indicators.size(); i++) {
            assertEquals(code.getIndicators().get(i), indicators.get(i).getAsString());
        }
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    @Test
    void examplesAreKeptAsMemosAndMarkedByTheInstructor() throws Exception {
        ExerciseFixture fixture = new ExerciseFixture(temp, cli);
        Path exercise = temp.resolve("examples");
        assertEquals(0, cli.run("exercise", "make", fixture.sample().toString(), "--variant", "examples", "--out", exercise.toString()), cli.err());
        String dir = exercise.toString();
        assertEquals(0, cli.run("exercise", "example", dir, "--coder", "ana", "--code", "Mutual support", "--text",
                "In my parents' group one father sat with another after the session."), cli.err());
        String memo = cli.out().substring(cli.out().lastIndexOf(' ') + 1).strip();
        assertEquals(1, cli.run("exercise", "review", dir, memo, "--accept"));
        assertTrue(cli.err().contains("not been handed in"), cli.err());
        assertEquals(0, cli.run("exercise", "submit", dir, "--coder", "ana"), cli.err());
        assertEquals(1, cli.run("exercise", "example", dir, "--coder", "ana", "--code", "Rehearsal", "--text", "late"));
        assertEquals(0, cli.run("exercise", "review", dir, memo, "--revise", "--comment", "Say what the others did, not what you felt."), cli.err());
        assertEquals(0, cli.run("exercise", "grade", dir, "--json"), cli.err());
        JsonObject example = json().getAsJsonArray("examples").get(0).getAsJsonObject();
        assertEquals("revise", example.get("verdict").getAsString());
        assertEquals("Say what the others did, not what you felt.", example.get("comment").getAsString());
        assertEquals(0, cli.run("exercise", "review", dir, memo, "--accept"), cli.err());
        assertEquals(0, cli.run("exercise", "grade", dir, "--json"), cli.err());
        assertEquals("accepted", json().getAsJsonArray("examples").get(0).getAsJsonObject().get("verdict").getAsString());
        assertEquals(0, cli.run("info", dir), cli.err());
    }

    @Test
    void aRunOfTurnsBecomesADocumentOfItsOwnWithTheExpertsCodingsCutToIt() throws Exception {
        ExerciseFixture fixture = new ExerciseFixture(temp, cli);
        Project sample = fixture.load(fixture.sample());
        org.sameboat.model.Document whole = ExerciseFixture.session4(sample);
        int first = 5;
        int last = 12;
        int from = whole.getTurns().get(first - 1).getStart();
        int to = whole.getTurns().get(last - 1).getEnd();
        Path turns = temp.resolve("turns.txt");
        Files.writeString(turns, "# the excerpt of the exercise\n" + whole.getName() + " " + first + "-" + last + "\n");
        Path exercise = temp.resolve("excerpt");
        assertEquals(0, cli.run("exercise", "make", fixture.sample().toString(), "--gold", "alex", "--turns", turns.toString(), "--out",
                exercise.toString()), cli.err());
        Project project = fixture.load(exercise);
        assertEquals(1, project.getDocuments().size());
        org.sameboat.model.Document excerpt = project.getDocuments().get(0);
        assertEquals(last - first + 1, excerpt.getTurns().size());
        assertEquals(org.sameboat.model.text.DocumentText.of(whole.getText()).slice(from, to), excerpt.getText());
        assertEquals(0, excerpt.getTurns().get(0).getStart());
        List<Coding> expected = fixture.sampleCodings("alex").stream().filter(c -> c.getStart() < to && c.getEnd() > from).toList();
        var key = new org.sameboat.interop.exercise.ExerciseFolder(exercise).key().codings();
        assertEquals(expected.size(), key.size());
        for (Coding c : expected) {
            int start = Math.max(c.getStart(), from) - from;
            int end = Math.min(c.getEnd(), to) - from;
            assertTrue(key.stream().anyMatch(k -> k.start() == start && k.end() == end && k.document().equals(excerpt.getId())),
                    "alex's coding " + c.getStart() + "-" + c.getEnd() + " cut to the excerpt");
        }
        Files.writeString(turns, whole.getName() + " 12-5\n");
        assertEquals(2, cli.run("exercise", "make", fixture.sample().toString(), "--gold", "alex", "--turns", turns.toString(), "--out",
                temp.resolve("bad").toString()));
        assertTrue(cli.err().contains("line 1") && cli.err().lines().count() == 1, cli.err());
        assertFalse(Files.exists(temp.resolve("bad").resolve("project.sameboat")));
    }
}
