package org.projectnexus.logic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.StateChange;

/**
 * The history of challenges' states (table {@code challenge_state_change}), written in the transaction that changes
 * the state, so a state and its history never disagree.
 */
final class ChallengeStates {

    private ChallengeStates() {
    }

    /**
     * Records the state change between {@code previous} (null for a new entry) and {@code stored}, if they are
     * challenges and the state differs. A new challenge records the state it starts in.
     */
    static void recordIfChanged(Connection connection, Entry previous, Entry stored) throws SQLException {
        if (!(stored instanceof Challenge now)) {
            return;
        }
        ChallengeStatus before = previous instanceof Challenge was ? was.status() : null;
        if (before == now.status()) {
            return;
        }
        boolean regressed = now.status() == ChallengeStatus.REGRESSED && previous instanceof Challenge;
        Challenge failed = regressed ? (Challenge) previous : null;
        insert(connection, new StateChange(now.id(), before, now.status(), now.meta().updated(), now.version(),
                failed == null ? 0 : failed.version(), failed == null ? null : failed.solution()));
    }

    static void insert(Connection connection, StateChange change) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO challenge_state_change (entry_id,"
                + " changed_at, version, from_status, to_status, failed_version, failed_solution)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, change.entryId());
            insert.setTimestamp(2, Timestamp.from(change.at()));
            insert.setLong(3, change.version());
            insert.setString(4, change.from() == null ? null : change.from().name());
            insert.setString(5, change.to().name());
            insert.setLong(6, change.failedVersion());
            insert.setString(7, change.failedSolution());
            insert.executeUpdate();
        }
    }

    /** The challenge's state changes, oldest first. */
    static List<StateChange> history(Connection connection, UUID id) throws SQLException {
        List<StateChange> changes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT changed_at, version, from_status,"
                + " to_status, failed_version, failed_solution FROM challenge_state_change WHERE entry_id = ?"
                + " ORDER BY changed_at, version")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    changes.add(new StateChange(id, ChallengeStatus.parse(rows.getString(3)).orElse(null),
                            ChallengeStatus.parse(rows.getString(4)).orElse(ChallengeStatus.OPEN),
                            rows.getTimestamp(1).toInstant(), rows.getLong(2), rows.getLong(5),
                            rows.getString(6)));
                }
            }
        }
        return changes;
    }

    /** Forgets the history of entries that are neither live nor in the trash (after the trash was emptied). */
    static void forgetGone(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM challenge_state_change c"
                + " WHERE NOT EXISTS (SELECT 1 FROM entry e WHERE e.id = c.entry_id)"
                + " AND NOT EXISTS (SELECT 1 FROM trash t WHERE t.id = c.entry_id)")) {
            delete.executeUpdate();
        }
    }
}
