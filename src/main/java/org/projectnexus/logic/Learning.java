package org.projectnexus.logic;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.projectnexus.logic.store.LearningStore;
import org.projectnexus.model.StateChange;

/**
 * The learning loop (issue 26): a challenge's life cycle (open, solved, verified, regressed) and its history. A
 * state changes by saving the challenge through {@link Entries}; the store records each change in the same
 * transaction. Methods block on the database: call them off the FX thread.
 */
public final class Learning {

    private final LearningStore store;

    Learning(LearningStore store) {
        this.store = store;
    }

    /** The challenge's changes of state with their dates, oldest first; empty for other entries. */
    public List<StateChange> stateHistory(UUID challenge) {
        return store.stateHistory(challenge);
    }

    /** The latest regression of the challenge, with the solution that did not hold, if it ever regressed. */
    public Optional<StateChange> lastRegression(UUID challenge) {
        List<StateChange> history = stateHistory(challenge);
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).regression()) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }
}
