package org.projectnexus.logic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.Note;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.TakeawayCategory;
import org.projectnexus.model.WikiLink;

/** Reads and writes entry rows; each kind's own fields live in their own columns. */
public final class EntryRepository {

    private static final String COLUMNS =
            "id, kind, title, body, problem, solution, status, category, created_at, updated_at, version";
    private static final String DUPLICATE_KEY = "23505";

    public void insert(Connection connection, Entry entry) throws SQLException {
        String sql = "INSERT INTO entry (" + COLUMNS + ", title_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            bindNew(insert, entry);
            insert.executeUpdate();
        } catch (SQLException failure) {
            throw duplicateOr(failure, entry.title());
        }
    }

    /** Inserts new entries (for imports) with one statement ({@link BulkInsert}); a duplicate title fails it all. */
    public void insertAll(Connection connection, List<Entry> entries) throws SQLException {
        BulkInsert rows = new BulkInsert("entry", List.of((COLUMNS + ", title_key").split(", ")));
        for (Entry entry : entries) {
            Challenge challenge = entry instanceof Challenge c ? c : null;
            rows.add(entry.id(), entry.kind().name(), entry.title(), entry.body(),
                    challenge == null ? null : challenge.problem(), challenge == null ? null : challenge.solution(),
                    challenge == null ? null : challenge.status().name(),
                    entry instanceof Takeaway t ? t.category().name() : null,
                    Timestamp.from(entry.meta().created()), Timestamp.from(entry.meta().updated()), entry.version(),
                    WikiLink.titleKey(entry.title()));
        }
        rows.run(connection);
    }

    /** Binds every column of an {@code INSERT INTO entry} for a new row. */
    private static void bindNew(PreparedStatement insert, Entry entry) throws SQLException {
        insert.setObject(1, entry.id());
        insert.setString(2, entry.kind().name());
        bindText(insert, 3, entry);
        insert.setTimestamp(9, Timestamp.from(entry.meta().created()));
        insert.setTimestamp(10, Timestamp.from(entry.meta().updated()));
        insert.setLong(11, entry.version());
        insert.setString(12, WikiLink.titleKey(entry.title()));
    }

    /** Writes the entry over the stored row if that row still has {@code expectedVersion}; false otherwise. */
    public boolean update(Connection connection, Entry entry, long expectedVersion) throws SQLException {
        String sql = "UPDATE entry SET title = ?, body = ?, problem = ?, solution = ?, status = ?, category = ?,"
                + " updated_at = ?, version = ?, title_key = ?, kind = ? WHERE id = ? AND version = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            bindText(update, 1, entry);
            update.setTimestamp(7, Timestamp.from(entry.meta().updated()));
            update.setLong(8, entry.version());
            update.setString(9, WikiLink.titleKey(entry.title()));
            update.setString(10, entry.kind().name());
            update.setObject(11, entry.id());
            update.setLong(12, expectedVersion);
            return update.executeUpdate() == 1;
        } catch (SQLException failure) {
            throw duplicateOr(failure, entry.title());
        }
    }

    /** Deletes the entry with its tag, link and alias rows (its revisions go by ON DELETE CASCADE). */
    public boolean delete(Connection connection, UUID id) throws SQLException {
        EntryIndexRepository.removeFor(connection, id);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM entry WHERE id = ?")) {
            delete.setObject(1, id);
            return delete.executeUpdate() == 1;
        }
    }

    public Optional<Entry> findById(Connection connection, UUID id) throws SQLException {
        return findOne(connection, "id = ?", id);
    }

    /** The entry with this title or, failing that, with this alias (both ignoring case). */
    public Optional<Entry> findByTitle(Connection connection, String title) throws SQLException {
        Optional<Entry> byTitle = findOne(connection, "title_key = ?", WikiLink.titleKey(title));
        return byTitle.isPresent() ? byTitle : findOne(connection,
                "id = (SELECT MIN(e.id) FROM entry_alias a JOIN entry e ON e.num = a.entry_num"
                        + " WHERE a.alias_key = ?)", WikiLink.titleKey(title));
    }

    /** All entries, most recently updated first. */
    public List<Entry> findAll(Connection connection) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM entry ORDER BY updated_at DESC, title_key");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                entries.add(read(rows));
            }
        }
        return entries;
    }

    /** The entries with these ids (those that exist), read in batches rather than one query each. */
    public List<Entry> findByIds(Connection connection, java.util.Collection<UUID> ids) throws SQLException {
        List<Entry> found = new ArrayList<>(ids.size());
        List<UUID> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<UUID> batch = all.subList(from, Math.min(all.size(), from + 500));
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM entry WHERE id IN (" + UuidList.constants(batch) + ")")) {
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(read(rows));
                    }
                }
            }
        }
        return found;
    }

    /**
     * The entries whose text contains any of these phrases, ignoring case: a coarse filter done by the database,
     * so finding mentions does not read every entry's text into memory.
     */
    public List<Entry> containingAny(Connection connection, java.util.Collection<String> phrases) throws SQLException {
        List<Entry> found = new ArrayList<>();
        if (phrases.isEmpty()) {
            return found;
        }
        String condition = String.join(" OR ", java.util.Collections.nCopies(phrases.size(),
                "LOWER(body) LIKE ? ESCAPE '!' OR LOWER(COALESCE(problem, '')) LIKE ? ESCAPE '!'"
                        + " OR LOWER(COALESCE(solution, '')) LIKE ? ESCAPE '!'"));
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM entry WHERE " + condition + " ORDER BY updated_at DESC")) {
            int i = 1;
            for (String phrase : phrases) {
                String pattern = "%" + phrase.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%";
                for (int column = 0; column < 3; column++) {
                    query.setString(i++, pattern);
                }
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(read(rows));
                }
            }
        }
        return found;
    }

    /** Titles and times of every entry, most recently updated first, without loading the bodies. */
    public List<EntrySummary> summaries(Connection connection) throws SQLException {
        List<EntrySummary> summaries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, kind, title, updated_at FROM entry ORDER BY updated_at DESC, title_key");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                summaries.add(summary(rows));
            }
        }
        return summaries;
    }

    /** Whether a link to this key finds an entry, by title or by alias. */
    public boolean resolves(Connection connection, String titleKey) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM entry WHERE title_key = ? UNION ALL SELECT 1 FROM entry_alias WHERE alias_key = ?")) {
            query.setString(1, titleKey);
            query.setString(2, titleKey);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** A summary from a row whose first columns are id, kind, title and updated_at. */
    static EntrySummary summary(ResultSet row) throws SQLException {
        return new EntrySummary(row.getObject(1, UUID.class), EntryKind.valueOf(row.getString(2)), row.getString(3),
                row.getTimestamp(4).toInstant());
    }

    public boolean titleExists(Connection connection, String titleKey) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM entry WHERE title_key = ?")) {
            query.setString(1, titleKey);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Every entry's version, by id. */
    public Map<UUID, Long> versions(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, version FROM entry");
             ResultSet rows = query.executeQuery()) {
            Map<UUID, Long> versions = new java.util.HashMap<>();
            while (rows.next()) {
                versions.put(rows.getObject(1, UUID.class), rows.getLong(2));
            }
            return versions;
        }
    }

    public int count(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM entry");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The challenges whose body starts with front matter (a {@code ---} line). */
    public List<Entry> challengesWithFrontMatter(Connection connection) throws SQLException {
        List<Entry> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM entry WHERE kind = 'CHALLENGE' AND (body LIKE '---%' OR body LIKE '\uFEFF---%')");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                found.add(read(rows));
            }
        }
        return found;
    }

    private Optional<Entry> findOne(Connection connection, String condition, Object value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM entry WHERE " + condition)) {
            query.setObject(1, value);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    /** Binds title, body, problem, solution, status and category, in that order, from {@code first} on. */
    static void bindText(PreparedStatement statement, int first, Entry entry) throws SQLException {
        statement.setString(first, entry.title());
        statement.setString(first + 1, entry.body());
        Challenge challenge = entry instanceof Challenge c ? c : null;
        statement.setString(first + 2, challenge == null ? null : challenge.problem());
        statement.setString(first + 3, challenge == null ? null : challenge.solution());
        statement.setString(first + 4, challenge == null ? null : challenge.status().name());
        statement.setString(first + 5, entry instanceof Takeaway t ? t.category().name() : null);
    }

    private static Entry read(ResultSet row) throws SQLException {
        EntryMeta meta = new EntryMeta(row.getObject("id", UUID.class), instant(row, "created_at"),
                instant(row, "updated_at"), row.getLong("version"));
        String title = row.getString("title");
        String body = row.getString("body");
        return switch (EntryKind.valueOf(row.getString("kind"))) {
            case NOTE -> new Note(meta, title, body);
            case CHALLENGE -> new Challenge(meta, title, body, row.getString("problem"), row.getString("solution"),
                    ChallengeStatus.parse(row.getString("status")).orElse(ChallengeStatus.OPEN));
            case TAKEAWAY -> new Takeaway(meta, title, body,
                    TakeawayCategory.parse(row.getString("category")).orElse(TakeawayCategory.INSIGHT));
        };
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        return row.getTimestamp(column).toInstant();
    }

    private static SQLException duplicateOr(SQLException failure, String title) {
        if (DUPLICATE_KEY.equals(failure.getSQLState())) {
            throw new DuplicateTitleException(title);
        }
        return failure;
    }
}
