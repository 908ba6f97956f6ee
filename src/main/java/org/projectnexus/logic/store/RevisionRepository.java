package org.projectnexus.logic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import org.projectnexus.model.Entry;

/** Keeps the version of an entry that a save replaces, so no earlier text is ever lost. */
public final class RevisionRepository {

    public void keep(Connection connection, Entry previous) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO revision (entry_id, version, kind, title, body, problem, solution, status, category,"
                        + " saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, previous.id());
            insert.setLong(2, previous.version());
            insert.setString(3, previous.kind().name());
            EntryRepository.bindText(insert, 4, previous);
            insert.setTimestamp(10, Timestamp.from(previous.meta().updated()));
            insert.executeUpdate();
        }
    }

    /** The text the entry had at {@code version} (title, body and the kind's fields), on the entry's identity. */
    public java.util.Optional<Entry> find(Connection connection, Entry current, long version) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT kind, title, body, problem, solution, status, category, saved_at FROM revision"
                        + " WHERE entry_id = ? AND version = ?")) {
            query.setObject(1, current.id());
            query.setLong(2, version);
            try (var rows = query.executeQuery()) {
                if (!rows.next()) {
                    return java.util.Optional.empty();
                }
                var meta = new org.projectnexus.model.EntryMeta(current.id(), current.meta().created(),
                        rows.getTimestamp("saved_at").toInstant(), version);
                String title = rows.getString("title");
                String body = rows.getString("body");
                return java.util.Optional.of(switch (org.projectnexus.model.EntryKind.valueOf(rows.getString("kind"))) {
                    case NOTE -> new org.projectnexus.model.Note(meta, title, body);
                    case CHALLENGE -> new org.projectnexus.model.Challenge(meta, title, body, rows.getString("problem"),
                            rows.getString("solution"), org.projectnexus.model.ChallengeStatus.parse(rows.getString("status"))
                            .orElse(org.projectnexus.model.ChallengeStatus.OPEN));
                    case TAKEAWAY -> new org.projectnexus.model.Takeaway(meta, title, body,
                            org.projectnexus.model.TakeawayCategory.parse(rows.getString("category"))
                                    .orElse(org.projectnexus.model.TakeawayCategory.INSIGHT));
                });
            }
        }
    }

    public int countFor(Connection connection, java.util.UUID entryId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM revision WHERE entry_id = ?")) {
            query.setObject(1, entryId);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
