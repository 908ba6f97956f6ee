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
