package org.sameboat.cli.verbs;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.network.InteractionNetwork;
import org.sameboat.analysis.network.Network;
import org.sameboat.analysis.network.NetworkEdge;
import org.sameboat.analysis.network.NetworkNode;
import org.sameboat.analysis.network.NetworkXml;
import org.sameboat.analysis.network.TurnTaking;
import org.sameboat.cli.Arguments;
import org.sameboat.cli.CliException;
import org.sameboat.cli.Console;
import org.sameboat.cli.Projects;
import org.sameboat.cli.Verb;
import org.sameboat.model.Project;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** sameboat network DIR: who talks to whom, and whether talk goes member to member or through the worker. */
public final class NetworkVerb implements Verb {

    @Override
    public String name() {
        return "network";
    }

    @Override
    public String synopsis() {
        return "DIR [--doc D] [--session N] [--stage S] [--coder K] [--codes c1,c2] [--json|--graphml FILE|--gexf FILE]";
    }

    @Override
    public String summary() {
        return "who talks to whom: participants, speaker → addressee turns and codings, member → member share and the"
                + " \"casework in a group\" flag per document; GraphML and GEXF for yEd and Gephi";
    }

    @Override
    public Set<String> options() {
        return Set.of("doc", "session", "stage", "coder", "codes", "json", "graphml", "gexf");
    }

    @Override
    public Set<String> flags() {
        return Set.of("json");
    }

