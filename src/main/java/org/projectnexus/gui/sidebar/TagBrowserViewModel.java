package org.projectnexus.gui.sidebar;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Tag;

/**
 * The tags in use as a tree ({@code backend/caching} under {@code backend}), each with how many entries carry it
 * or a tag under it; renaming and merging tags.
 */
public final class TagBrowserViewModel {

    /** A tag in the tree: its full name, its last segment, and the entries carrying it or one nested under it. */
    public record TagNode(String name, String label, int count, Map<String, TagNode> children) {
    }

    private final KnowledgeBase knowledgeBase;
    private final BackgroundExecutor background;
    private final ReadOnlyObjectWrapper<Map<String, TagNode>> roots = new ReadOnlyObjectWrapper<>(Map.of());

    public TagBrowserViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background) {
        this.knowledgeBase = knowledgeBase;
        this.background = background;
    }

    public void reload() {
        background.run("count tags", () -> tree(knowledgeBase.connections().tagCounts(), knowledgeBase), roots::set, failure -> { });
    }

    /** Renames (or, into an existing tag, merges) and reloads; {@code done} gets what was done (for undo). */
    public void rename(Tag from, Tag to, Consumer<org.projectnexus.logic.links.TagRenaming> done,
                       Consumer<Throwable> failed) {
        background.run("rename tag", () -> knowledgeBase.connections().renameTag(from, to), changed -> {
            reload();
            done.accept(changed);
        }, failed);
    }

    public ReadOnlyObjectProperty<Map<String, TagNode>> rootsProperty() {
        return roots.getReadOnlyProperty();
    }

    /** Builds the tree; a parent's count is the number of distinct entries tagged with it or anything under it. */
    private static Map<String, TagNode> tree(Map<String, Integer> counts, KnowledgeBase knowledgeBase) {
        Map<String, Integer> totals = new TreeMap<>();
        for (String tag : counts.keySet()) {
            String[] parts = tag.split("/");
            StringBuilder prefix = new StringBuilder();
            for (String part : parts) {
                prefix.append(prefix.length() == 0 ? "" : "/").append(part);
                totals.putIfAbsent(prefix.toString(), 0);
            }
        }
        totals.replaceAll((tag, zero) -> counts.keySet().stream().anyMatch(name -> name.startsWith(tag + "/"))
                ? knowledgeBase.connections().entriesTagged(new Tag(tag)).size() : counts.getOrDefault(tag, 0));
        Map<String, TagNode> roots = new TreeMap<>();
        for (Map.Entry<String, Integer> total : totals.entrySet()) {
            String name = total.getKey();
            int slash = name.lastIndexOf('/');
            TagNode node = new TagNode(name, name.substring(slash + 1), total.getValue(), new TreeMap<>());
            if (slash < 0) {
                roots.put(name, node);
            } else {
                find(roots, name.substring(0, slash)).children().put(name, node);
            }
        }
        return roots;
    }

    private static TagNode find(Map<String, TagNode> roots, String name) {
        String[] parts = name.split("/");
        TagNode node = roots.get(parts[0]);
        StringBuilder path = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            path.append('/').append(parts[i]);
            node = node.children().get(path.toString());
        }
        return node;
    }
}
