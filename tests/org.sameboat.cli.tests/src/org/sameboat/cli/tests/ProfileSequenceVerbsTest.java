package org.sameboat.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** profile, sequence and agree's --stage and --role end to end on the sample project (318 turns in 6 sessions). */
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
        assertEquals(318, turns);
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
        assertEquals(318 - 6, json.get("n").getAsLong()); // each of the 6 sessions is its own sequence
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
        assertEquals(318 - 12, json().get("n").getAsLong());
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
    void theSequenceAsCsvHasOneRowPerGivenAndTarget() throws Exception {
        String sample = sample();
        assertEquals(0, cli.run("sequence", sample, "--events", "role", "--csv"), cli.err());
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(cli.out())).getRecords();
        long n = records.stream().mapToLong(r -> Long.parseLong(r.get("count"))).sum();
        assertEquals(318 - 6, n);
        assertTrue(records.get(0).isMapped("yulesQ"));
    }

    @Test
    void skillEventsWithoutASkillsCodebookAndABadLagAreUsageErrors() throws Exception {
        String sample = sample();
        // the sample starts with the built-in skills codebook: take it out, as a project of one's own may lack one
        org.sameboat.model.store.ProjectStore store = new org.sameboat.model.store.ProjectStore();
        org.sameboat.model.Project project = store.load(java.nio.file.Path.of(sample)).project();
        assertTrue(project.getCodebooks().removeIf(b -> b.getName().toLowerCase(java.util.Locale.ROOT).contains("skill")));
        store.save(project, java.nio.file.Path.of(sample));
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
