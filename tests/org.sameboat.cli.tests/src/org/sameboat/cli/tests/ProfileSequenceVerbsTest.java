package org.sameboat.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sameboat.model.Code;
import org.sameboat.model.Codebook;
import org.sameboat.model.Project;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.store.ProjectStore;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * profile, sequence and agree's --stage and --role end to end on the sample project; its turns and sessions are counted
 * from its files ({@link SampleFiles}).
 */
class ProfileSequenceVerbsTest {

    @TempDir
    Path temp;

    private final CommandLine cli = new CommandLine();

    private String sample() {
        Path folder = temp.resolve("sample");
        assertEquals(0, cli.run("demo", folder.toString()), cli.err());
        return folder.toString();
    }

    private JsonObject json() {
        return JsonParser.parseString(cli.out()).getAsJsonObject();
    }

    private static long[][] longs(JsonArray rows) {
        long[][] out = new long[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            JsonArray row = rows.get(i).getAsJsonArray();
            out[i] = new long[row.size()];
            for (int j = 0; j < row.size(); j++) {
                out[i][j] = row.get(j).getAsLong();
            }
        }
        return out;
    }

    @Test
    void aProfileByStageHasEveryTurnAndAChiSquareThatFollowsFromItsCounts() {
        String sample = sample();
        assertEquals(0, cli.run("profile", sample, "--by", "stage", "--json"), cli.err());
        JsonObject json = json();
        assertEquals("stage", json.get("by").getAsString());
        List<String> levels = json.getAsJsonArray("levels").asList().stream().map(JsonElement::getAsString).toList();
        assertEquals(List.of("beginning", "middle", "ending"), levels);
        long turns = 0;
        for (JsonElement t : json.getAsJsonArray("turns")) {
            turns += t.getAsLong();
        }
        assertEquals(SampleFiles.turns(), turns);
        long[][] counts = longs(json.getAsJsonArray("counts"));
        assertEquals(json.getAsJsonArray("codes").size(), counts.length);
        // X² recomputed here from the printed counts
        long n = 0;
        long[] rows = new long[counts.length];
        long[] columns = new long[levels.size()];
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                rows[i] += counts[i][j];
                columns[j] += counts[i][j];
                n += counts[i][j];
            }
        }
        double x2 = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < columns.length; j++) {
                double e = (double) rows[i] * columns[j] / n;
                x2 += (counts[i][j] - e) * (counts[i][j] - e) / e;
            }
        }
        assertEquals(x2, json.get("chiSquare").getAsDouble(), 1e-9);
        assertEquals((counts.length - 1) * (columns.length - 1), json.get("df").getAsInt());
        double p = json.get("p").getAsDouble();
        assertTrue(p >= 0 && p <= 1, cli.out());
        assertEquals(counts.length, json.getAsJsonArray("residuals").size());
    }

    @Test
    void aProfileAsCsvHasOneRowPerCodeAndLevel() throws Exception {
        String sample = sample();
        assertEquals(0, cli.run("profile", sample, "--by", "role", "--coder", "alex", "--codes", "Sharing data,Mutual support",
                "--csv"), cli.err());
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(cli.out())).getRecords();
        assertEquals("Sharing data", records.get(0).get("code"));
        assertTrue(records.size() == 4 || records.size() == 6, cli.out()); // two codes × the roles that speak
        for (CSVRecord r : records) {
            double rate = Double.parseDouble(r.get("rate"));
            assertEquals(100.0 * Long.parseLong(r.get("count")) / Long.parseLong(r.get("turns")), rate, 0.006);
        }
    }

    @Test
    void theProfileTextNamesTheTestAndFlagsLargeResiduals() {
        String sample = sample();
        assertEquals(0, cli.run("profile", sample, "--by", "session"), cli.err());
        assertTrue(cli.out().startsWith("profile of codes by session"), cli.out());
        assertTrue(cli.out().contains("chi-square") && cli.out().contains("df"), cli.out());
    }

    @Test
    void aMissingOrUnknownLevelIsAUsageError() {
        String sample = sample();
        assertEquals(2, cli.run("profile", sample));
        assertEquals(2, cli.run("profile", sample, "--by", "week"));
        assertTrue(cli.err().contains("stage, session, group, role or speaker"), cli.err());
    }

    @Test
    void aLagOneSequenceOfDynamicsTalliesTheSamePairsAsTransitions() {
        String sample = sample();
        assertEquals(0, cli.run("sequence", sample, "--coder", "alex", "--json"), cli.err());
        JsonObject json = json();
        assertEquals(1, json.get("lag").getAsInt());
        // each session is its own sequence: one pair fewer than it has turns
        assertEquals(SampleFiles.turns() - SampleFiles.SESSIONS, json.get("n").getAsLong());
        long[][] counts = longs(json.getAsJsonArray("counts"));
        int events = json.getAsJsonArray("events").size();
        assertEquals(events, counts.length);
        JsonArray probability = json.getAsJsonArray("probability");
        for (int g = 0; g < events; g++) {
            double sum = 0;
            for (JsonElement p : probability.get(g).getAsJsonArray()) {
                sum += p.isJsonNull() ? 0 : p.getAsDouble();
            }
            assertEquals(1.0, sum, 1e-9, "row " + g);
        }
        for (String key : List.of("expected", "adjustedResidual", "yulesQ")) {
            assertEquals(events, json.getAsJsonArray(key).size(), key);
        }
    }

    @Test
    void aLargerLagHasFewerPairs() {
        String sample = sample();
        assertEquals(0, cli.run("sequence", sample, "--events", "role", "--lag", "2", "--json"), cli.err());
        assertEquals(SampleFiles.turns() - 2 * SampleFiles.SESSIONS, json().get("n").getAsLong());
    }

    @Test
    void rolePlusCodeEventsNameTheRoleAndTheCode() {
        String sample = sample();
        assertEquals(0, cli.run("sequence", sample, "--events", "role+code", "--stage", "middle", "--json"), cli.err());
        List<String> events = json().getAsJsonArray("events").asList().stream().map(JsonElement::getAsString).toList();
        assertTrue(events.stream().anyMatch(e -> e.startsWith("worker: ")), events.toString());
        assertTrue(events.stream().anyMatch(e -> e.startsWith("member: ")), events.toString());
    }

    @Test
    void inTheSampleReachingForLinksIsFollowedByAllInTheSameBoatAboveChance() throws Exception {
        String sample = sample();
        assertEquals(0, cli.run("sequence", sample, "--events", "role+code", "--csv"), cli.err());
        List<CSVRecord> row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(cli.out())).getRecords().stream()
                .filter(r -> r.get("given").equals("worker: Reaching for links and common ground")).toList();
        assertTrue(!row.isEmpty(), cli.out());
        CSVRecord sameBoat = row.stream().filter(r -> r.get("target").equals("member: All in the same boat")).findFirst().orElseThrow();
        assertTrue(Long.parseLong(sameBoat.get("count")) > 0, sameBoat.toString());
        double residual = Double.parseDouble(sameBoat.get("adjustedResidual"));
        assertTrue(residual > 1.96, sameBoat.toString());
        for (CSVRecord other : row) {
            if (!other.get("adjustedResidual").isEmpty()) {
                assertTrue(Double.parseDouble(other.get("adjustedResidual")) <= residual, other.toString());
            }
        }
    }

    @Test
    void theSequenceAsCsvHasOneRowPerGivenAndTarget() throws Exception {
        String sample = sample();
        assertEquals(0, cli.run("sequence", sample, "--events", "role", "--csv"), cli.err());
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(cli.out())).getRecords();
        long n = records.stream().mapToLong(r -> Long.parseLong(r.get("count"))).sum();
        assertEquals(SampleFiles.turns() - SampleFiles.SESSIONS, n);
        assertTrue(records.get(0).isMapped("yulesQ"));
    }

    @Test
    void skillEventsWithoutASkillsCodebookAndABadLagAreUsageErrors() throws Exception {
        String sample = sample();
        // the sample starts with the built-in skills codebook and codes Dana's turns with it: take it out with its
        // codings, as a project of one's own may lack one
        ProjectStore store = new ProjectStore();
        Project project = store.load(Path.of(sample)).project();
        Codebook skills = project.getCodebooks().stream().filter(b -> b.getName().toLowerCase(Locale.ROOT).contains("skill"))
                .findFirst().orElseThrow();
        Set<Code> codes = new HashSet<>(CodePaths.allCodes(skills));
        assertTrue(project.getDocuments().stream().mapToLong(d -> d.getCodings().stream().filter(c -> codes.contains(c.getCode())).count())
                .sum() > 0, "the sample codes worker skills");
        project.getDocuments().forEach(d -> d.getCodings().removeIf(c -> codes.contains(c.getCode())));
        project.getCodebooks().remove(skills);
        store.save(project, Path.of(sample));
        assertEquals(0, cli.run("info", sample), cli.err());
        assertEquals(2, cli.run("sequence", sample, "--events", "skill"));
        assertTrue(cli.err().contains("skill"), cli.err());
        assertEquals(2, cli.run("sequence", sample, "--lag", "0"));
        assertEquals(2, cli.run("sequence", sample, "--events", "speaker"));
    }

    @Test
    void agreementCanBeLimitedToAStageAndToTheTurnsOfARole() {
        String sample = sample();
        assertEquals(0, cli.run("agree", sample, "--unit", "turn", "--json"), cli.err());
        int all = json().get("units").getAsInt();
        assertEquals(0, cli.run("agree", sample, "--unit", "turn", "--role", "member", "--json"), cli.err());
        int members = json().get("units").getAsInt();
        assertEquals(0, cli.run("agree", sample, "--unit", "turn", "--role", "worker", "--json"), cli.err());
        int workers = json().get("units").getAsInt();
        assertTrue(members > 0 && workers > 0 && members + workers <= all, all + " " + members + " " + workers);
        assertEquals(0, cli.run("agree", sample, "--unit", "turn", "--stage", "beginning", "--json"), cli.err());
        assertEquals(2, json().get("documents").getAsInt());
        assertEquals(0, cli.run("agree", sample, "--unit", "char", "--stage", "ending", "--json"), cli.err());
        assertEquals(0, cli.run("agree", sample, "--unit", "turn", "--stage", "middle", "--role", "worker"), cli.err());
        assertTrue(cli.out().startsWith("scope: documents of stage middle, turns of workers"), cli.out());
        assertEquals(2, cli.run("agree", sample, "--unit", "char", "--role", "worker"));
        assertTrue(cli.err().contains("--unit turn"), cli.err());
    }
}
