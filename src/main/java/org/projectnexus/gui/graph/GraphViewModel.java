package org.projectnexus.gui.graph;

import org.projectnexus.gui.dialogs.UserMessages;

import java.util.function.Consumer;

import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.links.GraphLayout;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.KnowledgeGraph;

/**
 * What the graph shows: the whole knowledge base or the open entry's neighbourhood (1 or 2 links away), filtered
 * by kind and tag, laid out in the background.
 */
public final class GraphViewModel {

    /** How much of the knowledge base to show. */
    public enum Scope {
        WHOLE("Whole knowledge base"), DEPTH_1("Open entry, 1 link away"), DEPTH_2("Open entry, 2 links away");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A graph with the positions of its nodes, and the entry it centres on (may be null). */
    public record Laid(KnowledgeGraph graph, GraphLayout.Positions positions, UUID centre) {
    }

    private final KnowledgeBase knowledgeBase;
    /** Tells the user (the status bar) what went wrong. */
    private final Consumer<String> tell;
    private final BackgroundExecutor background;
    private final GraphLayout layout = new GraphLayout();
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.WHOLE);
    private final ObjectProperty<Set<EntryKind>> kinds = new SimpleObjectProperty<>(EnumSet.allOf(EntryKind.class));
    private final StringProperty tag = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Laid> laid = new ReadOnlyObjectWrapper<>();
    private UUID centre;

    public GraphViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background, Consumer<String> tell) {
        this.knowledgeBase = knowledgeBase;
        this.tell = tell;
        this.background = background;
        scope.addListener(changed -> reload());
        kinds.addListener(changed -> reload());
        tag.addListener(changed -> reload());
    }

    public void centreOn(UUID entryId) {
        centre = entryId;
    }

    public void reload() {
        Scope wanted = scope.get();
        Set<EntryKind> shownKinds = EnumSet.copyOf(kinds.get().isEmpty() ? EnumSet.allOf(EntryKind.class) : kinds.get());
        String wantedTag = tag.get() == null ? "" : tag.get().strip().replaceFirst("^#", "").toLowerCase();
        UUID around = centre;
        background.run("lay out graph", () -> {
            KnowledgeGraph graph = filter(knowledgeBase.connections().graph(), wanted, shownKinds, wantedTag, around);
            return new Laid(graph, layout.layout(graph), around);
        }, laid::set, failure -> tell.accept("The graph could not be drawn: " + UserMessages.of(failure)));
    }

    static KnowledgeGraph filter(KnowledgeGraph graph, Scope scope, Set<EntryKind> kinds, String tag, UUID centre) {
        Set<UUID> keep = new HashSet<>();
        for (KnowledgeGraph.Node node : graph.nodes()) {
            boolean tagged = tag.isEmpty() || node.tags().stream().anyMatch(t -> t.equals(tag) || t.startsWith(tag + "/"));
            if (kinds.contains(node.kind()) && (tagged || node.id().equals(centre))) {
                keep.add(node.id());
            }
        }
        if (scope != Scope.WHOLE && centre != null) {
            keep.retainAll(neighbourhood(graph, centre, scope == Scope.DEPTH_1 ? 1 : 2));
        }
        List<KnowledgeGraph.Node> nodes = graph.nodes().stream().filter(node -> keep.contains(node.id())).toList();
        List<KnowledgeGraph.Edge> edges = graph.edges().stream()
                .filter(edge -> keep.contains(edge.from()) && keep.contains(edge.to())).toList();
        return new KnowledgeGraph(nodes, edges);
    }

    private static Set<UUID> neighbourhood(KnowledgeGraph graph, UUID centre, int depth) {
        Map<UUID, Set<UUID>> neighbours = new HashMap<>();
        for (KnowledgeGraph.Edge edge : graph.edges()) {
            neighbours.computeIfAbsent(edge.from(), id -> new HashSet<>()).add(edge.to());
            neighbours.computeIfAbsent(edge.to(), id -> new HashSet<>()).add(edge.from());
        }
        Set<UUID> seen = new HashSet<>(Set.of(centre));
        ArrayDeque<UUID> frontier = new ArrayDeque<>(List.of(centre));
        for (int level = 0; level < depth; level++) {
            ArrayDeque<UUID> next = new ArrayDeque<>();
            for (UUID id : frontier) {
                for (UUID neighbour : neighbours.getOrDefault(id, Set.of())) {
                    if (seen.add(neighbour)) {
                        next.add(neighbour);
                    }
                }
            }
            frontier = next;
        }
        return seen;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public ObjectProperty<Set<EntryKind>> kindsProperty() {
        return kinds;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public ReadOnlyObjectProperty<Laid> laidProperty() {
        return laid.getReadOnlyProperty();
    }
}
