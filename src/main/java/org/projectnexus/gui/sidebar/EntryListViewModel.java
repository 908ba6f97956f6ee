package org.projectnexus.gui.sidebar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.logic.Connections;
import org.projectnexus.logic.Entries;
import org.projectnexus.model.ChangeEvent;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.Tag;

/**
 * The entries of the sidebar: all of them, most recently updated first, narrowed by the filter text, a kind and a
 * tag. Loaded once in the background; after that it follows the knowledge base's change events ({@link #apply}),
 * patching the list on the FX thread instead of reading it again.
 */
public final class EntryListViewModel {

    /** Above this many changes at once (an import), the list is rebuilt in memory rather than patched one by one. */
    private static final int PATCHED_ONE_BY_ONE = 64;
    private static final Comparator<EntrySummary> NEWEST_FIRST = Comparator.comparing(EntrySummary::updated)
            .reversed().thenComparing(summary -> summary.title().toLowerCase(Locale.ROOT));

    private final Entries entries;
    private final Connections connections;
    private final BackgroundExecutor background;
    private final ObservableList<EntrySummary> all = FXCollections.observableArrayList();
    private final FilteredList<EntrySummary> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Tag> tag = new ReadOnlyObjectWrapper<>();
    /** Only entries of this kind; null shows every kind. */
    private final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>();
    /** Only challenges in this state; null shows every entry. */
    private final ObjectProperty<ChallengeStatus> status = new SimpleObjectProperty<>();
    /** Only entries whose id it accepts (the team hub's filter per space); null shows every space. */
    private final ObjectProperty<java.util.function.Predicate<UUID>> space = new SimpleObjectProperty<>();
    /** The entries carrying {@link #tag} or a tag under it, kept up to date by {@link #apply}. */
    private Set<UUID> taggedIds = new HashSet<>();

    public EntryListViewModel(Entries entries, Connections connections, BackgroundExecutor background) {
        this.entries = entries;
        this.connections = connections;
        this.background = background;
        filter.addListener((property, old, text) -> applyFilters());
        kind.addListener((property, old, now) -> applyFilters());
        status.addListener((property, old, now) -> applyFilters());
        space.addListener((property, old, now) -> applyFilters());
    }

    /** The filter per space (set by the team hub's sidebar section): only entries of one space are listed. */
    public ObjectProperty<java.util.function.Predicate<UUID>> spaceFilterProperty() {
        return space;
    }

    public ObjectProperty<ChallengeStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<EntryKind> kindProperty() {
        return kind;
    }

    /** Shows only entries with this tag or a tag nested under it (null: all entries). */
    public void filterByTag(Tag wanted) {
        if (wanted == null) {
            tag.set(null);
            taggedIds = new HashSet<>();
            applyFilters();
            return;
        }
        background.run("entries tagged " + wanted, () -> connections.entriesTagged(wanted), ids -> {
            tag.set(wanted);
            taggedIds = new HashSet<>(ids);
            applyFilters();
        }, failure -> tag.set(null));
    }

    public ReadOnlyObjectProperty<Tag> tagProperty() {
        return tag.getReadOnlyProperty();
    }

    /** The predicate reads the filters' current state, so that entries patched in later are judged by it too. */
    private void applyFilters() {
        Predicate<EntrySummary> byTitle = matching(filter.get());
        shown.setPredicate(entry -> byTitle.test(entry) && (tag.get() == null || taggedIds.contains(entry.id()))
                && (kind.get() == null || entry.kind() == kind.get())
                && (status.get() == null || entry.status() == status.get())
                && (space.get() == null || space.get().test(entry.id())));
    }

    /** Loads the list from the knowledge base (at start, and after a restore replaced everything), then runs {@code then}. */
    public void reload(Runnable then) {
        Tag wanted = tag.get();
        background.run("list entries", () -> new Listing(entries.summaries(),
                wanted == null ? Set.of() : connections.entriesTagged(wanted)), listing -> {
                    taggedIds = new HashSet<>(listing.taggedIds());
                    all.setAll(listing.summaries());
                    applyFilters();
                    then.run();
                }, failure -> then.run());
    }

    private record Listing(List<EntrySummary> summaries, Set<UUID> taggedIds) {
    }

    /**
     * Brings the list in line with a committed change, on the FX thread: each changed entry leaves its place and,
     * if it is still live, comes back where its time puts it; the tag filter follows its tags.
     */
    public void apply(ChangeEvent event) {
        Tag wanted = tag.get();
        for (ChangeEvent.Change change : event.changes()) {
            if (wanted != null && change.after() != null && carries(change.tagsAfter(), wanted)) {
                taggedIds.add(change.id());
            } else {
                taggedIds.remove(change.id());
            }
        }
        if (event.changes().size() > PATCHED_ONE_BY_ONE) {
            rebuild(event);
            return;
        }
        for (ChangeEvent.Change change : event.changes()) {
            removeById(change.id());
            if (change.after() != null) {
                int at = 0;
                while (at < all.size() && NEWEST_FIRST.compare(all.get(at), change.after()) < 0) {
                    at++;
                }
                all.add(at, change.after());
            }
        }
    }

    private void rebuild(ChangeEvent event) {
        Map<UUID, EntrySummary> byId = new LinkedHashMap<>();
        all.forEach(summary -> byId.put(summary.id(), summary));
        for (ChangeEvent.Change change : event.changes()) {
            byId.remove(change.id());
            if (change.after() != null) {
                byId.put(change.id(), change.after());
            }
        }
        List<EntrySummary> sorted = new ArrayList<>(byId.values());
        sorted.sort(NEWEST_FIRST);
        all.setAll(sorted);
    }

    private void removeById(UUID id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                all.remove(i);
                return;
            }
        }
    }

    private static boolean carries(List<Tag> tags, Tag wanted) {
        return tags.stream().anyMatch(tag -> tag.equals(wanted) || tag.name().startsWith(wanted.name() + "/"));
    }

    /** Every entry's title, whatever the filters. */
    public List<String> allTitles() {
        return all.stream().map(EntrySummary::title).toList();
    }

    public ObservableList<EntrySummary> shownEntries() {
        return shown;
    }

    public List<EntrySummary> shown(EntryKind kind) {
        return shown.stream().filter(entry -> entry.kind() == kind).toList();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    private static Predicate<EntrySummary> matching(String text) {
        String words = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            return entry -> true;
        }
        String[] parts = words.split("\\s+");
        return entry -> {
            String title = entry.title().toLowerCase(Locale.ROOT);
            for (String part : parts) {
                if (!title.contains(part)) {
                    return false;
                }
            }
            return true;
        };
    }
}
