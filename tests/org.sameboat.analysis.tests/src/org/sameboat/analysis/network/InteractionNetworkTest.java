package org.sameboat.analysis.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sameboat.analysis.cooccurrence.Filter;
import org.sameboat.model.Coding;
import org.sameboat.model.Document;
import org.sameboat.model.Participant;
import org.sameboat.model.SpeakerRole;
import org.sameboat.model.Turn;
import org.sameboat.model.address.Addressee;
import org.sameboat.model.address.Addressees;
import org.sameboat.model.address.Addressing;
import org.sameboat.model.text.DocumentText;

/** The interaction network on transcripts worked by hand, and against brute force on random ones. */
class InteractionNetworkTest {

    private final Transcripts t = new Transcripts("Sharing data", "Mutual support").person("Dana", SpeakerRole.WORKER)
            .person("Ruth", SpeakerRole.MEMBER).person("Marcus", SpeakerRole.MEMBER).person("Lee", SpeakerRole.MEMBER);

    /**
     * Session 1: Dana → group (first turn), Ruth → Dana (last other), Marcus → Ruth (named), Ruth → Marcus, Dana → Lee
     * (named), Lee → Dana. Speaker changes: D-R, R-M*, M-R*, R-D, D-L: the two starred are member → member, 2 of 5.
     * Session 2: Dana → group, Lee → Dana, Dana → Lee (last other), Marcus
     * → Dana, Dana → Marcus: four changes, none member → member, casework.
     */
    private Network handWorked() {
        Document one = t.document("one", 1, "Dana: Welcome, everyone.", "Ruth: I had a hard week.", "Marcus: Me too, Ruth.",
                "Ruth: Thanks.", "Dana: Lee, what about you?", "Lee: Same.");
        t.document("two", 2, "Dana: Hello.", "Lee: Hi Dana.", "Dana: How are you?", "Marcus: Fine.", "Dana: Good.");
        t.code(one, 2, "Mutual support", "alex");
        t.code(one, 2, "Mutual support", "sam");
        Coding toGroup = t.code(one, 1, "Sharing data", "alex");
        Addressees.set(toGroup, Optional.of(Addressee.GROUP));
        return InteractionNetwork.compute(t.project, List.of(), Filter.none());
    }

