package org.sameboat.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The contract of {@code agree --data} as a reliability calculator (issue 11): the same JSON keys for every measure
 * on degenerate data, intervals only on request, bootstrap replicates on which the coefficient is undefined left
 * out, and coders named as the file names them.
 */
class ReliabilityCalculatorContractTest {

    private static final Set<String> KEYS = Set.of("measure", "value", "observed", "expected", "units", "defined", "reason",
            "ci95", "bootstrap");

    @TempDir
    Path temp;

    private final CommandLine cli = new CommandLine();

    /** Every built-in measure of the calculator, with the options that select its variants. */
    private static final List<List<String>> MEASURES = List.of(List.of("percent"), List.of("percent", "--weights", "linear"),
            List.of("cohen-kappa"), List.of("cohen-kappa", "--weights", "quadratic"), List.of("scott-pi"),
            List.of("fleiss-kappa"), List.of("fleiss-kappa", "--category", "1"), List.of("conger-kappa"),
            List.of("brennan-prediger"), List.of("gwet-ac1"), List.of("gwet-ac2"), List.of("krippendorff-alpha"),
            List.of("krippendorff-alpha", "--level", "ordinal"), List.of("krippendorff-alpha", "--level", "interval"),
            List.of("krippendorff-alpha", "--level", "ratio"), List.of("krippendorff-alpha", "--category", "1"));

    /** Degenerate data, two coders so that every measure applies; numbers so that every level applies. */
    private enum Degenerate {
        NO_VARIATION("unit,a,b\n1,1,1\n2,1,1\n3,1,1\n"),
        ONE_UNIT("unit,a,b\n1,1,2\n"),
        ONE_CODER_WITH_VALUES("unit,a,b\n1,1,\n2,2,\n3,1,\n"),
        ONE_CATEGORY_USED_OF_THREE("unit,a,b\n1,1,1\n2,1,1\n", "--categories", "1,2,3"),
        NO_VALUES("unit,a,b\n1,,\n2,,\n", "--categories", "1,2");

        final String csv;
        final List<String> options;

        Degenerate(String csv, String... options) {
            this.csv = csv;
            this.options = List.of(options);
        }
    }

    static Stream<Arguments> everyMeasureOnEveryDegenerateCase() {
        List<Arguments> all = new ArrayList<>();
        for (List<String> measure : MEASURES) {
            for (Degenerate data : Degenerate.values()) {
                all.add(Arguments.of(measure, data, false));
                all.add(Arguments.of(measure, data, true));
            }
        }
        return all.stream();
    }

    private Path file(String name, String content) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private JsonObject agree(Path file, List<String> options) {
        List<String> command = new ArrayList<>(List.of("agree", "--data", file.toString(), "--json"));
        command.addAll(options);
        assertEquals(0, cli.run(command.toArray(String[]::new)), command + ": " + cli.err());
        JsonElement json = JsonParser.parseString(cli.out());
        assertTrue(json.isJsonObject(), cli.out());
        return json.getAsJsonObject();
    }

    @ParameterizedTest(name = "{0} on {1}, --ci {2}")
    @MethodSource("everyMeasureOnEveryDegenerateCase")
    void everyMeasureGivesValidJsonWithEveryKeyOnDegenerateData(List<String> measure, Degenerate data, boolean ci)
            throws Exception {
        Path file = file(data.name() + ".csv", data.csv);
        List<String> options = new ArrayList<>(List.of("--measure"));
        options.addAll(measure);
        options.addAll(data.options);
        if (ci) {
            options.add("--ci");
        }
        JsonObject json = agree(file, options);
        assertEquals(KEYS, json.keySet(), json.toString());
        boolean defined = json.get("defined").getAsBoolean();
        assertEquals(defined, !json.get("value").isJsonNull(), json.toString());
        assertEquals(defined, json.get("reason").isJsonNull(), json.toString());
        if (!defined) {
            assertFalse(json.get("reason").getAsString().isBlank(), json.toString());
            assertTrue(cli.err().contains("is undefined: "), cli.err());
        }
        // nothing to compare: no measure can be defined; all values alike: only percent agreement is
        boolean percent = measure.get(0).equals("percent");
        if (data == Degenerate.ONE_CODER_WITH_VALUES || data == Degenerate.NO_VALUES) {
            assertFalse(defined, json.toString());
        } else if (data == Degenerate.NO_VARIATION) {
            assertEquals(percent, defined, json.toString());
        }
        assertEquals(ci, !json.get("bootstrap").isJsonNull(), json.toString());
        if (ci) {
            JsonObject bootstrap = json.getAsJsonObject("bootstrap");
            assertEquals(bootstrap.get("defined").getAsBoolean(), !json.get("ci95").isJsonNull(), json.toString());
            assertEquals(bootstrap.get("defined").getAsBoolean(), bootstrap.get("reason").isJsonNull(), json.toString());
        } else {
            assertTrue(json.get("ci95").isJsonNull(), json.toString());
        }
    }

