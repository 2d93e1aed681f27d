package org.sameboat.analysis.network;

import java.util.List;

/**
 * Who talks to whom in the part of a project an {@link InteractionNetwork} looked at.
 *
 * @param nodes participants in the project's order, then the group if any turn was addressed to it
 * @param edges from speaker to addressee, ordered by speaker then addressee
 * @param overall the turn-taking figures pooled over the documents in scope
 * @param documents the turn-taking figures of each document in scope, in project order
 */
public record Network(List<NetworkNode> nodes, List<NetworkEdge> edges, TurnTaking overall, List<TurnTaking> documents) {

    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        documents = List.copyOf(documents);
    }
}
