package org.projectnexus.gui.sidebar;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.logic.Connections;
import org.projectnexus.logic.Entries;
import org.projectnexus.logic.links.TagRenaming;
import org.projectnexus.model.ChangeEvent;
import org.projectnexus.model.Tag;

/**
 * The tags in use as a tree ({@code backend/caching} under {@code backend}), each with how many entries carry it
 * or a tag under it; renaming and merging tags.
 */
public final class TagBrowserViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TagBrowserViewModel.class);

    /** A tag in the tree: its full name, its last segment, and the entries carrying it or one nested under it. */
    public record TagNode(String name, String label, int count, Map<String, TagNode> children) {
    }

    private final Entries entries;
    private final Connections connections;
    private final BackgroundExecutor background;
    private final ReadOnlyObjectWrapper<Map<String, TagNode>> roots = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<List<String>> inUse = new ReadOnlyObjectWrapper<>(List.of());
    /** Null until the first load: changes before it are in what it reads. */
    private TagTally tally;

    public TagBrowserViewModel(Entries entries, Connections connections, BackgroundExecutor background) {
        this.entries = entries;
        this.connections = connections;
        this.background = background;
    }

    /** Counts every entry's tags (at start, and after a restore replaced everything), in one read. */
    public void reload() {
        background.run("count tags", () -> TagTally.of(entries.taggedSummaries(Optional.empty()).stream()
                .map(Map.Entry::getValue).toList()), loaded -> {
                    tally = loaded;
                    show();
                }, failure -> LOG.warn("The tags panel could not be filled", failure));
    }

    /** Follows a committed change on the FX thread, without reading the database. */
    public void apply(ChangeEvent event) {
        if (tally != null) {
            tally.apply(event);
            show();
        }
    }

    private void show() {
        roots.set(tree(tally.totals()));
        inUse.set(tally.inUse());
    }

    /** Renames (or, into an existing tag, merges); the tree follows the change event. {@code done} gets what was done. */
    public void rename(Tag from, Tag to, Consumer<TagRenaming> done, Consumer<Throwable> failed) {
        background.run("rename tag", () -> connections.renameTag(from, to), done, failed);
    }

    public ReadOnlyObjectProperty<Map<String, TagNode>> rootsProperty() {
        return roots.getReadOnlyProperty();
    }

    /** The tags in use, in alphabetical order (for completion in the editor). */
    public ReadOnlyObjectProperty<List<String>> inUseProperty() {
        return inUse.getReadOnlyProperty();
    }

    /** Builds the tree from each tag's total (a parent's total counts each entry under it once). */
    private static Map<String, TagNode> tree(Map<String, Integer> totals) {
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
