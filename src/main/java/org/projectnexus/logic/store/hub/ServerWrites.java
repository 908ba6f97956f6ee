package org.projectnexus.logic.store.hub;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectnexus.logic.store.hub.HubSession.Outgoing;
import org.projectnexus.logic.store.hub.HubSession.PushOutcome;
import org.projectnexus.model.EntryFields;
import org.projectnexus.model.ServerEntry;

/**
 * One push transaction on the server: the team's lock first (so the change log's order is the order of commits), the
 * change ids already applied and the entries' current versions read for all changes at once, then each change applied
 * over the version it was made from, or refused with the entry as it is; the writes go in batches.
 */
final class ServerWrites {

    private final Connection connection;
    private final String team;
    private final String member;

    ServerWrites(Connection connection, String team, String member) {
        this.connection = connection;
        this.team = team;
        this.member = member;
    }

    List<PushOutcome> push(List<Outgoing> changes) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, "nexus_hub/" + team);
            lock.executeQuery().close();
        }
        Map<UUID, PushOutcome> applied = appliedAlready(changes);
        Map<UUID, ServerEntry> current = current(changes);
        List<Outgoing> writes = new ArrayList<>();
        List<PushOutcome> outcomes = new ArrayList<>();
        for (Outgoing change : changes) {
            PushOutcome known = applied.get(change.changeId());
            ServerEntry now = current.get(change.entryId());
            long version = now == null ? 0 : now.version();
            boolean removes = !change.action().equals("UPSERT");
            if (known != null) {
                outcomes.add(known);
            } else if (removes && (now == null || now.deleted())) {
                outcomes.add(new PushOutcome(true, false, version, now == null ? 0 : now.seq(), null, null, now));
            } else if (version != change.baseVersion()) {
                outcomes.add(new PushOutcome(false, false, version, now.seq(), null, null, now));
            } else {
                writes.add(change);
                outcomes.add(null);
            }
        }
        if (writes.isEmpty()) {
            return outcomes;
        }
        List<Long> seqs = new ArrayList<>();
        Instant at;
        try (PreparedStatement next = connection.prepareStatement("SELECT nextval('nexus_hub.change_seq_seq'),"
                + " transaction_timestamp() FROM generate_series(1, ?)")) {
            next.setInt(1, writes.size());
            try (ResultSet rows = next.executeQuery()) {
                Instant stamp = null;
                while (rows.next()) {
                    seqs.add(rows.getLong(1));
                    stamp = rows.getTimestamp(2).toInstant();
                }
                at = stamp;
            }
        }
        seqs.sort(null);
        Timestamp stamp = Timestamp.from(at);
        try (PreparedStatement log = connection.prepareStatement("INSERT INTO nexus_hub.change (seq, team, change_id,"
                + " entry_id, version, action, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO nexus_hub.entry (team, id, version,"
                     + " kind, title, body, problem, solution, status, category, changed_at, change_id, seq)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement update = connection.prepareStatement("UPDATE nexus_hub.entry SET version = ?, kind = ?,"
                     + " title = ?, body = ?, problem = ?, solution = ?, status = ?, category = ?, deleted = false,"
                     + " changed_by = session_user, changed_at = ?, change_id = ?, seq = ? WHERE team = ? AND id = ?");
             PreparedStatement delete = connection.prepareStatement("UPDATE nexus_hub.entry SET version = ?,"
                     + " deleted = true, changed_by = session_user, changed_at = ?, change_id = ?, seq = ?"
                     + " WHERE team = ? AND id = ?")) {
            int w = 0;
            for (int i = 0; i < changes.size(); i++) {
                if (outcomes.get(i) != null) {
                    continue;
                }
                Outgoing change = changes.get(i);
                long seq = seqs.get(w++);
                ServerEntry now = current.get(change.entryId());
                long version = (now == null ? 0 : now.version()) + 1;
                bind(log, seq, team, change.changeId(), change.entryId(), version, change.action(), stamp);
                log.addBatch();
                EntryFields f = change.fields();
                if (!change.action().equals("UPSERT")) {
                    bind(delete, version, stamp, change.changeId(), seq, team, change.entryId());
                    delete.addBatch();
                } else if (now == null) {
                    bind(insert, team, change.entryId(), version, f.kind().name(), f.title(), f.body(), f.problem(),
                            f.solution(), f.status(), f.category(), stamp, change.changeId(), seq);
                    insert.addBatch();
                } else {
                    bind(update, version, f.kind().name(), f.title(), f.body(), f.problem(), f.solution(), f.status(),
                            f.category(), stamp, change.changeId(), seq, team, change.entryId());
                    update.addBatch();
                }
                outcomes.set(i, new PushOutcome(true, false, version, seq, at, member, null));
            }
            log.executeBatch();
            insert.executeBatch();
            update.executeBatch();
            delete.executeBatch();
        }
        try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            notify.setString(1, HubSession.channel(team));
            notify.setString(2, Long.toString(seqs.get(seqs.size() - 1)));
            notify.executeQuery().close();
        }
        return outcomes;
    }

    private Map<UUID, PushOutcome> appliedAlready(List<Outgoing> changes) throws SQLException {
        Map<UUID, PushOutcome> found = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT change_id, version, seq, changed_at,"
                + " changed_by FROM nexus_hub.change WHERE team = ? AND change_id = ANY (?)")) {
            query.setString(1, team);
            query.setArray(2, uuids(changes.stream().map(Outgoing::changeId).toList()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    found.put(row.getObject(1, UUID.class), new PushOutcome(true, true, row.getLong(2), row.getLong(3),
                            row.getTimestamp(4).toInstant(), row.getString(5), null));
                }
            }
        }
        return found;
    }

    private Map<UUID, ServerEntry> current(List<Outgoing> changes) throws SQLException {
        Map<UUID, ServerEntry> found = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + HubSession.ENTRY_COLUMNS
                + " FROM nexus_hub.entry WHERE team = ? AND id = ANY (?)")) {
            query.setString(1, team);
            query.setArray(2, uuids(changes.stream().map(Outgoing::entryId).toList()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ServerEntry entry = HubSession.read(rows);
                    found.put(entry.entry().id(), entry);
                }
            }
        }
        return found;
    }

    private Array uuids(List<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}