    private static NetworkNode node(Network network, String name) {
        return network.nodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, NetworkEdge> edges(Network network) {
        Map<String, NetworkEdge> out = new HashMap<>();
        for (NetworkEdge e : network.edges()) {
            out.put(network.nodes().get(e.from()).name() + ">" + network.nodes().get(e.to()).name(), e);
        }
        return out;
    }

    @Test
    void nodesComeInProjectOrderWithTheGroupLastAndCountTurnsAndWords() {
        Network network = handWorked();
        assertEquals(List.of("Dana", "Ruth", "Marcus", "Lee", "group"), network.nodes().stream().map(NetworkNode::name).toList());
        assertEquals(List.of("worker", "member", "member", "member", "group"), network.nodes().stream().map(NetworkNode::role).toList());
        assertEquals(List.of(5L, 2L, 2L, 2L, 0L), network.nodes().stream().map(NetworkNode::turns).toList());
        // Dana: 2 + 4 + 1 + 3 + 1; Ruth: 5 + 1; Marcus: 3 + 1; Lee: 1 + 2
        assertEquals(List.of(11L, 6L, 4L, 3L, 0L), network.nodes().stream().map(NetworkNode::words).toList());
    }

    @Test
    void edgesCountTurnsFromSpeakerToAddresseeAndCodingsPerCode() {
        Map<String, NetworkEdge> edges = edges(handWorked());
        assertEquals(Map.of("Dana>group", 2L, "Ruth>Dana", 1L, "Marcus>Ruth", 1L, "Ruth>Marcus", 1L, "Dana>Lee", 2L,
                "Lee>Dana", 2L, "Marcus>Dana", 1L, "Dana>Marcus", 1L, "Ruth>group", 0L),
                edges.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().turns())));
        assertEquals(Map.of("Mutual support", 2L), edges.get("Marcus>Ruth").codings());
        assertEquals(Map.of("Sharing data", 1L), edges.get("Ruth>group").codings(), "the coding's own addressee");
        assertEquals(Map.of(), edges.get("Ruth>Dana").codings(), "the coding went to the group, not to its turn's addressee");
        assertEquals(Optional.of("Mutual support"), edges.get("Marcus>Ruth").mostFrequentCode());
    }

    @Test
    void degreesCountDistinctPartnersAndWeightedDegreesTurns() {
        Network network = handWorked();
        NetworkNode dana = node(network, "Dana");
        assertEquals(3, dana.outDegree()); // group, Lee, Marcus
        assertEquals(5, dana.weightedOutDegree());
        assertEquals(3, dana.inDegree()); // Ruth, Lee, Marcus
        assertEquals(4, dana.weightedInDegree());
        NetworkNode ruth = node(network, "Ruth");
        assertEquals(3, ruth.outDegree(), "Dana, Marcus and the group, by the coding alone");
        assertEquals(2, ruth.weightedOutDegree());
        assertEquals(1, ruth.inDegree());
        NetworkNode group = node(network, "group");
        assertEquals(2, group.inDegree());
        assertEquals(2, group.weightedInDegree());
        assertEquals(0, group.outDegree());
    }

    @Test
    void betweennessIsTheHandWorkedOneOfTheParticipantArcs() {
        // arcs: D→L, D→M, R→D, R→M, M→R, M→D, L→D (Ruth's coding to the group is no arc). Pairs not joined by an
        // arc, with their one shortest path: D→R = D→M→R, R→L = R→D→L, M→L = M→D→L, L→M = L→D→M, L→R = L→D→M→R.
        // Dana lies on four of them, Marcus on two, Ruth and Lee on none.
        Network network = handWorked();
        assertEquals(4.0, node(network, "Dana").betweenness(), 1e-12);
        assertEquals(2.0, node(network, "Marcus").betweenness(), 1e-12);
        assertEquals(0.0, node(network, "Ruth").betweenness(), 1e-12);
        assertEquals(0.0, node(network, "Lee").betweenness(), 1e-12);
        assertEquals(0.0, node(network, "group").betweenness(), 1e-12);
    }

    @Test
    void sharesPerDocumentAndPooledAndTheCaseworkFlag() {
        Network network = handWorked();
        TurnTaking one = network.documents().get(0);
        assertEquals(new TurnTaking("one", 6, 2, 5, 2), one);
        assertEquals(0.4, one.memberToMemberShare(), 1e-12);
        assertEquals(2.0 / 6, one.workerTurnShare(), 1e-12);
        assertFalse(one.caseworkInAGroup());
        TurnTaking two = network.documents().get(1);
        assertEquals(new TurnTaking("two", 5, 3, 4, 0), two);
        assertTrue(two.caseworkInAGroup());
        assertEquals(new TurnTaking("all", 11, 5, 9, 2), network.overall());
        assertEquals(2.0 / 9, network.overall().memberToMemberShare(), 1e-12);
    }

    @Test
    void theThresholdIsAThirdAndADocumentWithoutSpeakerChangesIsNotFlagged() {
        assertFalse(new TurnTaking("d", 7, 3, 6, 2).caseworkInAGroup(), "worker, member, member, … is exactly a third");
        assertTrue(new TurnTaking("d", 7, 3, 6, 1).caseworkInAGroup());
        TurnTaking monologue = new TurnTaking("d", 3, 3, 0, 0);
        assertFalse(monologue.caseworkInAGroup());
        assertTrue(Double.isNaN(monologue.memberToMemberShare()));
    }

    @Test
    void theCoderAndCodesFilterTheCodingsButNotTheTurns() {
        handWorked();
        Network alex = InteractionNetwork.compute(t.project, List.of(), Filter.none().withCoder(
                org.sameboat.model.edit.Lookups.coder(t.project, "alex").orElseThrow()));
        assertEquals(Map.of("Mutual support", 1L), edges(alex).get("Marcus>Ruth").codings());
        assertEquals(1, edges(alex).get("Marcus>Ruth").turns());
        Network support = InteractionNetwork.compute(t.project, List.of(t.project.getCodebooks().get(0).getCodes().get(1)),
                Filter.none());
        assertFalse(edges(support).containsKey("Ruth>group"), "the only coding to the group is of another code");
        Network sessionTwo = InteractionNetwork.compute(t.project, List.of(), Filter.none().withSession(2));
        assertEquals(List.of("two"), sessionTwo.documents().stream().map(TurnTaking::document).toList());
        assertEquals(5, sessionTwo.overall().turns());
    }

    @Test
    void turnsWithoutSpeakerOrWordsTakeNoPartAndDoNotBreakAPair() {
        Document d = t.document("gaps", 1, "Ruth: One.", "Marcus: Two.", "Lee: Three.");
        d.getTurns().get(1).setSpeaker(null);
        Network network = InteractionNetwork.compute(t.project, List.of(), Filter.none());
        assertEquals(new TurnTaking("gaps", 2, 0, 1, 1), network.documents().get(0));
    }

    @Test
    void countsDegreesAndSharesEqualABruteForceCountOnRandomTranscripts() {
        Random random = new Random(7);
        String[] words = {"Dana", "Ruth", "Marcus", "Lee", "everyone", "yes", "I", "don't", "know", "it's", "hard"};
        for (int round = 0; round < 40; round++) {
            Transcripts r = new Transcripts("A", "B").person("Dana", SpeakerRole.WORKER).person("Ruth", SpeakerRole.MEMBER)
                    .person("Marcus", SpeakerRole.MEMBER).person("Lee", SpeakerRole.OTHER);
            List<String> names = List.copyOf(r.people.keySet());
            for (int doc = 0; doc < 1 + random.nextInt(3); doc++) {
                List<String> lines = new ArrayList<>();
                for (int turn = 0, n = 1 + random.nextInt(9); turn < n; turn++) {
                    StringBuilder line = new StringBuilder(names.get(random.nextInt(names.size()))).append(": ");
                    for (int w = 0, k = 1 + random.nextInt(5); w < k; w++) {
                        line.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
                    }
                    lines.add(line.toString());
                }
                Document d = r.document("d" + doc, 1 + doc, lines.toArray(String[]::new));
                for (int turn = 0; turn < d.getTurns().size(); turn++) {
                    if (random.nextInt(3) == 0) {
                        r.code(d, turn, random.nextBoolean() ? "A" : "B", "k");
                    }
                }
            }
            check(r, InteractionNetwork.compute(r.project, List.of(), Filter.none()));
        }
    }

    /** Every figure recounted turn by turn from the addressees, with plain loops. */
    private static void check(Transcripts r, Network network) {
        Map<String, Long> turns = new HashMap<>();
        Map<String, Long> words = new HashMap<>();
        Map<String, Long> edgeTurns = new HashMap<>();
        Map<String, Long> edgeCodings = new HashMap<>();
        long pairs = 0;
        long memberPairs = 0;
        long workerTurns = 0;
        long allTurns = 0;
        for (Document d : r.project.getDocuments()) {
            List<Addressing> to = Addressees.of(d);
            DocumentText text = DocumentText.of(d.getText());
            Participant previous = null;
            for (int i = 0; i < d.getTurns().size(); i++) {
                Turn turn = d.getTurns().get(i);
                String speaker = turn.getSpeaker().getPseudonym();
                turns.merge(speaker, 1L, Long::sum);
                words.merge(speaker, (long) text.slice(turn.getStart(), turn.getEnd()).split(" ").length, Long::sum);
                allTurns++;
                workerTurns += turn.getSpeaker().getRole() == SpeakerRole.WORKER ? 1 : 0;
                if (previous != null && previous != turn.getSpeaker()) {
                    pairs++;
                    if (previous.getRole() == SpeakerRole.MEMBER && turn.getSpeaker().getRole() == SpeakerRole.MEMBER) {
                        memberPairs++;
                    }
                }
                previous = turn.getSpeaker();
                edgeTurns.merge(speaker + ">" + to.get(i).to().label(), 1L, Long::sum);
                for (Coding c : d.getCodings()) {
                    if (c.getStart() == turn.getStart()) {
                        edgeCodings.merge(speaker + ">" + to.get(i).to().label(), 1L, Long::sum);
                    }
                }
            }
        }
        for (NetworkNode node : network.nodes()) {
            assertEquals(turns.getOrDefault(node.name(), 0L), node.turns(), node.name());
            assertEquals(words.getOrDefault(node.name(), 0L), node.words(), node.name());
            long out = 0;
            long in = 0;
            long outDegree = 0;
            long inDegree = 0;
            for (String key : union(edgeTurns, edgeCodings)) {
                String[] ends = key.split(">");
                if (ends[0].equals(node.name())) {
                    out += edgeTurns.getOrDefault(key, 0L);
                    outDegree++;
                }
                if (ends[1].equals(node.name())) {
                    in += edgeTurns.getOrDefault(key, 0L);
                    inDegree++;
                }
            }
            assertEquals(out, node.weightedOutDegree(), node.name());
            assertEquals(in, node.weightedInDegree(), node.name());
            assertEquals(outDegree, node.outDegree(), node.name());
            assertEquals(inDegree, node.inDegree(), node.name());
        }
        Map<String, NetworkEdge> edges = edges(network);
        assertEquals(union(edgeTurns, edgeCodings), edges.keySet());
        edges.forEach((key, edge) -> {
            assertEquals(edgeTurns.getOrDefault(key, 0L), edge.turns(), key);
            assertEquals(edgeCodings.getOrDefault(key, 0L), edge.codingCount(), key);
        });
        assertEquals(new TurnTaking("all", allTurns, workerTurns, pairs, memberPairs), network.overall());
    }

    private static java.util.Set<String> union(Map<String, Long> a, Map<String, Long> b) {
        java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
