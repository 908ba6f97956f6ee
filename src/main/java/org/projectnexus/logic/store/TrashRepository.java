package org.projectnexus.logic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.TrashedEntry;

/**
 * Moves entry rows (with their revisions) between the entry tables and the trash tables. Callers index or
 * un-index the entry in the same transaction; deleting the entry row drops its tag, link and alias rows.
 */
public final class TrashRepository {

    private static final String ENTRY_COLUMNS =
            "id, kind, title, body, problem, solution, status, category, created_at, updated_at, version";
    private static final String REVISION_COLUMNS =
            "entry_id, version, kind, title, body, problem, solution, status, category, saved_at";

    /** Moves the entry into the trash; false when there is no such entry. */
    public boolean moveToTrash(Connection connection, UUID id, Instant now) throws SQLException {
        try (PreparedStatement copy = connection.prepareStatement("INSERT INTO trash (" + ENTRY_COLUMNS
                + ", deleted_at) SELECT e.id, e.kind, e.title, UTF8TOSTRING(x.body), UTF8TOSTRING(x.problem),"
                + " UTF8TOSTRING(x.solution), e.status, e.category,"
                + " e.created_at, e.updated_at, e.version, ? FROM entry e JOIN entry_text x ON x.entry_num = e.num"
                + " WHERE e.id = ?")) {
            copy.setTimestamp(1, Timestamp.from(now));
            copy.setObject(2, id);
            if (copy.executeUpdate() == 0) {
                return false;
            }
        }
        execute(connection, "INSERT INTO trash_revision (" + REVISION_COLUMNS + ") SELECT " + REVISION_COLUMNS
                + " FROM revision WHERE entry_id = ?", id);
        // The entry's text and revisions go with it (ON DELETE CASCADE); its tag, link and alias rows have no
        // foreign key.
        EntryIndexRepository.removeFor(connection, id);
        execute(connection, "DELETE FROM entry WHERE id = ?", id);
        return true;
    }

    /**
     * Moves the entry back out of the trash under {@code title} (its own, or a free one if another entry took it
     * meanwhile); false when it is not in the trash.
     */
    public boolean moveBack(Connection connection, UUID id, String title, String titleKey) throws SQLException {
        try (PreparedStatement copy = connection.prepareStatement("INSERT INTO entry (id, kind, title, status,"
                + " category, created_at, updated_at, version, title_key) SELECT id, kind, ?, status, category,"
                + " created_at, updated_at, version, ? FROM trash WHERE id = ?")) {
            copy.setString(1, title);
            copy.setString(2, titleKey);
            copy.setObject(3, id);
            if (copy.executeUpdate() == 0) {
                return false;
            }
        }
        // The entry came back with a new number (numbers are never reused, ADR 21); its text goes under it.
        // The trash keeps texts as text; entry_text keeps their UTF-8 bytes (ADR 29).
        execute(connection, "INSERT INTO entry_text (entry_num, body, problem, solution) SELECT e.num,"
                + " STRINGTOUTF8(t.body), STRINGTOUTF8(t.problem), STRINGTOUTF8(t.solution)"
                + " FROM trash t JOIN entry e ON e.id = t.id WHERE t.id = ?", id);
        execute(connection, "INSERT INTO revision (" + REVISION_COLUMNS + ") SELECT " + REVISION_COLUMNS
                + " FROM trash_revision WHERE entry_id = ?", id);
        execute(connection, "DELETE FROM trash WHERE id = ?", id);
        return true;
    }

    /** The entries in the trash, most recently deleted first. */
    public List<TrashedEntry> list(Connection connection) throws SQLException {
        List<TrashedEntry> trashed = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, kind, title, deleted_at FROM trash ORDER BY deleted_at DESC, title");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                trashed.add(new TrashedEntry(rows.getObject(1, UUID.class), EntryKind.valueOf(rows.getString(2)),
                        rows.getString(3), rows.getTimestamp(4).toInstant()));
            }
        }
        return trashed;
    }

    public Optional<TrashedEntry> find(Connection connection, UUID id) throws SQLException {
        return list(connection).stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    /** Deletes everything in the trash for good; returns how many entries that was. */
    public int empty(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM trash")) {
            int emptied = delete.executeUpdate();
            ChallengeStates.forgetGone(connection);
            ReviewSchedule.forgetGone(connection);
            AttachmentCollection.collect(connection); // what only the trashed entries used goes with them
            return emptied;
        }
    }

    private static void execute(Connection connection, String sql, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            statement.executeUpdate();
        }
    }
}
