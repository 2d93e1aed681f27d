package org.sameboat.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

/** ena and export --ena end to end on the sample project (318 turns in 6 sessions). */
class EnaVerbTest {

    @TempDir
    Path temp;

    private final CommandLine cli = new CommandLine();

    private String sample() {
        Path folder = temp.resolve("sample");
        assertEquals(0, cli.run("demo", folder.toString()), cli.err());
        return folder.toString();
    }

    @Test
    void enaBySpeakerAsJsonHasTheKeysAndUnitLengthNetworks() {
        String sample = sample();
        assertEquals(0, cli.run("ena", sample, "--unit", "speaker", "--window", "4", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        for (String key : List.of("codes", "pairs", "units", "variance", "nodes", "fit")) {
            assertTrue(json.has(key), key);
        }
        assertFalse(json.has("comparison"));
        int codes = json.getAsJsonArray("codes").size();
        assertEquals(codes * (codes - 1) / 2, json.getAsJsonArray("pairs").size());
        double shares = 0;
        for (JsonElement v : json.getAsJsonArray("variance")) {
            shares += v.getAsDouble();
        }
        assertEquals(1, shares, 1e-9);
        for (JsonElement u : json.getAsJsonArray("units")) {
            JsonObject unit = u.getAsJsonObject();
            assertTrue(unit.has("name") && unit.has("accumulated") && unit.has("point"));
            double length = 0;
            for (JsonElement w : unit.getAsJsonArray("normalized")) {
                length += w.getAsDouble() * w.getAsDouble();
            }
            assertEquals(unit.get("zeroNetwork").getAsBoolean() ? 0 : 1, length, 1e-9);
        }
    }

    @Test
    void comparingTheBeginningAndEndingStagesTestsDimensionOne() {
        String sample = sample();
        assertEquals(0, cli.run("ena", sample, "--unit", "speaker", "--window", "3", "--groups", "stage:beginning,ending",
                "--json"), cli.err());
        JsonObject comparison = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonObject("comparison");
        assertEquals("stage", comparison.get("field").getAsString());
        assertEquals("welch-t", comparison.get("primary").getAsString());
        JsonArray groups = comparison.getAsJsonArray("groups");
        assertEquals("beginning", groups.get(0).getAsJsonObject().get("name").getAsString());
        assertTrue(groups.get(0).getAsJsonObject().get("mean").getAsDouble() > groups.get(1).getAsJsonObject().get("mean")
                .getAsDouble());
        assertTrue(comparison.has("welchT") && comparison.has("mannWhitney") && comparison.has("cohensD"));
        assertEquals(0, cli.run("ena", sample, "--unit", "speaker", "--window", "3", "--groups", "stage:beginning,ending"),
                cli.err());
        assertTrue(cli.out().startsWith("epistemic network of "), cli.out());
        assertTrue(cli.out().contains("Welch's t-test (primary)") || cli.out().contains("no t-test"), cli.out());
        assertTrue(cli.out().contains("Mann-Whitney U test"), cli.out());
    }

    @Test
    void badInputGetsOneLineErrors() {
        String sample = sample();
        assertEquals(2, cli.run("ena", sample, "--unit", "speaker", "--window", "0"));
        assertEquals("sameboat ena: --window must be at least 1 (the turn itself), not 0", cli.err().strip());
        assertEquals(2, cli.run("ena", sample, "--unit", "speaker", "--window", "2", "--codes", "No such code"));
        assertTrue(cli.err().contains("no single code matches 'No such code'"), cli.err());
        assertEquals(2, cli.run("ena", sample, "--unit", "speaker", "--window", "2", "--groups", "stage:beginning,later"));
        assertTrue(cli.err().contains("no unit has stage 'later'"), cli.err());
        assertEquals(2, cli.run("ena", sample, "--unit", "turn", "--window", "2"));
        assertTrue(cli.err().contains("--unit must be speaker, session, group or stage"), cli.err());
    }

    @Test
    void theEnaExportHasOneRowPerTurnAndAZeroOneColumnPerCode() throws Exception {
        String sample = sample();
        Path file = temp.resolve("ena.csv");
        assertEquals(0, cli.run("export", sample, "--ena", file.toString()), cli.err());
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
            List<String> header = parser.getHeaderNames();
            assertEquals(List.of("group", "session", "stage", "document", "speaker", "role", "turn"), header.subList(0, 7));
            assertEquals("text", header.get(header.size() - 1));
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(318, rows.size());
            int ones = 0;
            for (CSVRecord row : rows) {
                for (String code : header.subList(7, header.size() - 1)) {
                    assertTrue(row.get(code).equals("0") || row.get(code).equals("1"), row.toString());
                    ones += row.get(code).equals("1") ? 1 : 0;
                }
            }
            assertTrue(ones > 0);
        }
        assertEquals(2, cli.run("export", sample, "--csv", file.toString(), "--ena", file.toString()));
    }
}
