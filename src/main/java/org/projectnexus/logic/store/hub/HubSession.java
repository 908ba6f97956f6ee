package org.projectnexus.logic.store.hub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.projectnexus.model.EntryFields;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SafeText;
import org.projectnexus.model.ServerEntry;

/**
 * A member's connection to their team on a hub. Opening it checks everything a join must (reachable, the password,
 * PostgreSQL 13 or newer, a hub not made by a newer Nexus, the team exists, the role is its member). Pushes are
 * optimistic (applied only over the version they were made from) and idempotent (a change id is applied once);
 * pulls read the team's entries changed after a place in the change log.
 */
public final class HubSession implements AutoCloseable {

    /** What became of a pushed change: applied (now at {@code version}), or refused because the entry moved on. */
    public record PushOutcome(boolean applied, boolean duplicate, long version, long seq, Instant at, String by,
                              ServerEntry current) {
    }

    static final String ENTRY_COLUMNS = "id, version, kind, title, body, problem, solution, status, category,"
            + " deleted, changed_by, changed_at, change_id, seq";

    private final HubAddress address;
    private final String team;
    private final String member;
    private final Connection connection;

    private HubSession(HubAddress address, String team, String member, Connection connection) {
        this.address = address;
        this.team = team;
        this.member = member;
        this.connection = connection;
    }

    public static HubSession open(HubAddress address, String team, String member, char[] password) {
        HubRules.team(team);
        HubRules.member(member);
        Connection connection = HubConnections.open(address, member, password);
        HubSession session = new HubSession(address, team, member, connection);
        try {
            session.work(() -> {
                session.checkMembership();
                return null;
            });
            return session;
        } catch (RuntimeException failure) {
            session.close();
            throw failure;
        }
    }