    @Override
    public int run(Arguments arguments, Console console) throws CliException {
        String folder = arguments.onlyFolder();
        long formats = List.of(arguments.flag("json"), arguments.option("graphml").isPresent(), arguments.option("gexf").isPresent())
                .stream().filter(b -> b).count();
        if (formats > 1) {
            throw CliException.usage("choose one of --json, --graphml FILE and --gexf FILE");
        }
        Project project = new Projects().read(folder).project();
        Filter filter = AnalysisScope.filter(project, folder, arguments);
        Network network = InteractionNetwork.compute(project, AnalysisScope.codes(project, folder, arguments), filter);
        if (arguments.option("graphml").isPresent()) {
            write(Path.of(arguments.option("graphml").get()), out -> NetworkXml.writeGraphMl(network, out), network, console);
        } else if (arguments.option("gexf").isPresent()) {
            write(Path.of(arguments.option("gexf").get()), out -> NetworkXml.writeGexf(network, out), network, console);
        } else if (arguments.flag("json")) {
            console.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create()
                    .toJson(json(network)));
        } else {
            text(network, filter, console.out());
        }
        console.out().flush();
        return 0;
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private static void write(Path file, Writer writer, Network network, Console console) throws CliException {
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(out);
        } catch (IOException e) {
            throw CliException.failure("cannot write " + file + ": " + e.getMessage());
        }
        console.out().println("wrote " + network.nodes().size() + " node(s) and " + network.edges().size() + " edge(s) to " + file);
    }

    static JsonObject json(Network network) {
        JsonObject json = new JsonObject();
        JsonArray nodes = new JsonArray();
        for (NetworkNode node : network.nodes()) {
            JsonObject n = new JsonObject();
            n.addProperty("id", node.id());
            n.addProperty("name", node.name());
            n.addProperty("role", node.role());
            n.addProperty("turns", node.turns());
            n.addProperty("words", node.words());
            n.addProperty("inDegree", node.inDegree());
            n.addProperty("outDegree", node.outDegree());
            n.addProperty("weightedInDegree", node.weightedInDegree());
            n.addProperty("weightedOutDegree", node.weightedOutDegree());
            n.addProperty("betweenness", node.betweenness());
            nodes.add(n);
        }
        json.add("nodes", nodes);
        JsonArray edges = new JsonArray();
        for (NetworkEdge edge : network.edges()) {
            JsonObject e = new JsonObject();
            e.addProperty("from", network.nodes().get(edge.from()).name());
            e.addProperty("to", network.nodes().get(edge.to()).name());
            e.addProperty("turns", edge.turns());
            JsonObject codings = new JsonObject();
            edge.codings().forEach(codings::addProperty);
            e.add("codings", codings);
            edges.add(e);
        }
        json.add("edges", edges);
        json.add("memberToMemberShare", AgreementPrinter.json(network.overall().memberToMemberShare()));
        json.add("workerTurnShare", AgreementPrinter.json(network.overall().workerTurnShare()));
        JsonArray documents = new JsonArray();
        for (TurnTaking document : network.documents()) {
            JsonObject d = new JsonObject();
            d.addProperty("document", document.document());
            d.addProperty("turns", document.turns());
            d.addProperty("speakerChanges", document.pairs());
            d.add("memberToMemberShare", AgreementPrinter.json(document.memberToMemberShare()));
            d.add("workerTurnShare", AgreementPrinter.json(document.workerTurnShare()));
            d.addProperty("caseworkInAGroup", document.caseworkInAGroup());
            documents.add(d);
        }
        json.add("documents", documents);
        return json;
    }

    private static void text(Network network, Filter filter, PrintStream out) {
        TurnTaking all = network.overall();
        out.printf("who talks to whom: %,d turns in %d document(s); codings: %s%n", all.turns(), network.documents().size(),
                filter.coder().map(c -> "coder " + c.getName()).orElse("all coders' pooled"));
        if (all.turns() == 0) {
            out.println("no turns with a speaker in scope");
            return;
        }
        out.printf("member → member: %s of the %,d speaker changes; the worker spoke %s of the turns%n",
                percent(all.memberToMemberShare()), all.pairs(), percent(all.workerTurnShare()));
        out.println();
        int nameWidth = Math.max(11, network.nodes().stream().mapToInt(n -> n.name().length()).max().orElse(0));
        out.printf("%-" + nameWidth + "s %-7s %6s %7s %8s %8s %11s%n", "participant", "role", "turns", "words", "talks to",
                "heard by", "betweenness");
        for (NetworkNode node : network.nodes()) {
            out.printf(Locale.ROOT, "%-" + nameWidth + "s %-7s %6d %7d %8s %8s %11.2f%n", node.name(), node.role(), node.turns(),
                    node.words(), node.outDegree() + " (" + node.weightedOutDegree() + ")",
                    node.inDegree() + " (" + node.weightedInDegree() + ")", node.betweenness());
        }
        out.println("talks to / heard by: how many others (turns)");
        out.println();
        int pairWidth = Math.max(9, network.edges().stream().mapToInt(e -> label(network, e).length()).max().orElse(0));
        out.printf("%-" + pairWidth + "s %6s  %s%n", "from → to", "turns", "codings");
        for (NetworkEdge edge : network.edges()) {
            out.printf("%-" + pairWidth + "s %6d  %s%n", label(network, edge), edge.turns(), codings(edge.codings()));
        }
        out.println();
        int docWidth = Math.max(8, network.documents().stream().mapToInt(d -> d.document().length()).max().orElse(0));
        out.printf("%-" + docWidth + "s %6s %8s %15s %13s%n", "document", "turns", "changes", "member → member", "worker turns");
        for (TurnTaking d : network.documents()) {
            out.printf("%-" + docWidth + "s %6d %8d %15s %13s%s%n", d.document(), d.turns(), d.pairs(), percent(d.memberToMemberShare()),
                    percent(d.workerTurnShare()), d.caseworkInAGroup() ? "  casework in a group" : "");
        }
        out.printf(Locale.ROOT, "casework in a group: fewer than a third of the speaker changes are member → member"
                + " (the worker takes the floor back before a second member speaks); see docs/analysis.md%n");
    }

    private static String label(Network network, NetworkEdge edge) {
        return network.nodes().get(edge.from()).name() + " → " + network.nodes().get(edge.to()).name();
    }

    private static String codings(Map<String, Long> codings) {
        return codings.isEmpty() ? "-"
                : codings.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
