package org.projectnexus.gui.sidebar;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
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
 * or a tag under it; renaming and merging tags. The entry being edited counts with its settled text (issue 25):
 * its autosaves are held back until they stop for {@link #SETTLE_DELAY} or another entry opens, so a tag being
 * typed ({@code #cach} on the way to {@code #caching}) never shows up in the panel or in completion.
 */
public final class TagBrowserViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TagBrowserViewModel.class);

    /** A tag in the tree: its full name, its last segment, and the entries carrying it or one nested under it. */
    public record TagNode(String name, String label, int count, Map<String, TagNode> children) {
    }

    static final Duration SETTLE_DELAY = Duration.seconds(10);

    private final Entries entries;
    private final Connections connections;
    private final BackgroundExecutor background;
    private final ReadOnlyObjectWrapper<Map<String, TagNode>> roots = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<List<String>> inUse = new ReadOnlyObjectWrapper<>(List.of());
    /** Null until the first load: changes before it are in what it reads. */
    private TagTally tally;
    /** The open entry's saves not counted yet: its tags before the first of them and after the last. */
    private ChangeEvent.Change held;
    private final PauseTransition settling;

    public TagBrowserViewModel(Entries entries, Connections connections, BackgroundExecutor background) {
        this(entries, connections, background, SETTLE_DELAY);
    }

    /** With how long the open entry's saves must stop before its tags count. */
    public TagBrowserViewModel(Entries entries, Connections connections, BackgroundExecutor background,
                               Duration settleDelay) {
        this.entries = entries;
        this.connections = connections;
        this.background = background;
        this.settling = new PauseTransition(settleDelay);
        settling.setOnFinished(event -> settle());
    }

    /** Counts every entry's tags (at start, and after a restore replaced everything), in one read. */
    public void reload() {
        settling.stop();
        held = null;
        background.run("count tags", () -> TagTally.of(entries.taggedSummaries(Optional.empty()).stream()
                .map(Map.Entry::getValue).toList()), loaded -> {
                    tally = loaded;
                    show();
                }, failure -> LOG.warn("The tags panel could not be filled", failure));
    }

    /** Follows a committed change on the FX thread, without reading the database. */
    public void apply(ChangeEvent event) {
        apply(event, null);
    }

    /**
     * As {@link #apply(ChangeEvent)}; a save of {@code editing} (the entry open in the editor, may be null) alone is
     * held back until the editing settles.
     */
    public void apply(ChangeEvent event, UUID editing) {
        if (tally == null) {
            return;
        }
        if (editing != null && event.changes().size() == 1 && event.changes().get(0).id().equals(editing)
                && (event.changes().get(0).how() == ChangeEvent.How.UPDATED
                || event.changes().get(0).how() == ChangeEvent.How.RENAMED)) {
            ChangeEvent.Change change = event.changes().get(0);
            if (held != null && !held.id().equals(change.id())) {
                settle();
            }
            held = held == null ? change : new ChangeEvent.Change(change.id(), change.how(), held.before(),
                    change.after(), held.tagsBefore(), change.tagsAfter());
            settling.playFromStart();
            return;
        }
        settle(); // first what was held, so that the counts stay in order
        tally.apply(event);
        show();
    }

    /** Counts the held saves of the entry that was being edited now (another entry opened, or typing settled). */
    public void settle() {
        settling.stop();
        if (held != null && tally != null) {
            tally.apply(new ChangeEvent(List.of(held), false));
            held = null;
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
