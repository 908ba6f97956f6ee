package org.projectnexus.logic.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.projectnexus.model.ChangeEvent;

/**
 * Who hears each committed change (ADR 33), in the order they subscribed. Every listener hears the change even when
 * one before it fails: the search index, the switcher and the hub's outbox must not miss a commit because another
 * listener threw. The first failure is thrown after all were called, so the caller still hears of it.
 */
final class CommitListeners {

    private final List<Consumer<ChangeEvent>> listeners = new CopyOnWriteArrayList<>();

    void add(Consumer<ChangeEvent> listener) {
        listeners.add(listener);
    }

    void announce(ChangeEvent event) {
        RuntimeException first = null;
        for (Consumer<ChangeEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException failure) {
                if (first == null) {
                    first = failure;
                } else {
                    first.addSuppressed(failure);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
