package org.sameboat.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The analysis verbs end to end: agree, cooccur, transitions, on the sample project and on CSV files. */
class AnalysisVerbsTest {

    @TempDir
    Path temp;

    private final CommandLine cli = new CommandLine();

    private String sample() {
        Path folder = temp.resolve("sample");
        assertEquals(0, cli.run("demo", folder.toString()), cli.err());
        return folder.toString();
    }

    private Path file(String name, String content) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private List<CSVRecord> csv() throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(cli.out())).getRecords();
    }

    @Test
    void turnAgreementOnTheSampleGivesEveryCodeAndTheDynamicAValueBetweenMinusOneAndOne() {
        String sample = sample();
        assertEquals(0, cli.run("agree", sample, "--unit", "turn", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(318, json.get("units").getAsInt());
        JsonArray rows = json.getAsJsonArray("rows");
        assertEquals("dynamic", rows.get(rows.size() - 1).getAsJsonObject().get("code").getAsString());
        for (JsonElement row : rows) {
            for (JsonElement coefficient : row.getAsJsonObject().getAsJsonArray("coefficients")) {
                double value = coefficient.getAsJsonObject().get("value").getAsDouble();
                assertTrue(value >= -1 && value <= 1, row.toString());
            }
        }
        assertTrue(json.has("confusion"));
    }

    @Test
    void characterAgreementCanBeLimitedToSomeCodesAndCoders() {
        String sample = sample();
        assertEquals(0, cli.run("agree", sample, "--unit", "char", "--coders", "sam,alex", "--codes", "Sharing data,Rehearsal"), cli.err());
        assertTrue(cli.out().startsWith("character agreement of sam, alex: 6 document(s)"), cli.out());
        assertTrue(cli.out().contains("Sharing data") && cli.out().contains("Rehearsal") && !cli.out().contains("Mutual demand"), cli.out());
    }

    @Test
    void unitizingAgreementOnTheSampleSaysWhetherCodingsWereMerged() {
        String sample = sample();
        assertEquals(0, cli.run("agree", sample, "--unit", "unitizing"), cli.err());
        assertTrue(cli.out().contains("all codes"), cli.out());
        assertTrue(cli.out().contains("overlapping codings"), cli.out());
    }

    @Test
    void disagreementsComeAsCsvWithBothCodersLabelsAndTheTurnText() throws Exception {
        String sample = sample();
        assertEquals(0, cli.run("agree", sample, "--unit", "turn", "--disagreements"), cli.err());
        List<CSVRecord> rows = csv();
        assertFalse(rows.isEmpty());
        for (CSVRecord row : rows) {
            assertFalse(row.get("alex").equals(row.get("sam")), row.toString());
            assertFalse(row.get("text").isBlank(), row.toString());
        }
    }

    @Test
    void theCalculatorGivesCohensKappaOfATwoByTwoTableAsJson() throws Exception {
        StringBuilder data = new StringBuilder("unit,alex,sam\n");
        String[][] pairs = {{"yes", "yes"}, {"no", "no"}, {"yes", "no"}, {"no", "yes"}};
        int[] times = {4, 4, 1, 1};
        int unit = 1;
        for (int p = 0; p < pairs.length; p++) {
            for (int i = 0; i < times[p]; i++) {
                data.append(unit++).append(',').append(pairs[p][0]).append(',').append(pairs[p][1]).append('\n');
            }
        }
        Path file = file("two.csv", data.toString());
        assertEquals(0, cli.run("agree", "--data", file.toString(), "--measure", "cohen-kappa", "--ci", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(Set.of("measure", "value", "observed", "expected", "units", "defined", "reason", "ci95", "bootstrap"),
                json.keySet());
        assertTrue(json.get("defined").getAsBoolean());
        assertTrue(json.get("reason").isJsonNull());
        assertEquals("cohen-kappa", json.get("measure").getAsString());
        assertEquals(0.6, json.get("value").getAsDouble(), 1e-12); // Po .8, Pe .5
        assertEquals(0.8, json.get("observed").getAsDouble(), 1e-12);
        assertEquals(0.5, json.get("expected").getAsDouble(), 1e-12);
        assertEquals(10, json.get("units").getAsInt());
        JsonArray ci = json.getAsJsonArray("ci95");
        assertEquals(2, ci.size());
        assertTrue(ci.get(0).getAsDouble() <= 0.6 && 0.6 <= ci.get(1).getAsDouble(), ci.toString());
    }

    @Test
    void anEmptyCellIsAMissingValue() throws Exception {
        Path file = file("missing.csv", "unit,a,b,c\n1,x,x,\n2,y,y,y\n3,,x,x\n4,y,,y\n");
        assertEquals(0, cli.run("agree", "--data", file.toString(), "--measure", "krippendorff-alpha", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(1.0, json.get("value").getAsDouble(), 1e-12);
        assertEquals(4, json.get("units").getAsInt());
    }

    @Test
    void numbersAreOrderedAsNumbersForTheOrdinalAndIntervalLevels() throws Exception {
        Path file = file("numbers.csv", "unit,a,b\n1,1,2\n2,2,2\n3,3,3\n4,10,9\n5,9,10\n");
        assertEquals(0, cli.run("agree", "--data", file.toString(), "--measure", "krippendorff-alpha", "--level", "interval", "--json"), cli.err());
        double interval = JsonParser.parseString(cli.out()).getAsJsonObject().get("value").getAsDouble();
        assertEquals(0, cli.run("agree", "--data", file.toString(), "--measure", "krippendorff-alpha", "--json"), cli.err());
        double nominal = JsonParser.parseString(cli.out()).getAsJsonObject().get("value").getAsDouble();
        assertTrue(interval > 0.9 && nominal < interval, interval + " " + nominal);
    }

    @Test
    void aPerCategoryValueIsAvailableForFleissKappa() throws Exception {
        Path file = file("cat.csv", "unit,a,b,c\n1,x,x,x\n2,y,y,x\n3,z,z,z\n4,x,y,y\n");
        assertEquals(0, cli.run("agree", "--data", file.toString(), "--measure", "fleiss-kappa", "--category", "z", "--json"), cli.err());
        assertEquals(1.0, JsonParser.parseString(cli.out()).getAsJsonObject().get("value").getAsDouble(), 1e-12);
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsIsAOneLineErrorNamingFileAndLine() throws Exception {
        Path file = file("bad.csv", "unit,a,b\n1,x,y\n2,x\n");
        assertEquals(1, cli.run("agree", "--data", file.toString(), "--measure", "percent"));
        assertEquals("sameboat agree: " + file + " line 3: expected 3 fields (unit and 2 coder(s)), found 2", cli.err().strip());
    }

    @Test
    void aWrongHeaderIsAnErrorOnLineOne() throws Exception {
        Path file = file("header.csv", "item,a,b\n1,x,y\n");
        assertEquals(1, cli.run("agree", "--data", file.toString(), "--measure", "percent"));
        assertTrue(cli.err().contains(file + " line 1:"), cli.err());
        assertEquals(1, cli.err().strip().lines().count());
    }

    @Test
    void unitizingDataGivesAlphaAndNoInterval() throws Exception {
        Path file = file("units.csv", "rater,category,begin,length\nann,x,0,5\nbob,x,0,5\nann,y,10,4\nbob,y,10,4\n");
        assertEquals(0, cli.run("agree", "--unitizing", file.toString(), "--continuum", "0:20", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(1.0, json.get("value").getAsDouble(), 1e-12);
        assertTrue(json.get("ci95").isJsonNull(), json.toString());
        assertTrue(json.get("bootstrap").isJsonNull(), json.toString());
        assertEquals(0, cli.run("agree", "--unitizing", file.toString(), "--continuum", "0:20", "--category", "y", "--json"), cli.err());
        assertEquals(1.0, JsonParser.parseString(cli.out()).getAsJsonObject().get("value").getAsDouble(), 1e-12);
    }

    @Test
    void aUnitOutsideTheContinuumIsAnErrorNamingItsLine() throws Exception {
        Path file = file("outside.csv", "rater,category,begin,length\nann,x,0,5\nbob,x,18,5\n");
        assertEquals(1, cli.run("agree", "--unitizing", file.toString(), "--continuum", "0:20"));
        assertTrue(cli.err().startsWith("sameboat agree: " + file + " line 3: "), cli.err());
    }

    @Test
    void optionsThatDoNotFitTheMeasureAreRefused() throws Exception {
        Path file = file("two.csv", "unit,a,b\n1,x,y\n2,x,x\n");
        assertEquals(2, cli.run("agree", "--data", file.toString(), "--measure", "scott-pi", "--weights", "linear"));
        assertEquals(2, cli.run("agree", "--data", file.toString(), "--measure", "phi"));
        assertEquals(2, cli.run("agree", "--data", file.toString(), "--measure", "percent", "--level", "ordinal"));
        assertEquals(2, cli.run("agree", "--data", file.toString(), "--measure", "percent", "--unit", "turn"));
        assertEquals(2, cli.run("agree", temp.toString()));
    }

    @Test
    void overlapCountsOnTheDiagonalAreEachCodesCodingsAndTheTableIsSymmetric() throws Exception {
        String sample = sample();
        assertEquals(0, cli.run("codings", sample, "--csv"), cli.err());
        Map<String, Integer> perCode = new HashMap<>();
        for (CSVRecord row : csv()) {
            perCode.merge(row.get("code"), 1, Integer::sum);
        }
        assertEquals(0, cli.run("cooccur", sample, "--mode", "overlap", "--measure", "count", "--csv"), cli.err());
        List<CSVRecord> rows = csv();
        assertEquals(perCode.size(), rows.size());
        for (CSVRecord row : rows) {
            String code = row.get("code");
            assertEquals(perCode.get(code).intValue(), Integer.parseInt(row.get(code)), code);
            for (CSVRecord other : rows) {
                assertEquals(row.get(other.get("code")), other.get(code));
            }
        }
    }

    @Test
    void cooccurrenceAsJsonHasTheCodesAndAMatrix() {
        String sample = sample();
        assertEquals(0, cli.run("cooccur", sample, "--mode", "window:2", "--measure", "jaccard", "--coder", "alex", "--role", "member",
                "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("window:2", json.get("mode").getAsString());
        assertEquals(json.getAsJsonArray("codes").size(), json.getAsJsonArray("matrix").size());
    }

    @Test
    void badModesStagesAndRolesAreUsageErrors() {
        String sample = sample();
        assertEquals(2, cli.run("cooccur", sample, "--mode", "sentence"));
        assertEquals(2, cli.run("cooccur", sample, "--stage", "late"));
        assertEquals(2, cli.run("cooccur", sample, "--role", "boss"));
        assertEquals(2, cli.run("transitions", sample, "--coder", "nobody"));
    }

    @Test
    void transitionsCountEveryPairOfConsecutiveTurnsInEachDocument() throws Exception {
        String sample = sample();
        assertEquals(0, cli.run("transitions", sample, "--coder", "alex", "--csv"), cli.err());
        long total = 0;
        for (CSVRecord row : csv()) {
            for (int i = 1; i < row.size(); i++) {
                total += Long.parseLong(row.get(i));
            }
        }
        assertEquals(318 - 6, total); // 318 turns in 6 sessions
    }

    @Test
    void malformedQuotingAndATwiceNamedCoderAreOneLineErrors() throws Exception {
        Path quoted = file("quoted.csv", "unit,a,b\n1,\"x\"y,z\n");
        assertEquals(1, cli.run("agree", "--data", quoted.toString(), "--measure", "percent"));
        assertTrue(cli.err().startsWith("sameboat agree: " + quoted + ": ") && cli.err().contains("line: 2"), cli.err());
        assertEquals(1, cli.err().strip().lines().count());
        Path twice = file("twice.csv", "unit,a,a\n1,x,y\n");
        assertEquals(1, cli.run("agree", "--data", twice.toString(), "--measure", "percent"));
        assertEquals("sameboat agree: " + twice + " line 1: coder 'a' has two columns; give each coder one", cli.err().strip());
    }
}
