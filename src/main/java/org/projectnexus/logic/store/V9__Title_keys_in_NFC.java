package org.projectnexus.logic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.projectnexus.model.TitleRules;
import org.projectnexus.model.WikiLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migration 9 (issue 28): title keys in Unicode NFC. {@link WikiLink#titleKey} now composes what it lowers, so
 * "Café" spelt with a combining accent (NFD, as macOS file names come) and with "é" are one title; keys written
 * before are made again: of entries (their titles too are kept in NFC), aliases, links, and the backlink rows
 * hashed from link keys. In Java, because SQL has no Unicode normalisation. Only rows whose key changes are
 * written: nearly every key was NFC already.
 * <p>
 * Two entries whose titles differ only in that form would now share a key, which must be unique: the one whose key
 * was NFC already keeps its title, the other gets a number after its title ("Café 2"), and the log says so.
 */
public final class V9__Title_keys_in_NFC extends BaseJavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(V9__Title_keys_in_NFC.class);

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        rekeyEntries(connection);
        rekeyAliases(connection);
        rekeyLinks(connection);
    }

    private static void rekeyEntries(Connection connection) throws SQLException {
        Set<String> keys = new HashSet<>();
        Map<Long, String> changed = new LinkedHashMap<>(); // entry number -> its title in NFC
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT num, title, title_key FROM entry ORDER BY num")) {
            while (rows.next()) {
                String title = rows.getString(2);
                if (WikiLink.titleKey(title).equals(rows.getString(3)) && TitleRules.normalised(title).equals(title)) {
                    keys.add(rows.getString(3));
                } else {
                    changed.put(rows.getLong(1), TitleRules.normalised(title));
                }
            }
        }
        // First out of the way (a key no title can have), so that no update meets a key another row still holds.
        try (PreparedStatement park = connection.prepareStatement("UPDATE entry SET title_key = ? WHERE num = ?")) {
            for (long number : changed.keySet()) {
                park.setString(1, "\u0000" + number);
                park.setLong(2, number);
                park.executeUpdate();
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE entry SET title = ?, title_key = ? WHERE num = ?")) {
            for (Map.Entry<Long, String> entry : changed.entrySet()) {
                String title = entry.getValue();
                for (int n = 2; keys.contains(WikiLink.titleKey(title)); n++) {
                    title = numbered(entry.getValue(), n);
                }
                if (!title.equals(entry.getValue())) {
                    LOG.warn("Entry number {}: its title “{}” is now the same title as another entry's; it is “{}”.",
                            entry.getKey(), entry.getValue(), title);
                }
                keys.add(WikiLink.titleKey(title));
                update.setString(1, title);
                update.setString(2, WikiLink.titleKey(title));
                update.setLong(3, entry.getKey());
                update.executeUpdate();
            }
        }
    }

    private static String numbered(String title, int n) {
        String suffix = " " + n;
        return (title.length() + suffix.length() > TitleRules.MAX_LENGTH
                ? title.substring(0, TitleRules.MAX_LENGTH - suffix.length()).strip() : title) + suffix;
    }

    private static void rekeyAliases(Connection connection) throws SQLException {
        Map<Long, String> changed = new LinkedHashMap<>(); // row key -> new key
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT row_key, alias, alias_key FROM entry_alias")) {
            while (rows.next()) {
                String key = WikiLink.titleKey(rows.getString(2));
                if (!key.equals(rows.getString(3))) {
                    changed.put(rows.getLong(1), key);
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE entry_alias SET alias_key = ? WHERE row_key = ?")) {
            for (Map.Entry<Long, String> row : changed.entrySet()) {
                update.setString(1, row.getValue());
                update.setLong(2, row.getKey());
                update.executeUpdate();
            }
        }
    }

    /** Link keys, and the backlink rows of each entry that has a link whose key changes (hashed from the keys). */
    private static void rekeyLinks(Connection connection) throws SQLException {
        Map<Long, List<String>> keysOfChanged = new LinkedHashMap<>(); // entry number -> all its link keys, new
        Map<Long, String> changedRows = new LinkedHashMap<>(); // row key -> new key
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT row_key, entry_num, target, target_key FROM entry_link"
                     + " ORDER BY row_key")) {
            long entry = -1;
            List<String> keys = new ArrayList<>();
            boolean anyChanged = false;
            while (rows.next()) {
                if (rows.getLong(2) != entry) {
                    if (anyChanged) {
                        keysOfChanged.put(entry, keys);
                    }
                    entry = rows.getLong(2);
                    keys = new ArrayList<>();
                    anyChanged = false;
                }
                String key = WikiLink.titleKey(rows.getString(3));
                keys.add(key);
                if (!key.equals(rows.getString(4))) {
                    changedRows.put(rows.getLong(1), key);
                    anyChanged = true;
                }
            }
            if (anyChanged) {
                keysOfChanged.put(entry, keys);
            }
        }
        for (long entry : keysOfChanged.keySet()) {
            BacklinkIndex.removeFor(connection, entry); // by the keys still in entry_link
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE entry_link SET target_key = ? WHERE row_key = ?")) {
            for (Map.Entry<Long, String> row : changedRows.entrySet()) {
                update.setString(1, row.getValue());
                update.setLong(2, row.getKey());
                update.executeUpdate();
            }
        }
        List<BacklinkIndex.Row> backlinks = new ArrayList<>();
        for (Map.Entry<Long, List<String>> entry : keysOfChanged.entrySet()) {
            backlinks.addAll(BacklinkIndex.rowsOf(entry.getKey(), entry.getValue()));
        }
        BacklinkIndex.insert(connection, backlinks);
    }
}
