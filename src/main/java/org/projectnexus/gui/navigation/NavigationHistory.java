package org.projectnexus.gui.navigation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Where the user has been, as in a browser: each entry opened goes on the back stack; going back moves it to the
 * forward stack; opening something new clears the forward stack. Also the most recently opened entries, newest
 * first, without repeats (for the recent list and the quick switcher).
 */
public final class NavigationHistory {

    private static final int RECENT_KEPT = 30;
    private static final int STEPS_KEPT = 200;

    private final Deque<UUID> back = new ArrayDeque<>();
    private final Deque<UUID> forward = new ArrayDeque<>();
    private final LinkedHashSet<UUID> recent = new LinkedHashSet<>();
    private UUID current;
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(false);

    /** The entry now open (null: none). Called for every opening, including those made by back and forward. */
    public void opened(UUID id) {
        if (id == null || id.equals(current)) {
            return;
        }
        if (current != null) {
            back.push(current);
            if (back.size() > STEPS_KEPT) {
                back.removeLast();
            }
        }
        forward.clear();
        current = id;
        remember(id);
    }

    /** The entry to open to go back, moving along the history; empty at the start. */
    public Optional<UUID> back() {
        if (back.isEmpty()) {
            return Optional.empty();
        }
        forward.push(current);
        current = back.pop();
        remember(current);
        return Optional.of(current);
    }

    public Optional<UUID> forward() {
        if (forward.isEmpty()) {
            return Optional.empty();
        }
        back.push(current);
        current = forward.pop();
        remember(current);
        return Optional.of(current);
    }

    /** An entry was deleted: it leaves the history. */
    public void forget(UUID id) {
        back.removeIf(id::equals);
        forward.removeIf(id::equals);
        recent.remove(id);
        if (id.equals(current)) {
            current = null;
        }
        update();
    }

    /** The recently opened entries, newest first. */
    public List<UUID> recent() {
        List<UUID> newestFirst = new ArrayList<>(recent);
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    private void remember(UUID id) {
        recent.remove(id);
        recent.add(id);
        if (recent.size() > RECENT_KEPT) {
            recent.remove(recent.iterator().next());
        }
        update();
    }

    private void update() {
        canGoBack.set(!back.isEmpty());
        canGoForward.set(!forward.isEmpty());
    }
}
