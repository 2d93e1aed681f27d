package org.sameboat.analysis.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Betweenness centrality of a directed, unweighted graph by Brandes' (2001) algorithm: for every node v, the sum
 * over ordered pairs (s, t), s ≠ v ≠ t, of the share of shortest s→t paths that pass through v. Not normalised
 * (networkx's {@code betweenness_centrality(G, normalized=False)} on a DiGraph gives the same figures). O(n·m).
 * Written here rather than taken from JGraphT: it is forty lines, and a second graph library in the target
 * platform for them was not worth its weight.
 */
public final class Betweenness {

    private Betweenness() {
    }

    /**
     * @param successors {@code successors[u]} lists the nodes u has an arc to (no duplicates needed: repeated arcs
     *            count once, as arcs of an unweighted graph)
     * @return each node's betweenness
     */
    public static double[] of(int[][] successors) {
        int n = successors.length;
        double[] centrality = new double[n];
        int[] distance = new int[n];
        long[] paths = new long[n];
        double[] dependency = new double[n];
        List<List<Integer>> predecessors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            predecessors.add(new ArrayList<>());
        }
        Deque<Integer> queue = new ArrayDeque<>();
        Deque<Integer> order = new ArrayDeque<>();
        for (int s = 0; s < n; s++) {
            Arrays.fill(distance, -1);
            Arrays.fill(paths, 0);
            Arrays.fill(dependency, 0);
            predecessors.forEach(List::clear);
            distance[s] = 0;
            paths[s] = 1;
            queue.add(s);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                order.push(v);
                for (int w : successors[v]) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue.add(w);
                    }
                    if (distance[w] == distance[v] + 1 && !predecessors.get(w).contains(v)) {
                        paths[w] += paths[v];
                        predecessors.get(w).add(v);
                    }
                }
            }
            while (!order.isEmpty()) {
                int w = order.pop();
                for (int v : predecessors.get(w)) {
                    dependency[v] += (double) paths[v] / paths[w] * (1 + dependency[w]);
                }
                if (w != s) {
                    centrality[w] += dependency[w];
                }
            }
        }
        return centrality;
    }
}
