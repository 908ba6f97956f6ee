package org.projectnexus.logic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectnexus.model.Tag;
import org.projectnexus.model.WikiLink;

/**
 * The tag and link tables: indexes derived from the Markdown of each entry, rewritten in the same
 * transaction as the entry so that they never disagree with it. Their rows belong to the entry's sequential
 * number ({@code entry.num}), not its UUID, so that a new entry's rows are appended to each tree (ADR 21), and their
 * key is that number and the row's place in the entry ({@link #ROWS_PER_ENTRY}, ADR 24); the queries here join
 * through {@code entry} and speak of entries by id.
 */
public final class EntryIndexRepository {

    /**
     * The rows of entry number n in each table have the keys n * ROWS_PER_ENTRY up to n * ROWS_PER_ENTRY + the row
     * count - 1, in order. Far more than a text can hold: a tag, link or alias takes at least two characters.
     */
    static final long ROWS_PER_ENTRY = 1L << 24;
    /** Joins an index table {@code x} to the entry {@code e} whose rows it holds, by the range of keys. */
    private static final String ROWS_OF_E = "x.row_key BETWEEN e.num * 16777216 AND e.num * 16777216 + 16777215";

    public void replace(Connection connection, UUID entryId, Collection<Tag> tags, List<WikiLink> links,
                        List<String> aliases) throws SQLException {
        removeFor(connection, entryId);
        insertAll(connection, List.of(new org.projectnexus.model.IndexedEntry(null, List.copyOf(tags), links, aliases)),
                List.of(entryId));
    }

    /**
     * Indexes entries that have no index rows yet (new ones), with one statement per table ({@link BulkInsert}):
     * {@code indexed.get(i)} belongs to the entry {@code ids.get(i)}.
     */
    public void insertAll(Connection connection, List<org.projectnexus.model.IndexedEntry> indexed, List<UUID> ids)
            throws SQLException {
        insertAll(connection, indexed, ids, numbersOf(connection, ids, true));
    }

    /** {@link #insertAll(Connection, List, List)} for entries whose numbers the caller knows (it just stored them). */
    public void insertAll(Connection connection, List<org.projectnexus.model.IndexedEntry> indexed, List<UUID> ids,
                          Map<UUID, Long> numbers) throws SQLException {
        BacklinkIndex.insert(connection, insertAllButBacklinks(connection, indexed, ids, numbers));
    }

