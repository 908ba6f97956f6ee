package org.projectnexus.gui.sidebar;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.projectnexus.gui.concurrency.BackgroundExecutor;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.Tag;

/**
 * The entries of the sidebar: all of them, most recently updated first, narrowed by the filter text.
 * Loading happens in the background; the list is replaced on the FX thread.
 */
public final class EntryListViewModel {

    private final KnowledgeBase knowledgeBase;
    private final BackgroundExecutor background;
    private final ObservableList<EntrySummary> all = FXCollections.observableArrayList();
    private final FilteredList<EntrySummary> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Tag> tag = new ReadOnlyObjectWrapper<>();
    /** Only entries of this kind; null shows every kind. */
    private final javafx.beans.property.ObjectProperty<EntryKind> kind = new javafx.beans.property.SimpleObjectProperty<>();
    private Set<UUID> taggedIds = Set.of();

    public EntryListViewModel(KnowledgeBase knowledgeBase, BackgroundExecutor background) {
        this.knowledgeBase = knowledgeBase;
        this.background = background;
        filter.addListener((property, old, text) -> applyFilters());
        kind.addListener((property, old, now) -> applyFilters());
    }

    public javafx.beans.property.ObjectProperty<EntryKind> kindProperty() {
        return kind;
    }

    /** Shows only entries with this tag or a tag nested under it (null: all entries). */
    public void filterByTag(Tag wanted) {
        if (wanted == null) {
            tag.set(null);
            taggedIds = Set.of();
            applyFilters();
            return;
        }
        background.run("entries tagged " + wanted, () -> knowledgeBase.connections().entriesTagged(wanted), ids -> {
            tag.set(wanted);
            taggedIds = ids;
            applyFilters();
        }, failure -> { });
    }

    public ReadOnlyObjectProperty<Tag> tagProperty() {
        return tag.getReadOnlyProperty();
    }

    private void applyFilters() {
        Predicate<EntrySummary> byTitle = matching(filter.get());
        Set<UUID> ids = taggedIds;
        boolean byTag = tag.get() != null;
        EntryKind onlyKind = kind.get();
        shown.setPredicate(entry -> byTitle.test(entry) && (!byTag || ids.contains(entry.id()))
                && (onlyKind == null || entry.kind() == onlyKind));
    }

    /** Reloads the list from the knowledge base, then runs {@code then}. */
    public void reload(Runnable then) {
        Tag wanted = tag.get();
        background.run("list entries", () -> new Listing(knowledgeBase.entries().summaries(),
                wanted == null ? Set.of() : knowledgeBase.connections().entriesTagged(wanted)), listing -> {
                    taggedIds = listing.taggedIds();
                    all.setAll(listing.summaries());
                    applyFilters();
                    then.run();
                }, failure -> then.run());
    }

    private record Listing(List<EntrySummary> summaries, Set<UUID> taggedIds) {
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
