package org.sameboat.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.cli.tests.ExerciseFixture.Replacement;
import org.sameboat.cli.tests.ExerciseFixture.TurnAt;
import org.sameboat.model.Coder;
import org.sameboat.model.Coding;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Collecting a class. Two students copy the expert's coding except on chosen turns (turns on which the expert's
 * dynamic is one coding's code), so the class's confusions can be worked out by hand: ana reads turn 1 as Y1, ben
 * reads turn 1 as Y1 and turn 2 as Y2; pooled, X1 -> Y1 happened twice and X2 -> Y2 once, and nothing else.
 */
class ExerciseClassTest {

    @TempDir
    Path temp;

    private final CommandLine cli = new CommandLine();

    @Test
    void collectingTwoStudentsMergesThemAndPoolsTheirConfusions() throws Exception {
        ExerciseFixture fixture = new ExerciseFixture(temp, cli);
        Path instructor = fixture.make("instructor");
        List<Coding> alex = fixture.sampleCodings("alex");
        List<TurnAt> clean = fixture.cleanExpertTurns(alex);
        TurnAt first = clean.get(0);
        String x1 = ExerciseFixture.codeOn(alex, first);
        String y1 = ExerciseFixture.otherDynamic(x1);
        TurnAt second = clean.stream().filter(t -> !ExerciseFixture.codeOn(alex, t).equals(x1)).findFirst().orElseThrow();
        String x2 = ExerciseFixture.codeOn(alex, second);
        String y2 = ExerciseFixture.otherDynamic(x2);

        Path ana = fixture.copy(instructor, "ana");
        fixture.code(ana, "ana", alex, List.of(new Replacement(first, y1)));
        Path ben = fixture.copy(instructor, "ben");
        fixture.code(ben, "ben", alex, List.of(new Replacement(first, y1), new Replacement(second, y2)));
        assertEquals(0, cli.run("exercise", "submit", ana.toString()), cli.err());
        assertEquals(0, cli.run("exercise", "submit", ben.toString()), cli.err());

        String before = Files.readString(instructor.resolve("project.sameboat"));
        Path unsubmitted = fixture.copy(instructor, "cy");
        assertEquals(1, cli.run("exercise", "collect", instructor.toString(), ana.toString(), unsubmitted.toString()));
        assertTrue(cli.err().contains("has not been handed in") && cli.err().lines().count() == 1, cli.err());
        assertEquals(before, Files.readString(instructor.resolve("project.sameboat")), "a refused collection changes nothing");

        assertEquals(0, cli.run("exercise", "collect", instructor.toString(), ana.toString(), ben.toString(), "--json"), cli.err());
        JsonObject report = JsonParser.parseString(cli.out()).getAsJsonObject();
        JsonArray students = report.getAsJsonArray("students");
        assertEquals("ana", students.get(0).getAsJsonObject().get("student").getAsString());
        assertEquals(1, students.get(0).getAsJsonObject().getAsJsonArray("disagreements").size());
        assertEquals(2, students.get(1).getAsJsonObject().getAsJsonArray("disagreements").size());

        JsonArray confusions = report.getAsJsonArray("confusions");
        String label1 = label(x1);
        String label2 = label(x2);
        assertEquals(2, confusions.size(), confusions.toString());
        assertConfusion(confusions.get(0).getAsJsonObject(), label1, label(y1), 2);
        assertConfusion(confusions.get(1).getAsJsonObject(), label2, label(y2), 1);

        long units = students.get(0).getAsJsonObject().get("units").getAsLong() + students.get(1).getAsJsonObject().get("units").getAsLong();
        long total = 0;
        long diagonal = 0;
        JsonArray pooled = report.getAsJsonArray("pooled");
        for (int r = 0; r < pooled.size(); r++) {
            for (int c = 0; c < pooled.size(); c++) {
                long cell = pooled.get(r).getAsJsonArray().get(c).getAsLong();
                total += cell;
                diagonal += r == c ? cell : 0;
            }
        }
        assertEquals(units, total, "every turn of every student is in the pooled matrix once");
        assertEquals(units - 3, diagonal);

        List<String> coders = fixture.load(instructor).getCoders().stream().map(Coder::getName).toList();
        assertTrue(coders.containsAll(List.of("ana", "ben", "alex")) && coders.size() == 3, coders.toString());
        assertEquals(0, cli.run("exercise", "collect", instructor.toString(), ana.toString(), ben.toString()), cli.err());
        assertTrue(cli.out().contains(label1 + " -> " + label(y1) + ": 2"), cli.out());
    }

    /** The code's label in reports: its path, as the codebook gives it. */
    private String label(String path) throws Exception {
        return org.sameboat.model.codebook.CodePaths.path(org.sameboat.model.codebook.CodePaths.find(
                new ExerciseFixture(temp, cli).load(temp.resolve("instructor")), path).orElseThrow());
    }

    private static void assertConfusion(JsonObject confusion, String expert, String student, long turns) {
        assertEquals(expert, confusion.get("expert").getAsString());
        assertEquals(student, confusion.get("student").getAsString());
        assertEquals(turns, confusion.get("turns").getAsLong());
    }
}
