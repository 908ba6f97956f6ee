package org.projectnexus.gui.navigation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.projectnexus.model.Entry;

/**
 * Back, forward and recent entries for the window: follows whatever the editor opens (from the list, a link,
 * search or the switcher) and opens entries through {@code open}.
 */
public final class NavigationViewModel {

    /** An entry in the recent list, with its title when it was last open. */
    public record Recent(UUID id, String title) {
    }

    private final NavigationHistory history = new NavigationHistory();
    private final Consumer<UUID> open;
    private final Map<UUID, String> titles = new LinkedHashMap<>();
    private final ObservableList<Recent> recent = FXCollections.observableArrayList();

    public NavigationViewModel(ObservableValue<Entry> opened, Consumer<UUID> open) {
        this.open = open;
        opened.addListener((property, old, entry) -> {
            if (entry != null) {
                titles.put(entry.id(), entry.title());
                history.opened(entry.id());
                refreshRecent();
            }
        });
    }

    public void back() {
        history.back().ifPresent(open);
    }

    public void forward() {
        history.forward().ifPresent(open);
    }

    /** The entry is gone: it leaves back, forward and recent. */
    public void forget(UUID id) {
        history.forget(id);
        titles.remove(id);
        refreshRecent();
    }

    /** Recently opened entries, newest first (for the quick switcher's ranking). */
    public List<UUID> recentIds() {
        return history.recent();
    }

    public ObservableList<Recent> recent() {
        return recent;
    }

    public NavigationHistory history() {
        return history;
    }

    private void refreshRecent() {
        recent.setAll(history.recent().stream().filter(titles::containsKey)
                .map(id -> new Recent(id, titles.get(id))).toList());
    }
}
