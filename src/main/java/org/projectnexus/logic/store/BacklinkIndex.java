package org.projectnexus.logic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.WikiLink;

/**
 * Which entries link to a title: the table {@code entry_backlink}, one row per linking entry and target hash. Its key
 * is a 24-bit hash of the link's target key, then the entry's number; its value, {@code targets}, the target keys
 * of that entry's links with that hash (one, unless two of its targets share a hash), joined by a line break (ADR 28).
 * It replaced an index on {@code entry_link.target_key}: that index took its rows in random order, and during a large
 * import H2 wrote its pages again at every store, a large share of all the import wrote (measured: ADR 28). These
 * rows are keyed by numbers, so an import can hold them back and insert them in key order, many at a time
 * ({@link StoreSession#holdBacklinks}), and H2 writes each page once per such insert.
 * <p>
 * Two targets may share a hash: a lookup reads the rows in the target's range of keys and keeps those whose
 * {@code targets} name it.
 */
final class BacklinkIndex {

    /** Entry numbers take the low 39 bits of a key, as they do in the row keys of the index tables (ADR 24). */
    static final int NUMBER_BITS = 39;
    private static final long NUMBER_MASK = (1L << NUMBER_BITS) - 1;
    private static final int INSERT_CHUNK = 20_000;
    private static final String SEPARATOR = "\n";

    /** A row of the table. */
    record Row(long key, String targets) {
    }

    private BacklinkIndex() {
    }

    /** The hash part of the keys for a target key: 24 bits, from String's hash (its formula is fixed by the JLS). */
    static long bucket(String targetKey) {
        return (targetKey.hashCode() * 0x9E3779B97F4A7C15L) >>> 40;
    }

    /** The key for links from entry number {@code entryNum} to {@code targetKey}. */
    static long key(String targetKey, long entryNum) throws SQLException {
        if (entryNum < 0 || entryNum > NUMBER_MASK) {
            throw new SQLException("Entry number " + entryNum + " is beyond what the backlink index can hold");
        }
        return bucket(targetKey) << NUMBER_BITS | entryNum;
    }

    /** The rows for an entry's links, given as their target keys. */
    static List<Row> rowsOf(long entryNum, Collection<String> targetKeys) throws SQLException {
        Map<Long, Set<String>> byKey = new TreeMap<>();
        for (String target : targetKeys) {
            byKey.computeIfAbsent(key(target, entryNum), key -> new TreeSet<>()).add(target);
        }
        List<Row> rows = new ArrayList<>(byKey.size());
        byKey.forEach((key, targets) -> rows.add(new Row(key, String.join(SEPARATOR, targets))));
        return rows;
    }

    /** Inserts rows whose keys are not in the table yet, in key order (the list is sorted in place). */
    static void insert(Connection connection, List<Row> rows) throws SQLException {
        rows.sort(Comparator.comparingLong(Row::key));
        for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
            BulkInsert insert = new BulkInsert("entry_backlink", List.of("link_key", "targets"));
            for (Row row : rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK))) {
                insert.add(row.key(), row.targets());
            }
            insert.run(connection);
        }
    }

    /** Deletes the rows of entry number {@code entryNum}; call before its link rows are deleted. */
    static void removeFor(Connection connection, long entryNum) throws SQLException {
        Set<String> targets = new java.util.HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT target_key FROM entry_link WHERE row_key BETWEEN ? AND ?")) {
            query.setLong(1, entryNum * EntryIndexRepository.ROWS_PER_ENTRY);
            query.setLong(2, entryNum * EntryIndexRepository.ROWS_PER_ENTRY + EntryIndexRepository.ROWS_PER_ENTRY - 1);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    targets.add(rows.getString(1));
                }
            }
        }
        if (targets.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM entry_backlink WHERE link_key = ?")) {
            for (Row row : rowsOf(entryNum, targets)) {
                delete.setLong(1, row.key());
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /** Ids of the entries with a link to any of these keys. */
    static Set<UUID> linkingTo(Connection connection, Set<String> targetKeys) throws SQLException {
        Set<UUID> ids = new java.util.HashSet<>();
        forEachEntryLinkingTo(connection, "e.id", targetKeys, rows -> ids.add(rows.getObject(1, UUID.class)));
        return ids;
    }

    /** The entries that link to any of these keys, most recently updated first, then by title. */
    static List<EntrySummary> summariesLinkingTo(Connection connection, Set<String> targetKeys) throws SQLException {
        Map<UUID, EntrySummary> found = new java.util.HashMap<>();
        forEachEntryLinkingTo(connection, "e.id, e.kind, e.title, e.updated_at", targetKeys,
                rows -> found.putIfAbsent(rows.getObject(1, UUID.class), EntryRepository.summary(rows)));
        List<EntrySummary> summaries = new ArrayList<>(found.values());
        summaries.sort(Comparator.comparing(EntrySummary::updated).reversed()
                .thenComparing(summary -> WikiLink.titleKey(summary.title())));
        return summaries;
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    /** Reads {@code columns} (of {@code e}, the linking entry) for each entry linking to one of the target keys. */
    private static void forEachEntryLinkingTo(Connection connection, String columns, Set<String> targetKeys,
                                              RowReader reader) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + columns + ", b.targets"
                + " FROM entry_backlink b JOIN entry e ON e.num = BITAND(b.link_key, " + NUMBER_MASK + ")"
                + " WHERE b.link_key BETWEEN ? AND ?")) {
            for (String targetKey : targetKeys) {
                long first = bucket(targetKey) << NUMBER_BITS;
                query.setLong(1, first);
                query.setLong(2, first | NUMBER_MASK);
                try (ResultSet rows = query.executeQuery()) {
                    int targets = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        if (names(rows.getString(targets), targetKey)) {
                            reader.read(rows);
                        }
                    }
                }
            }
        }
    }

    /** Whether a row's {@code targets} holds this target key. */
    private static boolean names(String targets, String targetKey) {
        return targets.equals(targetKey) || List.of(targets.split(SEPARATOR)).contains(targetKey);
    }
}