    /**
     * As {@link #insertAll(Connection, List, List, Map)}, except for the backlink rows ({@link BacklinkIndex}): they
     * are returned, for the caller to insert before its transaction ends (an import holds them back and inserts
     * many at a time, in key order).
     */
    List<BacklinkIndex.Row> insertAllButBacklinks(Connection connection,
                                                  List<org.projectnexus.model.IndexedEntry> indexed, List<UUID> ids,
                                                  Map<UUID, Long> numbers) throws SQLException {
        BulkInsert aliases = new BulkInsert("entry_alias", List.of("row_key", "entry_num", "alias", "alias_key"));
        BulkInsert tags = new BulkInsert("entry_tag", List.of("row_key", "entry_num", "tag"));
        BulkInsert links = new BulkInsert("entry_link",
                List.of("row_key", "entry_num", "target", "target_key", "heading", "alias"));
        List<BacklinkIndex.Row> backlinks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long number = numbers.get(ids.get(i));
            java.util.Map<String, String> aliasesByKey = new java.util.TreeMap<>();
            indexed.get(i).aliases().forEach(alias -> aliasesByKey.putIfAbsent(WikiLink.titleKey(alias), alias));
            long key = firstKey(number, aliasesByKey.size());
            for (Map.Entry<String, String> alias : aliasesByKey.entrySet()) {
                aliases.add(key++, number, alias.getValue(), alias.getKey());
            }
            java.util.Set<Tag> distinctTags = new java.util.LinkedHashSet<>(indexed.get(i).tags());
            key = firstKey(number, distinctTags.size());
            for (Tag tag : distinctTags) {
                tags.add(key++, number, tag.name());
            }
            key = firstKey(number, indexed.get(i).links().size());
            for (WikiLink link : indexed.get(i).links()) {
                links.add(key++, number, link.target(), link.targetKey(), link.heading(), link.alias());
            }
            List<String> targets = indexed.get(i).links().stream().map(WikiLink::targetKey).toList();
            backlinks.addAll(BacklinkIndex.rowsOf(number, targets));
        }
        aliases.run(connection);
        tags.run(connection);
        links.run(connection);
        return backlinks;
    }

    /** The key of entry number {@code number}'s first row in a table where it has {@code rows}. */
    private static long firstKey(long number, int rows) throws SQLException {
        if (rows >= ROWS_PER_ENTRY) {
            throw new SQLException("An entry has more than " + ROWS_PER_ENTRY + " tags, links or aliases");
        }
        return number * ROWS_PER_ENTRY;
    }

    /** The sequential numbers of these entries, read 500 at a time; {@code allStored}: each must be stored. */
    private static Map<UUID, Long> numbersOf(Connection connection, List<UUID> ids, boolean allStored)
            throws SQLException {
        Map<UUID, Long> numbers = new HashMap<>();
        forEachRowOf(connection, "SELECT id, num FROM entry WHERE id IN (%s)", ids,
                rows -> numbers.put(rows.getObject(1, UUID.class), rows.getLong(2)));
        if (allStored && numbers.size() != new java.util.HashSet<>(ids).size()) {
            throw new SQLException("An entry to index is not stored");
        }
        return numbers;
    }

    /** Tags of every entry, keyed by entry id, in a stable (alphabetical) order. */
    public Map<UUID, List<Tag>> allTags(Connection connection) throws SQLException {
        Map<UUID, List<Tag>> tags = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT e.id, t.tag FROM entry_tag t JOIN entry e ON e.num = t.entry_num ORDER BY t.tag");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tags.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                        .add(new Tag(rows.getString(2)));
            }
        }
        return tags;
    }

    /** Links of every entry, keyed by entry id, in the order they are written. */
    public Map<UUID, List<WikiLink>> allLinks(Connection connection) throws SQLException {
        Map<UUID, List<WikiLink>> links = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT e.id, l.target, l.heading, l.alias FROM entry_link l JOIN entry e ON e.num = l.entry_num"
                        + " ORDER BY l.row_key");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                links.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                        .add(new WikiLink(rows.getString(2), rows.getString(3), rows.getString(4)));
            }
        }
        return links;
    }

    /** Ids of the entries with a link to any of these keys. */
    public java.util.Set<UUID> linkingTo(Connection connection, java.util.Set<String> targetKeys) throws SQLException {
        return BacklinkIndex.linkingTo(connection, targetKeys);
    }

    /** The entries that link to any of these keys, most recently updated first (no bodies). */
    public List<org.projectnexus.model.EntrySummary> summariesLinkingTo(Connection connection,
                                                                     java.util.Set<String> targetKeys) throws SQLException {
        return BacklinkIndex.summariesLinkingTo(connection, targetKeys);
    }

    /** How many entries carry each tag (exactly that tag; nesting is the caller's to add up). */
    public Map<String, Integer> tagCounts(Connection connection) throws SQLException {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT tag, COUNT(*) FROM entry_tag GROUP BY tag");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }


    /** Every tag in use, in alphabetical order. */
    public List<Tag> distinctTags(Connection connection) throws SQLException {
        List<Tag> tags = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT tag FROM entry_tag ORDER BY tag");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tags.add(new Tag(rows.getString(1)));
            }
        }
        return tags;
    }

    /** The aliases of one entry. */
    public List<String> aliasesOf(Connection connection, UUID entryId) throws SQLException {
        return aliasesOf(connection, List.of(entryId)).getOrDefault(entryId, List.of());
    }

    /** Tags of these entries, keyed by entry id, alphabetically. */
    public Map<UUID, List<Tag>> tagsOf(Connection connection, java.util.Collection<UUID> ids) throws SQLException {
        Map<UUID, List<Tag>> tags = new HashMap<>();
        forEachRowOf(connection, "SELECT e.id, x.tag FROM entry e JOIN entry_tag x ON " + ROWS_OF_E
                + " WHERE e.id IN (%s) ORDER BY x.tag", ids,
                rows -> tags.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                        .add(new Tag(rows.getString(2))));
        return tags;
    }

    /** Links of these entries, keyed by entry id, in the order they are written. */
    public Map<UUID, List<WikiLink>> linksOf(Connection connection, java.util.Collection<UUID> ids) throws SQLException {
        Map<UUID, List<WikiLink>> links = new HashMap<>();
        forEachRowOf(connection, "SELECT e.id, x.target, x.heading, x.alias FROM entry e JOIN entry_link x ON "
                + ROWS_OF_E + " WHERE e.id IN (%s) ORDER BY x.row_key", ids,
                rows -> links.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                        .add(new WikiLink(rows.getString(2), rows.getString(3), rows.getString(4))));
        return links;
    }

    /** Aliases of these entries, keyed by entry id. */
    public Map<UUID, List<String>> aliasesOf(Connection connection, java.util.Collection<UUID> ids) throws SQLException {
        Map<UUID, List<String>> aliases = new HashMap<>();
        forEachRowOf(connection, "SELECT e.id, x.alias FROM entry e JOIN entry_alias x ON " + ROWS_OF_E
                + " WHERE e.id IN (%s) ORDER BY x.alias_key",
                ids, rows -> aliases.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>())
                        .add(rows.getString(2)));
        return aliases;
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    /** Runs {@code sql} (with {@code %s} for the id list) for the ids, 500 at a time, reading each row. */
    private static void forEachRowOf(Connection connection, String sql, java.util.Collection<UUID> ids,
                                     RowReader reader) throws SQLException {
        List<UUID> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<UUID> batch = all.subList(from, Math.min(all.size(), from + 500));
            try (PreparedStatement query = connection.prepareStatement(String.format(sql, UuidList.constants(batch)))) {
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            }
        }
    }

    /** Aliases of every entry, keyed by entry id. */
    public Map<UUID, List<String>> allAliases(Connection connection) throws SQLException {
        Map<UUID, List<String>> aliases = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT e.id, a.alias FROM entry_alias a JOIN entry e ON e.num = a.entry_num ORDER BY a.alias_key");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                aliases.computeIfAbsent(rows.getObject(1, UUID.class), id -> new ArrayList<>()).add(rows.getString(2));
            }
        }
        return aliases;
    }

    /** Ids of the entries tagged with the tag or any tag nested under it ({@code backend} includes {@code backend/x}). */
    public java.util.Set<UUID> taggedWith(Connection connection, Tag tag) throws SQLException {
        java.util.Set<UUID> ids = new java.util.HashSet<>();
        // The tag itself, then its nested tags as a range of the index ("a/" up to "a0", '0' following '/'): with
        // "tag = ? OR tag LIKE 'a/%'" H2 scanned every tag row, a tenth of a command's publish at 10,000 entries.
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT e.id FROM entry_tag t JOIN entry e ON e.num = t.entry_num WHERE t.tag = ?"
                        + " UNION ALL SELECT e.id FROM entry_tag t JOIN entry e ON e.num = t.entry_num"
                        + " WHERE t.tag >= ? AND t.tag < ?")) {
            query.setString(1, tag.name());
            query.setString(2, tag.name() + "/");
            query.setString(3, tag.name() + "0");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    /**
     * Deletes the entry's tag, link and alias rows. Called before the entry's own row is deleted: these tables have
     * no foreign key to cascade from (see migration 4). Nothing to do for an entry that is not stored.
     */
    static void removeFor(Connection connection, UUID entryId) throws SQLException {
        Long number = numbersOf(connection, List.of(entryId), false).get(entryId);
        if (number == null) {
            return;
        }
        BacklinkIndex.removeFor(connection, number);
        for (String table : List.of("entry_tag", "entry_link", "entry_alias")) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE row_key BETWEEN ? AND ?")) {
                delete.setLong(1, number * ROWS_PER_ENTRY);
                delete.setLong(2, number * ROWS_PER_ENTRY + ROWS_PER_ENTRY - 1);
                delete.executeUpdate();
            }
        }
    }
}
