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
 * temperature cools so it settles. Repulsion is only computed between nodes in neighbouring grid cells, so a
 * step costs about as much as the number of nodes and edges, not its square. Deterministic for a given graph.
 */
public final class GraphLayout {

    /** Where each node ended up. */
    public record Positions(Map<UUID, double[]> byId) {
    }

    private static final int ITERATIONS = 300;

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
            temperature *= 0.985;
        }
        Map<UUID, double[]> positions = new HashMap<>();
        for (int i = 0; i < n; i++) {
            positions.put(graph.nodes().get(i).id(), new double[] {x[i], y[i]});
        }
        return new Positions(positions);
    }

    /** Repulsion k²/d between nodes less than 2k apart, found through a grid of cells 2k wide. */
    private static void repel(double[] x, double[] y, double[] dx, double[] dy, double k) {
        double cell = 2 * k;
        Map<Long, List<Integer>> grid = new HashMap<>();
        for (int i = 0; i < x.length; i++) {
            grid.computeIfAbsent(key((long) Math.floor(x[i] / cell), (long) Math.floor(y[i] / cell)),
                    c -> new ArrayList<>()).add(i);
        }
        for (int i = 0; i < x.length; i++) {
            long cx = (long) Math.floor(x[i] / cell);
            long cy = (long) Math.floor(y[i] / cell);
            for (long gx = cx - 1; gx <= cx + 1; gx++) {
                for (long gy = cy - 1; gy <= cy + 1; gy++) {
                    List<Integer> near = grid.get(key(gx, gy));
                    if (near == null) {
                        continue;
                    }
                    for (int j : near) {
                        if (j == i) {
                            continue;
                        }
                        double ex = x[i] - x[j];
                        double ey = y[i] - y[j];
                        double distance = Math.max(0.01, Math.hypot(ex, ey));
                        if (distance < cell) {
                            double force = k * k / distance;
                            dx[i] += ex / distance * force;
                            dy[i] += ey / distance * force;
                        }
                    }
                }
            }
        }
    }

    private static long key(long gx, long gy) {
        return gx * 1_000_003L + gy;
    }
}
