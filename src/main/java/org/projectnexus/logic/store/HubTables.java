package org.projectnexus.logic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.projectnexus.model.EntryFields;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.HubMembership;
import org.projectnexus.model.ServerEntry;

/** The team hub's local tables (V13): memberships, spaces with their synced base, the outbox, conflicts, notices. */
final class HubTables {

    private static final String SPACE_COLUMNS = "entry_id, team, server_version, synced_local_version, server_deleted,"
            + " base_kind, base_title, base_body, base_problem, base_solution, base_status, base_category, changed_by,"
            + " changed_at";

    void join(Connection connection, String team, String url, String member, char[] password, Instant now)
            throws SQLException {
        update(connection, "MERGE INTO hub_connection (team, url, member, password, joined_at) KEY (team)"
                + " VALUES (?, ?, ?, ?, ?)", team, url, member, password == null ? null : new String(password),
                Timestamp.from(now));
    }

    void rememberPassword(Connection connection, String team, char[] password) throws SQLException {
        update(connection, "UPDATE hub_connection SET password = ? WHERE team = ?", new String(password), team);
    }

    List<HubMembership> memberships(Connection connection) throws SQLException {
        List<HubMembership> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT team, url, member, password IS NOT NULL,"
                + " pull_cursor, joined_at, last_sync FROM hub_connection ORDER BY team");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                found.add(new HubMembership(rows.getString(1), rows.getString(2), rows.getString(3), rows.getBoolean(4),
                        rows.getLong(5), rows.getTimestamp(6).toInstant(), instant(rows.getTimestamp(7))));
            }
        }
        return found;
    }

    Optional<String> password(Connection connection, String team) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT password FROM hub_connection WHERE team = ?")) {
            query.setString(1, team);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        }
    }

    void advance(Connection connection, String team, long cursor, Instant syncedAt) throws SQLException {
        update(connection, "UPDATE hub_connection SET pull_cursor = GREATEST(pull_cursor, ?), last_sync = ?"
                + " WHERE team = ?", cursor, Timestamp.from(syncedAt), team);
    }

    Map<UUID, String> spaces(Connection connection) throws SQLException {
        Map<UUID, String> spaces = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT entry_id, team FROM hub_space");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                spaces.put(rows.getObject(1, UUID.class), rows.getString(2));
            }
        }
        return spaces;
    }

    boolean anyShared(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM hub_space LIMIT 1");
             ResultSet rows = query.executeQuery()) {
            return rows.next();
        }
    }

    /** Of these ids, those in a team space, with their team. */
    Map<UUID, String> spacesOf(Connection connection, Collection<UUID> ids) throws SQLException {
        Map<UUID, String> spaces = new HashMap<>();
        List<UUID> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<UUID> page = all.subList(from, Math.min(all.size(), from + 500));
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT entry_id, team FROM hub_space WHERE entry_id IN (" + UuidList.constants(page) + ")")) {
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        spaces.put(rows.getObject(1, UUID.class), rows.getString(2));
                    }
                }
            }
        }
        return spaces;
    }

    Optional<HubLedger.SyncedBase> base(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + SPACE_COLUMNS + " FROM hub_space WHERE entry_id = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String kind = row.getString("base_kind");
                EntryFields fields = kind == null ? null : new EntryFields(EntryKind.valueOf(kind),
                        row.getString("base_title"), row.getString("base_body"), row.getString("base_problem"),
                        row.getString("base_solution"), row.getString("base_status"), row.getString("base_category"));
                return Optional.of(new HubLedger.SyncedBase(id, row.getString("team"), row.getLong("server_version"),
                        row.getLong("synced_local_version"), row.getBoolean("server_deleted"), fields,
                        row.getString("changed_by"), instant(row.getTimestamp("changed_at"))));
            }
        }
    }

    /** A new team entry, never synced: its base is empty (server version 0). */
    void addToSpace(Connection connection, UUID id, String team) throws SQLException {
        update(connection, "MERGE INTO hub_space (entry_id, team) KEY (entry_id) VALUES (?, ?)", id, team);
    }

    void removeFromSpace(Connection connection, UUID id) throws SQLException {
        update(connection, "DELETE FROM hub_space WHERE entry_id = ?", id);
    }

    /** The entry's synced state is the server's {@code synced}, which local version {@code localVersion} matches. */
    void synced(Connection connection, String team, ServerEntry synced, long localVersion) throws SQLException {
        EntryFields fields = EntryFields.of(synced.entry());
        update(connection, "MERGE INTO hub_space (" + SPACE_COLUMNS + ") KEY (entry_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", synced.entry().id(), team, synced.version(),
                localVersion, synced.deleted(), fields.kind().name(), fields.title(), fields.body(), fields.problem(),
                fields.solution(), fields.status(), fields.category(), synced.changedBy(),
                synced.changedAt() == null ? null : Timestamp.from(synced.changedAt()));
    }

    void enqueue(Connection connection, UUID id, String team, String action, Long baseVersion, Instant now)
            throws SQLException {
        update(connection, "INSERT INTO hub_outbox (change_id, entry_id, team, action, base_version, queued_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", UUID.randomUUID(), id, team, action, baseVersion, Timestamp.from(now));
    }

    /** The latest outbox row of each entry of the team, oldest first, with the number of rows it stands for. */
    List<HubLedger.OutboxItem> outbox(Connection connection, String team) throws SQLException {
        List<HubLedger.OutboxItem> items = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT o.seq, o.change_id, o.entry_id, o.action,"
                + " o.base_version FROM hub_outbox o WHERE o.team = ? AND o.seq = (SELECT MAX(l.seq) FROM hub_outbox l"
                + " WHERE l.entry_id = o.entry_id AND l.team = o.team) ORDER BY o.seq")) {
            query.setString(1, team);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long base = rows.getLong(5);
                    items.add(new HubLedger.OutboxItem(rows.getLong(1), rows.getObject(2, UUID.class),
                            rows.getObject(3, UUID.class), rows.getString(4), rows.wasNull() ? null : base));
                }
            }
        }
        return items;
    }

    /** The change ids waiting in the outbox for this entry (a push of one of them may have reached the server). */
    List<UUID> changeIds(Connection connection, UUID id) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT change_id FROM hub_outbox WHERE entry_id = ? ORDER BY seq")) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    long outboxSeq(Connection connection, UUID changeId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT seq FROM hub_outbox WHERE change_id = ?")) {
            query.setObject(1, changeId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        }
    }

    void syncedLocalVersion(Connection connection, UUID id, long localVersion) throws SQLException {
        update(connection, "UPDATE hub_space SET synced_local_version = ? WHERE entry_id = ?", localVersion, id);
    }

    java.util.Set<UUID> pendingEntries(Connection connection) throws SQLException {
        java.util.Set<UUID> ids = new java.util.HashSet<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT entry_id FROM hub_outbox");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    boolean hasPending(Connection connection, UUID id) throws SQLException {
        return count(connection, "SELECT COUNT(*) FROM hub_outbox WHERE entry_id = ?", id) > 0;
    }

    void dropOutbox(Connection connection, UUID id, long upToSeq) throws SQLException {
        update(connection, "DELETE FROM hub_outbox WHERE entry_id = ? AND seq <= ?", id, upToSeq);
    }

    void dropOutbox(Connection connection, UUID id) throws SQLException {
        update(connection, "DELETE FROM hub_outbox WHERE entry_id = ?", id);
    }

    /**
     * Team entries whose local state moved since their last sync with nothing in the outbox: changes whose outbox
     * row was lost (the process ended between the change's commit and its event). Edited ones, then trashed ones.
     */
    List<UUID> missedChanges(Connection connection, String team, boolean trashed) throws SQLException {
        String sql = trashed
                ? "SELECT s.entry_id FROM hub_space s WHERE s.team = ? AND s.server_deleted = FALSE AND s.server_version > 0"
                  + " AND NOT EXISTS (SELECT 1 FROM entry e WHERE e.id = s.entry_id)"
                  + " AND NOT EXISTS (SELECT 1 FROM hub_outbox o WHERE o.entry_id = s.entry_id)"
                : "SELECT s.entry_id FROM hub_space s JOIN entry e ON e.id = s.entry_id WHERE s.team = ?"
                  + " AND (e.version <> s.synced_local_version OR s.server_deleted)"
                  + " AND NOT EXISTS (SELECT 1 FROM hub_outbox o WHERE o.entry_id = s.entry_id)";
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, team);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    int pending(Connection connection, String team) throws SQLException {
        return count(connection, "SELECT COUNT(DISTINCT entry_id) FROM hub_outbox WHERE team = ?", team);
    }

    int sharedCount(Connection connection, String team) throws SQLException {
        return count(connection, "SELECT COUNT(*) FROM hub_space WHERE team = ?", team);
    }

    void conflict(Connection connection, UUID copyId, UUID entryId, String team, Instant now) throws SQLException {
        update(connection, "INSERT INTO hub_conflict (copy_id, entry_id, team, created_at) VALUES (?, ?, ?, ?)",
                copyId, entryId, team, Timestamp.from(now));
    }

    /** Marks the conflict of this copy resolved (it leaves the Conflicts view; the copy itself is not touched). */
    boolean resolve(Connection connection, UUID copyId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE hub_conflict SET resolved = TRUE WHERE copy_id = ? AND resolved = FALSE")) {
            update.setObject(1, copyId);
            return update.executeUpdate() > 0;
        }
    }

    /** Open conflicts: the entry's id and title, the copy's id and title, team, when; oldest first. */
    List<Object[]> conflicts(Connection connection) throws SQLException {
        List<Object[]> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT c.entry_id, e.title, c.copy_id, k.title,"
                + " c.team, c.created_at FROM hub_conflict c LEFT JOIN entry e ON e.id = c.entry_id"
                + " JOIN entry k ON k.id = c.copy_id WHERE c.resolved = FALSE ORDER BY c.created_at");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                found.add(new Object[] {rows.getObject(1, UUID.class), rows.getString(2), rows.getObject(3, UUID.class),
                        rows.getString(4), rows.getString(5), rows.getTimestamp(6).toInstant()});
            }
        }
        return found;
    }

    void notice(Connection connection, String team, UUID id, String message, Instant now) throws SQLException {
        update(connection, "INSERT INTO hub_notice (entry_id, team, created_at, message) VALUES (?, ?, ?, ?)",
                id, team, Timestamp.from(now), message);
    }

    static EntryMeta metaAt(UUID id, Instant when, long version) {
        return new EntryMeta(id, when, when, version);
    }

    private static int count(Connection connection, String sql, Object value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, value);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private static Instant instant(Timestamp stamp) {
        return stamp == null ? null : stamp.toInstant();
    }
}
