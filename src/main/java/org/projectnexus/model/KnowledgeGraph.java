package org.projectnexus.model;

import java.util.List;
import java.util.UUID;

/** Entries as nodes and resolved links as edges, for the graph view. */
public record KnowledgeGraph(List<Node> nodes, List<Edge> edges) {

    public record Node(UUID id, String title, EntryKind kind, List<String> tags) {
    }

    public record Edge(UUID from, UUID to) {
    }

    public KnowledgeGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