    private void checkMembership() throws SQLException {
        int generation;
        try {
            generation = HubConnections.generation(connection);
        } catch (SQLException denied) {
            if ("42501".equals(denied.getSQLState())) {
                throw new NexusException("“" + member + "” is not a member of any team on the hub at " + address.display()
                        + ".");
            }
            throw denied;
        }
        if (generation == 0) {
            throw new NexusException("There is no hub at " + address.display() + " (or “" + member
                    + "” is not a member of it): an admin runs nexus hub init first.");
        }
        HubConnections.checkNotNewer(generation, address);
        try (PreparedStatement query = connection.prepareStatement("SELECT nexus_hub.team_exists(?),"
                + " EXISTS (SELECT 1 FROM nexus_hub.member WHERE team = ? AND role_name = session_user)")) {
            query.setString(1, team);
            query.setString(2, team);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                if (!row.getBoolean(1)) {
                    throw new NexusException("The hub at " + address.display() + " has no team “" + team + "”.");
                }
                if (!row.getBoolean(2)) {
                    throw new NexusException("“" + member + "” is not a member of the team “" + team + "” on the hub at "
                            + address.display() + ".");
                }
            }
        }
    }

    /**
     * The checks an opening makes, made again on this open connection before it is used for another sync: a hub made
     * newer, a team gone or a membership removed since are refused in the same words; a broken connection fails.
     */
    public void checkAgain() {
        if (!isOpen()) { // within 5 s: a connection the network dropped silently must not hang the sync
            throw new NexusException("The connection to the hub at " + address.display() + " was lost.");
        }
        work(() -> {
            checkMembership();
            return null;
        });
    }

    public String team() {
        return team;
    }

    public String member() {
        return member;
    }

    /** A change to send: {@code fields} null for a delete or an unshare. */
    public record Outgoing(UUID changeId, UUID entryId, String action, long baseVersion, EntryFields fields) {
    }

    /**
     * Sends one change: {@code UPSERT} the entry's {@code fields}, {@code DELETE} it, or {@code UNSHARE} (a delete
     * that never overrides a teammate's edit). Applied only if the server's version is still {@code baseVersion}
     * (0: the entry is new to the team); a change id already applied is acknowledged again without applying it.
     */
    public PushOutcome push(UUID changeId, UUID entryId, String action, long baseVersion, EntryFields fields) {
        return pushAll(List.of(new Outgoing(changeId, entryId, action, baseVersion, fields))).get(0);
    }

    /**
     * Sends changes of different entries in one transaction (each applied or refused on its own, as {@link #push}
     * says), with a few statements for all of them: a first sync sends thousands. Outcomes in the same order.
     */
    public List<PushOutcome> pushAll(List<Outgoing> changes) {
        return work(() -> {
            connection.setAutoCommit(false);
            try {
                List<PushOutcome> outcomes = new ServerWrites(connection, team, member).push(changes);
                connection.commit();
                return outcomes;
            } catch (SQLException | RuntimeException failure) {
                rollbackQuietly();
                throw failure;
            } finally {
                autoCommitQuietly();
            }
        });
    }

    /** The team's entries changed after {@code cursor} in the change log, in its order, at most {@code limit}. */
    public List<ServerEntry> pull(long cursor, int limit) {
        return work(() -> {
            List<ServerEntry> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT " + ENTRY_COLUMNS
                    + " FROM nexus_hub.entry WHERE team = ? AND seq > ? ORDER BY seq LIMIT ?")) {
                query.setString(1, team);
                query.setLong(2, cursor);
                query.setInt(3, limit);
                query.setFetchSize(500);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(read(rows));
                    }
                }
            }
            return found;
        });
    }

    /** The team's entry as the server has it, or null. */
    public ServerEntry entry(UUID id) {
        return work(() -> find(id));
    }

    /** From now on, this connection hears the team's pushes (each push notifies the team's channel once). */
    public void listen() {
        work(() -> {
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("LISTEN \"" + channel(team) + "\""); // team names need no escaping (HubRules)
            }
            return null;
        });
    }

    /**
     * Waits up to {@code timeoutMillis} for a teammate's push (after {@link #listen}); true when one came. A broken
     * connection fails, so the caller knows the hub is offline.
     */
    public boolean awaitPush(int timeoutMillis) {
        return work(() -> {
            org.postgresql.PGNotification[] heard = connection.unwrap(org.postgresql.PGConnection.class)
                    .getNotifications(timeoutMillis);
            return heard != null && heard.length > 0;
        });
    }

    /** The notification channel of a team: a push announces its change-log place there. */
    static String channel(String team) {
        return "nexus_hub_" + team;
    }

    private ServerEntry find(UUID id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + ENTRY_COLUMNS
                + " FROM nexus_hub.entry WHERE team = ? AND id = ?")) {
            query.setString(1, team);
            query.setObject(2, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? read(row) : null;
            }
        }
    }

    static ServerEntry read(ResultSet row) throws SQLException {
        Instant at = row.getTimestamp("changed_at").toInstant();
        EntryMeta meta = new EntryMeta(row.getObject("id", UUID.class), at, at, row.getLong("version"));
        EntryFields fields = new EntryFields(EntryKind.valueOf(row.getString("kind")), row.getString("title"),
                row.getString("body"), row.getString("problem"), row.getString("solution"), row.getString("status"),
                row.getString("category"));
        return new ServerEntry(fields.toEntry(meta), row.getBoolean("deleted"), row.getString("changed_by"), at,
                row.getObject("change_id", UUID.class), row.getLong("seq"));
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The connection is gone; the server rolled the transaction back itself.
        }
    }

    private void autoCommitQuietly() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // As above.
        }
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private <T> T work(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException failure) {
            throw HubConnections.explained(failure, address, member);
        }
    }

    /** Whether the connection still answers. */
    public boolean isOpen() {
        try {
            return !connection.isClosed() && connection.isValid(5);
        } catch (SQLException failure) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing a connection the server may have ended already.
        }
    }

    static String safe(String name) {
        return SafeText.forDisplay(name);
    }
}
