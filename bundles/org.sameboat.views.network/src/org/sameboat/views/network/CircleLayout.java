package org.sameboat.views.network;

import java.util.ArrayList;
import java.util.List;

import org.sameboat.analysis.network.NetworkNode;

/**
 * Places a group's participants on a circle, the worker at the top and the members clockwise in the project's
 * order, "the group" in the centre. A group has a handful of members (rarely twenty), so a circle shows every
 * pair's edges without crossings piling up in one place, and keeps each person where they were when the filters
 * change, which a force-directed layout would not.
 */
final class CircleLayout {

    private CircleLayout() {
    }

    /** A node's centre, in [0, 1] × [0, 1] of the drawing area. */
    record Point(double x, double y) {
    }

    static List<Point> of(List<NetworkNode> nodes) {
        List<Integer> ring = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (!nodes.get(i).isGroup() && "worker".equals(nodes.get(i).role())) {
                ring.add(i);
            }
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (!nodes.get(i).isGroup() && !ring.contains(i)) {
                ring.add(i);
            }
        }
        Point[] points = new Point[nodes.size()];
        for (int k = 0; k < ring.size(); k++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * k / ring.size();
            points[ring.get(k)] = new Point(0.5 + 0.5 * Math.cos(angle), 0.5 + 0.5 * Math.sin(angle));
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (points[i] == null) {
                points[i] = new Point(0.5, 0.5);
            }
        }
        return List.of(points);
    }
}
