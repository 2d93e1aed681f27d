package org.sameboat.analysis.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.analysis.extract.ProjectExtract;
import org.sameboat.model.Code;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.Project;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Turn;
import org.sameboat.model.address.Addressee;
import org.sameboat.model.address.AddresseeRule;
import org.sameboat.model.address.Addressees;
import org.sameboat.model.address.Addressing;
import org.sameboat.model.codebook.CodePaths;
import org.sameboat.model.text.DocumentText;
import org.sameboat.model.text.Turns;

/**
 * The interaction network of a project: participants as nodes, an edge from each speaker to each addressee
 * (see {@link org.sameboat.model.address.AddresseeRule} for how addressees are found), and the turn-taking figures
 * behind the "casework in a group" index.
 *
 * <p>Turns in scope are the non-empty turns with a speaker of the documents the filter accepts; turns without a
 * speaker take no part (and do not break a pair: the turns on either side of one are adjacent). A turn counts on
 * the edge from its speaker to its addressee; a turn a coder addressed to its own speaker is on no edge. A coding
 * in scope (the filter's coder; one of the chosen codes, or any) counts on the edge from the speaker of its turn
 * (the turn holding its first character) to its addressee (its own, else its turn's). Degrees count distinct
 * other nodes joined by an edge with turns or codings; weighted degrees count turns. Betweenness is Brandes' on
 * the directed graph of participants with an arc where one addressed the other in at least one turn: "the group"
 * is not a person through whom talk can pass, so it takes no part.
 */
public final class InteractionNetwork {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");
    private static final String GROUP_ID = "group";

    private InteractionNetwork() {
    }

    /**
     * As {@link #compute(Project, List, Filter)}, on an immutable extract: safe in a job while the user edits the live
     * model. Codes and the filter name live objects.
     */
    public static Network compute(ProjectExtract extract, List<Code> codes, Filter filter) {
        return compute(extract.project(), extract.copiesOf(codes), extract.copyOf(filter));
    }

    /**
     * @param codes the codes whose codings count on the edges; empty means every code
     * @param filter documents (document, session, stage) and coder in scope; a role in it is ignored, as the
     *            network is about who talks to whom, all roles together
     */
    public static Network compute(Project project, List<Code> codes, Filter filter) {
        Set<Code> chosen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        chosen.addAll(codes);
        Map<Object, long[]> nodeCounts = new HashMap<>(); // turns, words
        Map<Pair, long[]> edgeTurns = new HashMap<>();
        Map<Pair, Map<Code, Long>> edgeCodings = new HashMap<>();
        List<TurnTaking> documents = new ArrayList<>();
        AddresseeRule rule = AddresseeRule.of(project.getParticipants());
        for (Document document : project.getDocuments()) {
            if (!filter.accepts(document)) {
                continue;
            }
            List<Addressing> addressings = Addressees.of(document, rule);
            DocumentText text = DocumentText.of(document.getText() == null ? "" : document.getText());
            long turns = 0;
            long workerTurns = 0;
            long pairs = 0;
            long memberPairs = 0;
            Participant previous = null;
            List<Turn> all = document.getTurns();
            for (int i = 0; i < all.size(); i++) {
                Turn turn = all.get(i);
                if (!inScope(turn, text)) {
                    continue;
                }
                Participant speaker = turn.getSpeaker();
                long[] counts = nodeCounts.computeIfAbsent(speaker, k -> new long[2]);
                counts[0]++;
                counts[1] += words(text.slice(turn.getStart(), turn.getEnd()));
                turns++;
                workerTurns += speaker.getRole() == SpeakerRole.WORKER ? 1 : 0;
                if (previous != null && previous != speaker) {
                    pairs++;
                    memberPairs += previous.getRole() == SpeakerRole.MEMBER && speaker.getRole() == SpeakerRole.MEMBER ? 1 : 0;
                }
                previous = speaker;
                Object to = key(addressings.get(i).to());
                if (to != speaker) {
                    edgeTurns.computeIfAbsent(new Pair(speaker, to), k -> new long[1])[0]++;
                    nodeCounts.computeIfAbsent(to, k -> new long[2]);
                }
            }
            for (Coding coding : document.getCodings()) {
                if (!filter.accepts(coding) || coding.getCode() == null || coding.getStart() >= coding.getEnd()
                        || (!chosen.isEmpty() && !chosen.contains(coding.getCode()))) {
                    continue;
                }
                Turn turn = Turns.forRange(document, coding.getStart(), coding.getEnd()).orElse(null);
                if (turn == null || !inScope(turn, text)) {
                    continue;
                }
                Object to = key(Addressees.of(coding, document, addressings).orElseThrow().to());
                if (to != turn.getSpeaker()) {
                    edgeCodings.computeIfAbsent(new Pair(turn.getSpeaker(), to), k -> new IdentityHashMap<>())
                            .merge(coding.getCode(), 1L, Long::sum);
                    nodeCounts.computeIfAbsent(to, k -> new long[2]);
                }
            }
            documents.add(new TurnTaking(document.getName() == null ? document.getId() : document.getName(), turns,
                    workerTurns, pairs, memberPairs));
        }
        return build(project, codes, nodeCounts, edgeTurns, edgeCodings, documents);
    }

