package org.sameboat.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** network end to end: a transcript worked by hand, the sample, the file formats and the errors. */
class NetworkVerbTest {

    @TempDir
    Path temp;

    private final CommandLine cli = new CommandLine();

    /**
     * Session 1: Dana → group, Ruth → Dana, Marcus → Ruth (named), Ruth → Marcus; changes D-R, R-M, M-R: 2 of 3
     * member → member. Session 2: Dana → group, Lee → Dana, Dana → Lee: none of 2, casework in a group.
     */
    private String project() throws Exception {
        Path one = temp.resolve("one.txt");
        Files.writeString(one, """
                #session: 1
                #worker: Dana
                Dana: Welcome, everyone.
                Ruth: I had a hard week.
                Marcus: Me too, Ruth.
                Ruth: Thanks.
                """);
        Path two = temp.resolve("two.txt");
        Files.writeString(two, """
                #session: 2
                #worker: Dana
                Dana: Hello.
                Lee: Hi.
                Dana: How are you?
                """);
        String folder = temp.resolve("p").toString();
        assertEquals(0, cli.run("new", folder), cli.err());
        assertEquals(0, cli.run("import", folder, one.toString(), two.toString()), cli.err());
        return folder;
    }

    private JsonObject json() {
        return JsonParser.parseString(cli.out()).getAsJsonObject();
    }

    @Test
    void jsonHasExactlyTheIssuesKeysAndTheHandWorkedFigures() throws Exception {
        String folder = project();
        assertEquals(0, cli.run("network", folder, "--json"), cli.err());
        JsonObject json = json();
        assertEquals(Set.of("nodes", "edges", "memberToMemberShare", "workerTurnShare", "documents"), json.keySet());
        // 7 turns, 3 the worker's; 3 + 2 changes of speaker (D-R, R-M, M-R; D-L, L-D), 2 of them member → member
        assertEquals(2.0 / 5, json.get("memberToMemberShare").getAsDouble(), 1e-12);
        assertEquals(3.0 / 7, json.get("workerTurnShare").getAsDouble(), 1e-12);
        List<JsonObject> documents = json.getAsJsonArray("documents").asList().stream().map(JsonElement::getAsJsonObject).toList();
        assertEquals(2, documents.size());
        for (JsonObject d : documents) {
            assertTrue(d.keySet().containsAll(Set.of("memberToMemberShare", "workerTurnShare", "caseworkInAGroup")), d.toString());
        }
        assertEquals(2.0 / 3, documents.get(0).get("memberToMemberShare").getAsDouble(), 1e-12);
        assertFalse(documents.get(0).get("caseworkInAGroup").getAsBoolean());
        assertEquals(0.0, documents.get(1).get("memberToMemberShare").getAsDouble(), 1e-12);
        assertTrue(documents.get(1).get("caseworkInAGroup").getAsBoolean());
        List<String> edges = json.getAsJsonArray("edges").asList().stream().map(JsonElement::getAsJsonObject)
                .map(e -> e.get("from").getAsString() + ">" + e.get("to").getAsString() + ":" + e.get("turns").getAsLong()).toList();
        assertEquals(Set.of("Dana>group:2", "Ruth>Dana:1", "Marcus>Ruth:1", "Ruth>Marcus:1", "Lee>Dana:1", "Dana>Lee:1"),
                Set.copyOf(edges));
        JsonObject dana = json.getAsJsonArray("nodes").get(0).getAsJsonObject();
        assertEquals("Dana", dana.get("name").getAsString());
        assertEquals("worker", dana.get("role").getAsString());
        assertEquals(3, dana.get("turns").getAsLong());
        assertEquals(2, dana.get("outDegree").getAsInt());
        assertEquals(2.0, dana.get("betweenness").getAsDouble(), 1e-12); // Ruth → Lee and Marcus → Lee pass through Dana
    }

