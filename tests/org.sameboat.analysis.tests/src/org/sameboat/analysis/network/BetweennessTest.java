package org.sameboat.analysis.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Brandes' betweenness against examples worked by hand and against counting every shortest path. */
class BetweennessTest {

    @Test
    void onADirectedPathEachInnerNodeLiesOnThePathsItSeparates() {
        // 0 → 1 → 2 → 3: node 1 is on 0→2 and 0→3, node 2 on 0→3 and 1→3
        double[] b = Betweenness.of(new int[][] {{1}, {2}, {3}, {}});
        assertArrayEquals(new double[] {0, 2, 2, 0}, b, 1e-12);
    }

    @Test
    void twoEqualShortestPathsShareThePairBetweenThem() {
        // 0 → 1 → 3 and 0 → 2 → 3: each middle node has half of the pair (0, 3)
        double[] b = Betweenness.of(new int[][] {{1, 2}, {3}, {3}, {}});
        assertArrayEquals(new double[] {0, 0.5, 0.5, 0}, b, 1e-12);
    }

    @Test
    void aWorkerEveryoneTalksThroughHasAllTheBetweenness() {
        // a star: members 1, 2, 3 talk to the worker 0 and the worker to each; 6 ordered member pairs pass through 0
        double[] b = Betweenness.of(new int[][] {{1, 2, 3}, {0}, {0}, {0}});
        assertArrayEquals(new double[] {6, 0, 0, 0}, b, 1e-12);
    }

    @Test
    void randomGraphsEqualACountOverEverySimplePath() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            int n = 1 + random.nextInt(6);
            int[][] successors = new int[n][];
            for (int u = 0; u < n; u++) {
                List<Integer> out = new ArrayList<>();
                for (int v = 0; v < n; v++) {
                    if (u != v && random.nextDouble() < 0.35) {
                        out.add(v);
                    }
                }
                successors[u] = out.stream().mapToInt(Integer::intValue).toArray();
            }
            assertArrayEquals(bruteForce(successors), Betweenness.of(successors), 1e-9, "round " + round);
        }
    }

    /** Every simple path from s to t, the shortest kept, the share of them through each v. */
    private static double[] bruteForce(int[][] successors) {
        int n = successors.length;
        double[] b = new double[n];
        for (int s = 0; s < n; s++) {
            for (int t = 0; t < n; t++) {
                if (s == t) {
                    continue;
                }
                List<List<Integer>> paths = new ArrayList<>();
                walk(successors, s, t, new ArrayList<>(List.of(s)), paths);
                int shortest = paths.stream().mapToInt(List::size).min().orElse(0);
                List<List<Integer>> best = paths.stream().filter(p -> p.size() == shortest).toList();
                for (int v = 0; v < n; v++) {
                    if (v == s || v == t || best.isEmpty()) {
                        continue;
                    }
                    final int node = v;
                    b[v] += (double) best.stream().filter(p -> p.contains(node)).count() / best.size();
                }
            }
        }
        return b;
    }

    private static void walk(int[][] successors, int at, int target, List<Integer> path, List<List<Integer>> out) {
        if (at == target) {
            out.add(List.copyOf(path));
            return;
        }
        for (int next : successors[at]) {
            if (!path.contains(next)) {
                path.add(next);
                walk(successors, next, target, path, out);
                path.remove(path.size() - 1);
            }
        }
    }
}
