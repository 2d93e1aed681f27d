package org.sameboat.views.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.sameboat.analysis.network.Network;
import org.sameboat.analysis.network.NetworkEdge;

/**
 * Places a network's nodes with JGraphT's Fruchterman–Reingold layout ({@link FRLayoutAlgorithm2D}): people who talk
 * to each other are drawn together, people who do not drift apart. It starts from a circle (the worker at the top,
 * the members clockwise in the project's order) so that each person stays near the same place when the filters
 * change, and it pins the first worker at the top and "the group" in the centre, so the drawing keeps its bearings.
 * The random source has a fixed seed and the start is fixed, so the same network at the same size is drawn the
 * same way every time. JGraphT's Fruchterman–Reingold ignores edge weights: a pair that talks in both directions
 * pulls twice as hard as a one-way pair, however many turns either way carries. It also treats nodes as points, so
 * two busy talkers can end up with their discs on top of each other: a last pass pushes apart any two discs closer
 * than their radii and a line of label allow.
 */
final class ForceLayout {

    private static final long SEED = 15L;
    private static final int ITERATIONS = 200;
    // JGraphT's default (0.5) makes the ideal edge length half the side of each node's share of the area; in a group,
    // where nearly everyone talks to everyone, that pulls the discs into a knot in the middle with their labels
    // hidden. Three times as long spreads them over the view.
    private static final double NORMALIZATION = 1.5;
    /** Room between two discs for the label under the upper one. */
    static final double GAP = 18;
    private static final int SEPARATION_ROUNDS = 100;

    private ForceLayout() {
    }

    /** A node's centre, in [0, width] × [0, height]. */
    record Point(double x, double y) {
    }

    /**
     * Positions of {@code network}'s nodes, in the order of {@link Network#nodes()}, within a box of the given size.
     *
     * @param radii the radius of each node's disc, in the order of the nodes
     */
    static List<Point> of(Network network, List<Integer> radii, double width, double height) {
        if (radii.size() != network.nodes().size()) {
            throw new IllegalArgumentException(radii.size() + " radii for " + network.nodes().size() + " nodes");
        }
        int n = network.nodes().size();
        List<Integer> ring = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!network.nodes().get(i).isGroup() && "worker".equals(network.nodes().get(i).role())) {
                ring.add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!network.nodes().get(i).isGroup() && !ring.contains(i)) {
                ring.add(i);
            }
        }
        Map<Integer, Point2D> circle = new HashMap<>();
        for (int k = 0; k < ring.size(); k++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * k / ring.size();
            circle.put(ring.get(k), Point2D.of(width / 2 * (1 + Math.cos(angle)), height / 2 * (1 + Math.sin(angle))));
        }

        Graph<Integer, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int i = 0; i < n; i++) {
            graph.addVertex(i);
        }
        for (NetworkEdge edge : network.edges()) {
            if (edge.from() != edge.to()) {
                graph.addEdge(edge.from(), edge.to());
            }
        }
        LayoutModel2D<Integer> model = new MapLayoutModel2D<>(Box2D.of(width, height));
        Point2D centre = Point2D.of(width / 2, height / 2);
        for (int i = 0; i < n; i++) {
            if (network.nodes().get(i).isGroup()) {
                pin(model, i, centre);
            }
        }
        if (!ring.isEmpty() && "worker".equals(network.nodes().get(ring.get(0)).role())) {
            pin(model, ring.get(0), circle.get(ring.get(0)));
        }
        FRLayoutAlgorithm2D<Integer, DefaultEdge> algorithm = new FRLayoutAlgorithm2D<>(ITERATIONS,
                NORMALIZATION, new Random(SEED));
        algorithm.setInitializer(v -> circle.getOrDefault(v, centre));
        algorithm.layout(graph, model);

        double[] x = new double[n];
        double[] y = new double[n];
        boolean[] pinned = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i] = model.get(i).getX();
            y[i] = model.get(i).getY();
            pinned[i] = model.isFixed(i);
        }
        separate(x, y, pinned, radii, width, height);
        List<Point> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new Point(x[i], y[i]));
        }
        return List.copyOf(out);
    }

    /** Moves overlapping discs apart along the line between them, pinned ones not at all, until none overlap. */
    private static void separate(double[] x, double[] y, boolean[] pinned, List<Integer> radii, double width, double height) {
        for (int round = 0; round < SEPARATION_ROUNDS; round++) {
            boolean moved = false;
            for (int i = 0; i < x.length; i++) {
                for (int j = i + 1; j < x.length; j++) {
                    double dx = x[j] - x[i];
                    double dy = y[j] - y[i];
                    double distance = Math.hypot(dx, dy);
                    double wanted = radii.get(i) + radii.get(j) + GAP;
                    if (distance >= wanted || pinned[i] && pinned[j]) {
                        continue;
                    }
                    if (distance < 1e-9) {
                        // on the same spot: part them sideways, the later node to the right
                        dx = 1;
                        dy = 0;
                        distance = 1;
                    }
                    double push = wanted - distance;
                    double shareI = pinned[i] ? 0 : pinned[j] ? 1 : 0.5;
                    double shareJ = 1 - shareI;
                    x[i] = clamp(x[i] - dx / distance * push * shareI, width);
                    y[i] = clamp(y[i] - dy / distance * push * shareI, height);
                    x[j] = clamp(x[j] + dx / distance * push * shareJ, width);
                    y[j] = clamp(y[j] + dy / distance * push * shareJ, height);
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    private static double clamp(double value, double limit) {
        return Math.max(0, Math.min(limit, value));
    }

    private static void pin(LayoutModel2D<Integer> model, int node, Point2D at) {
        model.put(node, at);
        model.setFixed(node, true);
    }
}
