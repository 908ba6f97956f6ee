package org.projectnexus.logic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import org.projectnexus.model.AttachmentNames;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.Entry;

/**
 * The attachment_use rows of an entry: which attachment names its text refers to, derived in the same transaction as
 * its save (as its links are). Deleting the entry row drops them (a foreign key with ON DELETE CASCADE).
 */
final class AttachmentUses {

    private AttachmentUses() {
    }

    /** Replaces the entry's rows by the names its text refers to now. */
    static void replace(Connection connection, Entry entry) throws SQLException {
        Set<String> keys = AttachmentNames.keysIn(textOf(entry));
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM attachment_use WHERE entry_id = ?")) {
            delete.setObject(1, entry.id());
            delete.executeUpdate();
        }
        insert(connection, entry.id(), keys);
    }

    /** Adds rows for a new entry (it has none yet); most entries embed nothing and cost one look at their text. */
    static void insertFor(Connection connection, Entry entry) throws SQLException {
        String text = textOf(entry);
        if (text.indexOf("![") >= 0) {
            insert(connection, entry.id(), AttachmentNames.keysIn(text));
        }
    }

    /** Records that the entry uses the name, before its text is saved with the embed (a file just attached). */
    static void add(Connection connection, UUID entry, String nameKey) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO attachment_use (entry_id, name_key) KEY (entry_id, name_key) VALUES (?, ?)")) {
            merge.setObject(1, entry);
            merge.setString(2, nameKey);
            merge.executeUpdate();
        }
    }

    private static void insert(Connection connection, UUID entry, Set<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO attachment_use (entry_id, name_key) VALUES (?, ?)")) {
            Set<String> kept = new java.util.LinkedHashSet<>();
            keys.forEach(key -> kept.add(key.length() > 255 ? key.substring(0, 255) : key));
            for (String key : kept) {
                insert.setObject(1, entry);
                insert.setString(2, key);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** All the Markdown of an entry: a challenge's problem and solution hold embeds too. */
    static String textOf(Entry entry) {
        if (entry instanceof Challenge challenge) {
            return challenge.problem() + "\n" + challenge.solution() + "\n" + challenge.body();
        }
        return entry.body();
    }
}
