package org.projectnexus.gui.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Which node labels the graph draws: the most important first (the open entry, the hovered one and its
 * neighbours, then the best connected), each only where it overlaps no label drawn before it. In the dense centre
 * of a large graph most labels give way; zooming in spreads the nodes and lets more of them show (issue 25).
 */
final class LabelPlacement {

    /** A label that could be drawn: its box on screen and how much it matters (higher first). */
    record Candidate(UUID id, double x, double y, double width, double height, int priority) {

        boolean overlaps(Candidate other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height
                    && other.y < y + height;
        }
    }

    private LabelPlacement() {
    }

    /** The candidates to draw: by priority, each kept only if it overlaps none kept before; always-shown ones stay. */
    static List<Candidate> place(List<Candidate> candidates, int alwaysFrom) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt(Candidate::priority).reversed());
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : ordered) {
            if (candidate.priority() >= alwaysFrom || kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        return kept;
    }
}
