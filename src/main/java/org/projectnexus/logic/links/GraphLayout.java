package org.projectnexus.logic.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.projectnexus.model.KnowledgeGraph;

/**
 * A force-directed layout (Fruchterman–Reingold): linked entries pull together, all entries push apart, and the
 * temperature cools so it settles. Repulsion uses a Barnes–Hut quadtree, so a step costs about n log n rather
 * than n². Deterministic for a given graph.
 */
public final class GraphLayout {

    /** Where each node ended up. */
    public record Positions(Map<UUID, double[]> byId) {
    }

    private static final int ITERATIONS = 200;

    public Positions layout(KnowledgeGraph graph) {
        int n = graph.nodes().size();
        Map<UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(graph.nodes().get(i).id(), i);
        }
        double area = Math.max(1, n) * 10_000.0;
        double k = Math.sqrt(area / Math.max(1, n));
        double side = Math.sqrt(area);
        double[] x = new double[n];
        double[] y = new double[n];
        Random random = new Random(n * 31L + graph.edges().size());
        for (int i = 0; i < n; i++) {
            // Start on a spiral: spread out, and nodes that came in together start near each other.
            double angle = i * 2.399963;
            double radius = k * Math.sqrt(i + 1) * 0.8;
            x[i] = radius * Math.cos(angle) + random.nextDouble();
            y[i] = radius * Math.sin(angle) + random.nextDouble();
        }
        List<int[]> edges = new ArrayList<>();
        for (KnowledgeGraph.Edge edge : graph.edges()) {
            Integer from = index.get(edge.from());
            Integer to = index.get(edge.to());
            if (from != null && to != null && !from.equals(to)) {
                edges.add(new int[] {from, to});
            }
        }
        double temperature = side / 10;
        double[] dx = new double[n];
        double[] dy = new double[n];
        for (int step = 0; step < ITERATIONS; step++) {
            java.util.Arrays.fill(dx, 0);
            java.util.Arrays.fill(dy, 0);
            repel(x, y, dx, dy, k);
            for (int[] edge : edges) {
                double ex = x[edge[0]] - x[edge[1]];
                double ey = y[edge[0]] - y[edge[1]];
                double distance = Math.max(0.01, Math.hypot(ex, ey));
                double force = distance * distance / k;
                double fx = ex / distance * force;
                double fy = ey / distance * force;
                dx[edge[0]] -= fx;
                dy[edge[0]] -= fy;
                dx[edge[1]] += fx;
                dy[edge[1]] += fy;
            }
            for (int i = 0; i < n; i++) {
                // A weak pull to the centre keeps unconnected entries from drifting away.
                dx[i] -= x[i] * 0.01;
                dy[i] -= y[i] * 0.01;
                double length = Math.max(0.01, Math.hypot(dx[i], dy[i]));
                double move = Math.min(length, temperature);
                x[i] += dx[i] / length * move;
                y[i] += dy[i] / length * move;
            }
            temperature *= 0.978;
        }
        Map<UUID, double[]> positions = new HashMap<>();
        for (int i = 0; i < n; i++) {
            positions.put(graph.nodes().get(i).id(), new double[] {x[i], y[i]});
        }
        return new Positions(positions);
    }

    /** Repulsion k²/d between every pair, approximated Barnes–Hut style: far-away groups act as one mass. */
    private static void repel(double[] x, double[] y, double[] dx, double[] dy, double k) {
        QuadTree tree = QuadTree.of(x, y);
        double kk = k * k;
        for (int i = 0; i < x.length; i++) {
            tree.push(i, x, y, dx, dy, kk);
        }
    }

    /** A quadtree of points with each cell's count and centre of mass. */
    private static final class QuadTree {
        private static final double THETA = 0.9;
        private final double minX;
        private final double minY;
        private final double size;
        private QuadTree[] children;
        private int point = -1;
        private int count;
        private double massX;
        private double massY;

        private QuadTree(double minX, double minY, double size) {
            this.minX = minX;
            this.minY = minY;
            this.size = size;
        }

        static QuadTree of(double[] x, double[] y) {
            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            for (int i = 0; i < x.length; i++) {
                minX = Math.min(minX, x[i]);
                minY = Math.min(minY, y[i]);
                maxX = Math.max(maxX, x[i]);
                maxY = Math.max(maxY, y[i]);
            }
            QuadTree root = new QuadTree(minX, minY, Math.max(1, Math.max(maxX - minX, maxY - minY)) + 1);
            for (int i = 0; i < x.length; i++) {
                root.insert(i, x, y, 0);
            }
            return root;
        }

        private void insert(int i, double[] x, double[] y, int depth) {
            massX = (massX * count + x[i]) / (count + 1);
            massY = (massY * count + y[i]) / (count + 1);
            count++;
            if (count == 1) {
                point = i;
                return;
            }
            if (depth > 40) {
                return; // points on top of each other: keep them together as one mass
            }
            if (children == null) {
                children = new QuadTree[4];
                int existing = point;
                point = -1;
                if (existing >= 0) {
                    child(existing, x, y).insert(existing, x, y, depth + 1);
                }
            }
            child(i, x, y).insert(i, x, y, depth + 1);
        }

        private QuadTree child(int i, double[] x, double[] y) {
            double half = size / 2;
            int east = x[i] >= minX + half ? 1 : 0;
            int south = y[i] >= minY + half ? 1 : 0;
            int slot = south * 2 + east;
            if (children[slot] == null) {
                children[slot] = new QuadTree(minX + east * half, minY + south * half, half);
            }
            return children[slot];
        }

        void push(int i, double[] x, double[] y, double[] dx, double[] dy, double kk) {
            if (count == 0 || point == i && children == null) {
                return;
            }
            double ex = x[i] - massX;
            double ey = y[i] - massY;
            double distance = Math.max(0.01, Math.hypot(ex, ey));
            if (children == null || size / distance < THETA) {
                int others = point == i ? count - 1 : count;
                double force = kk * others / distance;
                dx[i] += ex / distance * force;
                dy[i] += ey / distance * force;
                return;
            }
            for (QuadTree child : children) {
                if (child != null) {
                    child.push(i, x, y, dx, dy, kk);
                }
            }
        }
    }

}
