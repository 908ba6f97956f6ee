package org.projectnexus.logic.store;

import java.util.List;
import java.util.UUID;
import org.projectnexus.model.StateChange;

/**
 * What the learning loop keeps beside the entries (issue 26): the history of challenges' states. Its writes happen
 * inside the entries' own transactions ({@link StoreSession#replace}, {@link EntryStore#insert}); this class reads.
 */
public final class LearningStore {

    private final Database database;

    public LearningStore(Database database) {
        this.database = database;
    }

    /** A challenge's changes of state, oldest first (empty for other entries). */
    public List<StateChange> stateHistory(UUID id) {
        return database.inTransaction(connection -> ChallengeStates.history(connection, id));
    }
}