    private static boolean inScope(Turn turn, DocumentText text) {
        return turn.getSpeaker() != null && turn.getEnd() > turn.getStart() && text.contains(turn.getStart(), turn.getEnd());
    }

    /** The node key of an addressee: its participant, or the group's one key. */
    private static Object key(Addressee addressee) {
        return addressee instanceof Addressee.Person person ? person.participant() : Addressee.GROUP;
    }

    /** Words as a reader counts them: runs of letters and digits, "don't" one word. */
    static long words(String text) {
        Matcher matcher = WORD.matcher(text);
        long count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private record Pair(Object from, Object to) {
    }

    private static Network build(Project project, List<Code> codes, Map<Object, long[]> nodeCounts,
            Map<Pair, long[]> edgeTurns, Map<Pair, Map<Code, Long>> edgeCodings, List<TurnTaking> documents) {
        Map<Participant, Integer> projectOrder = new IdentityHashMap<>();
        project.getParticipants().forEach(p -> projectOrder.putIfAbsent(p, projectOrder.size()));
        List<Object> keys = new ArrayList<>(nodeCounts.keySet());
        keys.sort(Comparator.comparingInt((Object k) -> k == Addressee.GROUP ? Integer.MAX_VALUE
                : projectOrder.getOrDefault((Participant) k, Integer.MAX_VALUE - 1))
                .thenComparing(k -> k instanceof Participant p ? String.valueOf(p.getPseudonym()) : ""));
        Map<Object, Integer> index = new IdentityHashMap<>();
        keys.forEach(k -> index.put(k, index.size()));
        int n = keys.size();

        Map<String, Integer> codeOrder = new HashMap<>();
        (codes.isEmpty() ? CodePaths.allCodes(project) : codes).forEach(c -> codeOrder.putIfAbsent(CodePaths.path(c), codeOrder.size()));
        TreeMap<Long, NetworkEdge> edges = new TreeMap<>();
        Set<Pair> pairs = new java.util.HashSet<>(edgeTurns.keySet());
        pairs.addAll(edgeCodings.keySet());
        for (Pair pair : pairs) {
            int from = index.get(pair.from());
            int to = index.get(pair.to());
            Map<String, Long> codings = new LinkedHashMap<>();
            edgeCodings.getOrDefault(pair, Map.of()).entrySet().stream()
                    .map(e -> Map.entry(CodePaths.path(e.getKey()), e.getValue()))
                    .sorted(Comparator.comparingInt((Map.Entry<String, Long> e) -> codeOrder.getOrDefault(e.getKey(), Integer.MAX_VALUE))
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> codings.merge(e.getKey(), e.getValue(), Long::sum));
            long turns = edgeTurns.containsKey(pair) ? edgeTurns.get(pair)[0] : 0;
            edges.put((long) from * n + to, new NetworkEdge(from, to, turns, codings));
        }

        int[] inDegree = new int[n];
        int[] outDegree = new int[n];
        long[] weightedIn = new long[n];
        long[] weightedOut = new long[n];
        List<List<Integer>> arcs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            arcs.add(new ArrayList<>());
        }
        for (NetworkEdge edge : edges.values()) {
            outDegree[edge.from()]++;
            inDegree[edge.to()]++;
            weightedOut[edge.from()] += edge.turns();
            weightedIn[edge.to()] += edge.turns();
            if (edge.turns() > 0 && keys.get(edge.from()) != Addressee.GROUP && keys.get(edge.to()) != Addressee.GROUP) {
                arcs.get(edge.from()).add(edge.to());
            }
        }
        int[][] successors = new int[n][];
        for (int i = 0; i < n; i++) {
            successors[i] = arcs.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        double[] betweenness = Betweenness.of(successors);

        List<NetworkNode> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Object key = keys.get(i);
            long[] counts = nodeCounts.get(key);
            if (key instanceof Participant p) {
                String role = p.getRole() == null ? SpeakerRole.OTHER.getLiteral() : p.getRole().getLiteral();
                nodes.add(new NetworkNode(p.getId(), p.getPseudonym() == null ? p.getId() : p.getPseudonym(), role, counts[0],
                        counts[1], inDegree[i], outDegree[i], weightedIn[i], weightedOut[i], betweenness[i]));
            } else {
                nodes.add(new NetworkNode(GROUP_ID, Addressee.Group.LABEL, NetworkNode.GROUP_ROLE, 0, 0, inDegree[i],
                        outDegree[i], weightedIn[i], weightedOut[i], 0));
            }
        }
        TurnTaking overall = new TurnTaking("all", 0, 0, 0, 0);
        for (TurnTaking document : documents) {
            overall = overall.plus(document);
        }
        return new Network(nodes, new ArrayList<>(edges.values()), overall, documents);
    }
}
