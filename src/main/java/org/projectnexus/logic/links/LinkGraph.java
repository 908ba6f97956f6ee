package org.projectnexus.logic.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.projectnexus.model.Entry;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.KnowledgeGraph;
import org.projectnexus.model.Tag;
import org.projectnexus.model.WikiLink;

/** The knowledge graph of indexed entries: entries as nodes, resolved links (by title, else alias) as edges. */
public final class LinkGraph {

    private LinkGraph() {
    }

    public static KnowledgeGraph of(List<IndexedEntry> entries) {
        Map<String, UUID> targets = new HashMap<>();
        for (IndexedEntry indexed : entries) {
            indexed.aliases().forEach(alias -> targets.putIfAbsent(WikiLink.titleKey(alias), indexed.entry().id()));
        }
        for (IndexedEntry indexed : entries) {
            targets.put(WikiLink.titleKey(indexed.entry().title()), indexed.entry().id());
        }
        List<KnowledgeGraph.Node> nodes = new ArrayList<>();
        Set<KnowledgeGraph.Edge> edges = new LinkedHashSet<>();
        for (IndexedEntry indexed : entries) {
            Entry entry = indexed.entry();
            nodes.add(new KnowledgeGraph.Node(entry.id(), entry.title(), entry.kind(),
                    indexed.tags().stream().map(Tag::name).toList()));
            for (WikiLink link : indexed.links()) {
                UUID target = targets.get(link.targetKey());
                if (target != null && !target.equals(entry.id())) {
                    edges.add(new KnowledgeGraph.Edge(entry.id(), target));
                }
            }
        }
        return new KnowledgeGraph(nodes, List.copyOf(edges));
    }
}