    @Test
    void congersKappaOnSmallDataLeavesOutReplicatesInWhichACoderCodedNothing() throws Exception {
        // issue 11: exited 1 with "Coder 2 coded no unit" although every coder coded something
        Path file = file("small.csv", "unit,a,b,c\n1,1,1,2\n2,2,2,\n");
        JsonObject json = agree(file, List.of("--measure", "conger-kappa", "--ci"));
        assertTrue(json.get("defined").getAsBoolean(), json.toString());
        JsonObject bootstrap = json.getAsJsonObject("bootstrap");
        assertEquals(1000, bootstrap.get("replicates").getAsInt());
        assertTrue(bootstrap.get("leftOut").getAsInt() > 0, json.toString());
        assertEquals(2, json.getAsJsonArray("ci95").size());

        assertEquals(0, cli.run("agree", "--data", file.toString(), "--measure", "conger-kappa", "--ci"), cli.err());
        assertTrue(cli.out().contains("left out as undefined"), cli.out());
    }

    @Test
    void aCoderWhoCodedNothingIsNamedByTheirColumn() throws Exception {
        Path file = file("silent.csv", "unit,ann,bob,cy\n1,x,x,\n2,y,x,\n");
        JsonObject json = agree(file, List.of("--measure", "conger-kappa"));
        assertFalse(json.get("defined").getAsBoolean());
        assertTrue(json.get("reason").getAsString().contains("coder 'cy' coded no unit"), json.toString());
    }

    @Test
    void withoutCiNoIntervalIsComputedAndTheTextSaysHowToGetOne() throws Exception {
        Path file = file("two.csv", "unit,a,b\n1,x,x\n2,y,y\n3,x,y\n");
        JsonObject json = agree(file, List.of("--measure", "krippendorff-alpha"));
        assertTrue(json.get("ci95").isJsonNull());
        assertTrue(json.get("bootstrap").isJsonNull());
        assertEquals(0, cli.run("agree", "--data", file.toString(), "--measure", "krippendorff-alpha"), cli.err());
        assertTrue(cli.out().contains("add --ci"), cli.out());
        assertFalse(cli.out().contains("replicates"), cli.out());
    }

    @Test
    void replicatesSetsTheNumberOfBootstrapReplicates() throws Exception {
        Path file = file("two.csv", "unit,a,b\n1,x,x\n2,y,y\n3,x,y\n4,y,y\n");
        JsonObject json = agree(file, List.of("--measure", "percent", "--ci", "--replicates", "50"));
        assertEquals(50, json.getAsJsonObject("bootstrap").get("replicates").getAsInt());
    }

    @Test
    void replicatesWithoutCiOrBelowTwoIsAUsageError() throws Exception {
        Path file = file("two.csv", "unit,a,b\n1,x,x\n2,y,y\n");
        assertEquals(2, cli.run("agree", "--data", file.toString(), "--measure", "percent", "--replicates", "50"));
        assertTrue(cli.err().contains("add --ci"), cli.err());
        assertEquals(2, cli.run("agree", "--data", file.toString(), "--measure", "percent", "--ci", "--replicates", "1"));
        assertEquals(2, cli.run("agree", "--data", file.toString(), "--measure", "percent", "--ci", "--replicates", "many"));
        assertEquals(1, cli.err().strip().lines().count(), cli.err());
    }

    @Test
    void ciDoesNotApplyToUnitizingAlpha() throws Exception {
        Path file = file("units.csv", "rater,category,begin,length\nann,x,0,5\nbob,x,0,5\n");
        assertEquals(2, cli.run("agree", "--unitizing", file.toString(), "--continuum", "0:20", "--ci"));
    }

    @Test
    void aRaterWithOverlappingUnitsIsNamedAsInTheFile() throws Exception {
        Path file = file("overlap.csv", "rater,category,begin,length\nann,x,0,5\nbob,x,0,5\nbob,x,3,5\n");
        assertEquals(1, cli.run("agree", "--unitizing", file.toString(), "--continuum", "0:20"));
        assertTrue(cli.err().contains("Two units of rater 'bob' in category 'x' overlap"), cli.err());
    }

    @Test
    void projectAgreementAsJsonGivesEveryCoefficientTheSameKeysWithNullForUndefinedValues() throws Exception {
        Path folder = temp.resolve("p");
        assertEquals(0, cli.run("new", folder.toString()), cli.err());
        Path transcript = file("s1.txt", "#session: 1\n\nDana: Who wants to start?\nLee: I feel like nobody gets it.\n");
        assertEquals(0, cli.run("import", folder.toString(), transcript.toString()), cli.err());
        String text = Files.readString(transcript);
        // both coders code both turns alike: one category only, so kappa and alpha are undefined
        for (String word : List.of("Who", "nobody")) {
            int from = text.indexOf(word);
            for (String coder : List.of("alex", "sam")) {
                assertEquals(0, cli.run("code", folder.toString(), "--doc", "s1", "--from", String.valueOf(from), "--to",
                        String.valueOf(from + word.length()), "--code", "4", "--coder", coder), cli.err());
            }
        }
        assertEquals(0, cli.run("agree", folder.toString(), "--unit", "turn", "--json"), cli.err());
        JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
        int undefined = 0;
        for (JsonElement row : json.getAsJsonArray("rows")) {
            for (JsonElement element : row.getAsJsonObject().getAsJsonArray("coefficients")) {
                JsonObject c = element.getAsJsonObject();
                assertEquals(Set.of("measure", "value", "observed", "expected", "units", "defined", "reason"), c.keySet(),
                        c.toString());
                boolean defined = c.get("defined").getAsBoolean();
                assertEquals(defined, !c.get("value").isJsonNull(), c.toString());
                assertEquals(defined, c.get("reason").isJsonNull(), c.toString());
                undefined += defined ? 0 : 1;
            }
        }
        assertTrue(undefined > 0, json.toString());
    }
}