    @Test
    void aCodingsAddresseeFromTheCodeVerbMovesItsCodingToThatEdge() throws Exception {
        String folder = project();
        // "I had a hard week." is Ruth's first turn, addressed to Dana by the rule
        assertEquals(0, cli.run("search", folder, "hard AND speaker:Ruth", "--json"), cli.err());
        JsonObject hit = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("hits").get(0).getAsJsonObject();
        String document = hit.get("document").getAsString();
        String from = hit.getAsJsonObject("range").get("start").getAsString();
        String to = hit.getAsJsonObject("range").get("end").getAsString();
        assertEquals(0, cli.run("code", folder, "--doc", document, "--from", from, "--to", to, "--code", "Sharing data",
                "--coder", "sam", "--addressee", "group"), cli.err());
        assertTrue(cli.out().contains("addressed to group"), cli.out());
        assertEquals(0, cli.run("network", folder, "--json", "--session", "1"));
        List<JsonObject> edges = json().getAsJsonArray("edges").asList().stream().map(JsonElement::getAsJsonObject).toList();
        JsonObject toGroup = edges.stream().filter(e -> e.get("from").getAsString().equals("Ruth") && e.get("to").getAsString().equals("group"))
                .findFirst().orElseThrow(() -> new AssertionError(edges.toString()));
        assertEquals(0, toGroup.get("turns").getAsLong());
        assertEquals(1, toGroup.getAsJsonObject("codings").get("Sharing data").getAsLong());
        assertEquals(0, cli.run("search", folder, "to:group AND coder:sam", "--json"), cli.err());
        assertEquals(1, JsonParser.parseString(cli.out()).getAsJsonObject().get("total").getAsInt());
    }

    @Test
    void textNamesTheCaseworkDocumentForAGroupWorker() throws Exception {
        String folder = project();
        assertEquals(0, cli.run("network", folder), cli.err());
        String out = cli.out();
        assertTrue(out.contains("member → member: 40% of the 5 speaker changes"), out);
        assertTrue(out.lines().anyMatch(l -> l.startsWith("two") && l.endsWith("casework in a group")), out);
        assertFalse(out.lines().anyMatch(l -> l.startsWith("one") && l.endsWith("casework in a group")), out);
        assertTrue(out.contains("Marcus → Ruth"), out);
    }

    @Test
    void graphMlAndGexfFilesAreWrittenForTheSample() throws Exception {
        String sample = temp.resolve("sample").toString();
        assertEquals(0, cli.run("demo", sample), cli.err());
        Path graphml = temp.resolve("sample.graphml");
        assertEquals(0, cli.run("network", sample, "--graphml", graphml.toString()), cli.err());
        assertTrue(cli.out().startsWith("wrote "), cli.out());
        assertTrue(Files.readString(graphml).contains("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""));
        Path gexf = temp.resolve("sample.gexf");
        assertEquals(0, cli.run("network", sample, "--gexf", gexf.toString(), "--stage", "middle", "--coder", "alex"), cli.err());
        assertTrue(Files.readString(gexf).contains("version=\"1.2\""));
        assertEquals(0, cli.run("network", sample, "--json"), cli.err());
        JsonObject json = json();
        long turns = json.getAsJsonArray("nodes").asList().stream().mapToLong(n -> n.getAsJsonObject().get("turns").getAsLong()).sum();
        assertEquals(318, turns);
    }

    @Test
    void badInputIsOneLineSayingWhatToDo() throws Exception {
        String folder = project();
        assertEquals(2, cli.run("network", folder, "--json", "--gexf", temp.resolve("x.gexf").toString()));
        assertOneLine("choose one of --json, --graphml FILE and --gexf FILE");
        assertEquals(2, cli.run("network", folder, "--coder", "nobody"));
        assertOneLine("no coder 'nobody'");
        assertEquals(2, cli.run("network", folder, "--stage", "late"));
        assertOneLine("--stage must be one of");
        assertEquals(2, cli.run("network", folder, "--codes", "No such code"));
        assertOneLine("no single code matches 'No such code'");
        assertEquals(1, cli.run("network", folder, "--graphml", temp.resolve("missing/dir/x.graphml").toString()));
        assertOneLine("cannot write");
        assertEquals(2, cli.run("code", folder, "--doc", "one", "--from", "0", "--to", "4", "--code", "Sharing data",
                "--coder", "sam", "--addressee", "Nobody"));
        assertOneLine("--addressee 'Nobody' is neither 'group' nor one participant's name");
    }

    private void assertOneLine(String expected) {
        String err = cli.err().strip();
        assertTrue(err.contains(expected), err);
        assertEquals(1, err.lines().count(), err);
    }
}
