package org.projectnexus.logic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets go of the attachments nothing uses any more: no entry's text refers to them (the attachment_use rows), and no
 * revision or trashed entry mentions their name. Runs when the trash is emptied and when a save thins history, in
 * that transaction. Revisions and the trash have no use rows: their texts are searched for the name, and a name found
 * anywhere in them keeps the file (a mention in prose keeps it too: keeping a file too long is the safe mistake).
 */
final class AttachmentCollection {

    /** Texts that keep an attachment besides the entries' own (which have use rows). */
    private static final String[] KEEPERS = {
        "SELECT 1 FROM revision WHERE LOWER(body) LIKE ? ESCAPE '\\' OR LOWER(problem) LIKE ? ESCAPE '\\'"
                + " OR LOWER(solution) LIKE ? ESCAPE '\\' LIMIT 1",
        "SELECT 1 FROM trash WHERE LOWER(body) LIKE ? ESCAPE '\\' OR LOWER(problem) LIKE ? ESCAPE '\\'"
                + " OR LOWER(solution) LIKE ? ESCAPE '\\' LIMIT 1",
        "SELECT 1 FROM trash_revision WHERE LOWER(body) LIKE ? ESCAPE '\\' OR LOWER(problem) LIKE ? ESCAPE '\\'"
                + " OR LOWER(solution) LIKE ? ESCAPE '\\' LIMIT 1",
        // Entries saved before attachments existed have no use rows: their texts count too.
        "SELECT 1 FROM entry_text WHERE LOWER(UTF8TOSTRING(body)) LIKE ? ESCAPE '\\'"
                + " OR LOWER(UTF8TOSTRING(problem)) LIKE ? ESCAPE '\\' OR LOWER(UTF8TOSTRING(solution)) LIKE ? ESCAPE '\\'"
                + " LIMIT 1",
    };

    private AttachmentCollection() {
    }

    /** The names that no entry uses (by its use rows), oldest first: candidates, or "unused" in the list. */
    static List<String> withoutUses(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT a.name_key FROM attachment a"
                + " WHERE NOT EXISTS (SELECT 1 FROM attachment_use u WHERE u.name_key = a.name_key)"
                + " ORDER BY a.created_at");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    /** Removes the attachments nothing uses, and the bytes no name points at; returns the names removed. */
    static List<String> collect(Connection connection) throws SQLException {
        List<String> removed = new ArrayList<>();
        for (String key : withoutUses(connection)) {
            if (!mentionedAnywhere(connection, key)) {
                AttachmentStore.deleteName(connection, key);
                removed.add(key);
            }
        }
        if (!removed.isEmpty()) {
            deleteOrphanContent(connection);
        }
        return removed;
    }

    /** Whether a revision, a trashed entry or an entry's text holds the name (ignoring case). */
    static boolean mentionedAnywhere(Connection connection, String nameKey) throws SQLException {
        String pattern = "%" + nameKey.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        for (String keeper : KEEPERS) {
            try (PreparedStatement query = connection.prepareStatement(keeper)) {
                for (int i = 1; i <= 3; i++) {
                    query.setString(i, pattern);
                }
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Bytes no name points at any more (its last name removed or renamed away) go. */
    static void deleteOrphanContent(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM attachment_content c"
                + " WHERE NOT EXISTS (SELECT 1 FROM attachment a WHERE a.sha256 = c.sha256)")) {
            delete.executeUpdate();
        }
    }
}
