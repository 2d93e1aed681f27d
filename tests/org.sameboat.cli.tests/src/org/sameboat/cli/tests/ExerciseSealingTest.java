package org.sameboat.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.interop.exercise.ExerciseFolder;
import org.sameboat.interop.exercise.SealedKey;

/**
 * Until the student hands the exercise in, the expert's codings are not in its project at all, so nothing the
 * command line offers on the exercise folder (listing, search, agreement, analyses, exports) can reach them.
 */
class ExerciseSealingTest {

    @TempDir
    Path temp;

    private final CommandLine cli = new CommandLine();
    private ExerciseFixture fixture;
    private Path exercise;
    private List<String> goldIds;

    @BeforeEach
    void makeAnExerciseAndCodeItAsSam() throws Exception {
        fixture = new ExerciseFixture(temp, cli);
        exercise = fixture.make("exercise");
        fixture.code(exercise, "sam", fixture.sampleCodings("sam"), List.of());
        goldIds = new ExerciseFolder(exercise).key().codings().stream().map(SealedKey.GoldCoding::id).toList();
        assertFalse(goldIds.isEmpty(), "the key holds alex's codings");
    }

    private void assertSealed(String where, String text) {
        assertFalse(text.contains(ExerciseFixture.EXPERT), where + " names the expert: " + text);
        for (String id : goldIds) {
            assertFalse(text.contains(id), where + " holds the expert's coding " + id);
        }
    }

    private void assertRunSealed(String... args) {
        assertEquals(0, cli.run(args), cli.err());
        assertSealed(String.join(" ", args), cli.out() + cli.err());
    }

    @Test
    void theProjectFileHoldsNeitherTheExpertNorHisCodings() throws IOException {
        assertSealed("project.sameboat", Files.readString(exercise.resolve("project.sameboat")));
        String key = Files.readString(exercise.resolve(ExerciseFolder.KEY_FILE));
        assertTrue(key.lines().limit(2).anyMatch(l -> l.contains("sealed, not secret")), key);
        assertSealed("the key as text", key);
    }

    @Test
    void noListingSearchOrAnalysisOfTheExerciseReachesTheExpert() {
        String dir = exercise.toString();
        assertRunSealed("info", dir);
        assertRunSealed("codings", dir, "--csv");
        assertRunSealed("codebook", dir, "--json");
        assertEquals(0, cli.run("search", dir, "coder:alex", "--excerpts", "--json"), cli.err());
        assertEquals(0, com.google.gson.JsonParser.parseString(cli.out()).getAsJsonObject().get("total").getAsInt(), cli.out());
        assertRunSealed("search", dir, "coder:sam", "--excerpts", "--json");
        assertRunSealed("search", dir, "code:\"Sharing data\"", "--excerpts", "--json");
        assertRunSealed("cooccur", dir, "--mode", "turn", "--measure", "count", "--json");
        assertRunSealed("transitions", dir, "--csv");
        assertRunSealed("profile", dir, "--by", "speaker", "--json");
        assertRunSealed("network", dir, "--json");
        assertNotEquals(0, cli.run("agree", dir, "--unit", "turn", "--coders", "alex,sam"));
        assertTrue(cli.err().contains("no coder 'alex'"), cli.err());
        assertNotEquals(0, cli.run("exercise", "grade", dir));
        assertTrue(cli.err().contains("has not been handed in"), cli.err());
    }

    @Test
    void noExportOfTheExerciseHoldsTheExpertsCodings() throws IOException {
        String dir = exercise.toString();
        Path csv = temp.resolve("codings.csv");
        Path html = temp.resolve("report.html");
        Path ena = temp.resolve("ena.csv");
        Path qdpx = temp.resolve("exercise.qdpx");
        assertRunSealed("export", dir, "--csv", csv.toString());
        assertRunSealed("export", dir, "--html", html.toString());
        assertRunSealed("export", dir, "--ena", ena.toString());
        assertRunSealed("qdpx", "export", dir, qdpx.toString());
        assertSealed("the CSV export", Files.readString(csv));
        assertSealed("the HTML export", Files.readString(html));
        assertSealed("the ENA export", Files.readString(ena));
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(qdpx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertSealed("the QDPX entry " + entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void handingInUnsealsTheExpertsCodingsBesideTheStudentsOnce() throws IOException {
        String dir = exercise.toString();
        assertEquals(0, cli.run("exercise", "submit", dir, "--coder", "sam"), cli.err());
        String model = Files.readString(exercise.resolve("project.sameboat"));
        goldIds.forEach(id -> assertTrue(model.contains(id), id));
        assertEquals(0, cli.run("codings", dir, "--csv"), cli.err());
        assertTrue(cli.out().contains(ExerciseFixture.EXPERT), cli.out());
        assertTrue(Files.readString(exercise.resolve(ExerciseFolder.INFO_FILE)).contains("\"coder\": \"sam\""));
        assertEquals(1, cli.run("exercise", "submit", dir, "--coder", "sam"));
        assertTrue(cli.err().contains("handed in by sam"), cli.err());
        assertEquals(model, Files.readString(exercise.resolve("project.sameboat")), "a second submission changes nothing");
    }

    @Test
    void aKeyChangedByHandIsRefusedAndTheExerciseStaysSealed() throws IOException {
        // the payload decoded, one coding moved, and sealed again under the old checksum, as a hand edit would
        Path key = exercise.resolve(ExerciseFolder.KEY_FILE);
        List<String> lines = Files.readAllLines(key);
        byte[] zipped = Base64.getMimeDecoder().decode(String.join("\n", lines.subList(3, lines.size())));
        String json;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String edited = json.replaceFirst("\"start\":(\\d+)", "\"start\":1$1");
        assertNotEquals(json, edited);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(edited.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(key, String.join("\n", lines.subList(0, 3)) + "\n" + Base64.getEncoder().encodeToString(out.toByteArray()) + "\n");
        String model = Files.readString(exercise.resolve("project.sameboat"));
        assertEquals(1, cli.run("exercise", "submit", exercise.toString(), "--coder", "sam"));
        assertTrue(cli.err().contains("changed after it was sealed") && cli.err().lines().count() == 1, cli.err());
        assertEquals(model, Files.readString(exercise.resolve("project.sameboat")));
    }

    @Test
    void theExpertCannotHandItInAndAStudentWhoCodedNothingIsToldSo() throws Exception {
        String dir = exercise.toString();
        assertEquals(1, cli.run("exercise", "submit", dir, "--coder", "alex"));
        assertTrue(cli.err().contains("is the expert"), cli.err());
        Path empty = fixture.make("empty");
        assertEquals(2, cli.run("exercise", "submit", empty.toString()));
        assertEquals(1, cli.run("exercise", "submit", empty.toString(), "--coder", "nobody"));
        assertTrue(cli.err().contains("no coder 'nobody'"), cli.err());
    }
}
