package org.projectnexus.logic.store;

import org.projectnexus.model.DuplicateTitleException;
import java.nio.charset.StandardCharsets;
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

    /** An entry's columns as read: its row ({@code e}) and its text's ({@code x}, a table of its own: ADR 25). */
    private static final String COLUMNS = "e.id, e.kind, e.title, x.body, x.problem, x.solution, e.status,"
            + " e.category, e.created_at, e.updated_at, e.version";
    private static final String ENTRIES = " FROM entry e JOIN entry_text x ON x.entry_num = e.num";
    /** The columns of the entry's own row that a new entry is given (its number is generated). */
    private static final List<String> ROW_COLUMNS = List.of("id", "kind", "title", "status", "category",
            "created_at", "updated_at", "version", "title_key");
    private static final List<String> TEXT_COLUMNS = List.of("entry_num", "body", "problem", "solution");
    private static final String DUPLICATE_KEY = "23505";

    public void insert(Connection connection, Entry entry) throws SQLException {
        insertAll(connection, List.of(entry));
    }

    /**
     * Inserts new entries with one statement per table ({@link BulkInsert}): their rows, then their texts under the
     * numbers the rows were given. A duplicate title fails it all. Returns each entry's number, by id.
     */
    public Map<UUID, Long> insertAll(Connection connection, List<Entry> entries) throws SQLException {
        BulkInsert rows = new BulkInsert("entry", ROW_COLUMNS);
        for (Entry entry : entries) {
            rows.add(entry.id(), entry.kind().name(), entry.title(), status(entry), category(entry),
                    Timestamp.from(entry.meta().created()), Timestamp.from(entry.meta().updated()), entry.version(),
                    WikiLink.titleKey(entry.title()));
        }
        Map<UUID, Long> numbers = new java.util.HashMap<>();
        try {
            rows.run(connection, new String[] {"ID", "NUM"},
                    key -> numbers.put(key.getObject(1, UUID.class), key.getLong(2)));
        } catch (SQLException failure) {
            // One entry: a clear "title exists"; a batch is the import's to take apart (EntryImport).
            throw entries.size() == 1 ? duplicateOr(failure, entries.get(0).title()) : failure;
        }
        BulkInsert texts = new BulkInsert("entry_text", TEXT_COLUMNS);
        for (Entry entry : entries) {
            Long number = numbers.get(entry.id());
            if (number == null) {
                throw new SQLException("The entry " + entry.id() + " was not given a number");
            }
            texts.add(number, utf8(entry.body()), utf8(problem(entry)), utf8(solution(entry)));
        }
        texts.run(connection);
        return numbers;
    }

    /** Writes the entry over the stored row if that row still has {@code expectedVersion}; false otherwise. */
    public boolean update(Connection connection, Entry entry, long expectedVersion) throws SQLException {
        String sql = "UPDATE entry SET title = ?, status = ?, category = ?, updated_at = ?, version = ?, title_key = ?,"
                + " kind = ? WHERE id = ? AND version = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, entry.title());
            update.setString(2, status(entry));
            update.setString(3, category(entry));
            update.setTimestamp(4, Timestamp.from(entry.meta().updated()));
            update.setLong(5, entry.version());
            update.setString(6, WikiLink.titleKey(entry.title()));
            update.setString(7, entry.kind().name());
            update.setObject(8, entry.id());
            update.setLong(9, expectedVersion);
            if (update.executeUpdate() != 1) {
                return false;
            }
        } catch (SQLException failure) {
            throw duplicateOr(failure, entry.title());
        }
        try (PreparedStatement text = connection.prepareStatement("UPDATE entry_text SET body = ?, problem = ?,"
                + " solution = ? WHERE entry_num = (SELECT num FROM entry WHERE id = ?)")) {
            text.setBytes(1, utf8(entry.body()));
            text.setBytes(2, utf8(problem(entry)));
            text.setBytes(3, utf8(solution(entry)));
            text.setObject(4, entry.id());
            if (text.executeUpdate() != 1) {
                throw new SQLException("The text of entry " + entry.id() + " is missing");
            }
        }
        return true;
    }

    public Optional<Entry> findById(Connection connection, UUID id) throws SQLException {
        return findOne(connection, "e.id = ?", id);
    }

    /** The entry with this title or, failing that, with this alias (both ignoring case). */
    public Optional<Entry> findByTitle(Connection connection, String title) throws SQLException {
        Optional<Entry> byTitle = findOne(connection, "e.title_key = ?", WikiLink.titleKey(title));
        return byTitle.isPresent() ? byTitle : findOne(connection,
                "e.id = (SELECT MIN(o.id) FROM entry_alias a JOIN entry o ON o.num = a.entry_num"
                        + " WHERE a.alias_key = ?)", WikiLink.titleKey(title));
    }

    /** All entries, most recently updated first. */
    public List<Entry> findAll(Connection connection) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + ENTRIES + " ORDER BY e.updated_at DESC, e.title_key");
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
                    "SELECT " + COLUMNS + ENTRIES + " WHERE e.id IN (" + UuidList.constants(batch) + ")")) {
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
                "LOWER(UTF8TOSTRING(x.body)) LIKE ? ESCAPE '!'"
                        + " OR LOWER(COALESCE(UTF8TOSTRING(x.problem), '')) LIKE ? ESCAPE '!'"
                        + " OR LOWER(COALESCE(UTF8TOSTRING(x.solution), '')) LIKE ? ESCAPE '!'"));
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + ENTRIES + " WHERE " + condition + " ORDER BY e.updated_at DESC")) {
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
                "SELECT id, kind, title, updated_at, status, category FROM entry ORDER BY updated_at DESC, title_key");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                EntrySummary summary = summary(rows);
                summaries.add(switch (summary.kind()) {
                    case CHALLENGE -> new EntrySummary(summary.id(), summary.kind(), summary.title(), summary.updated(),
                            ChallengeStatus.parse(rows.getString(5)).orElse(ChallengeStatus.OPEN));
                    case TAKEAWAY -> new EntrySummary(summary.id(), summary.kind(), summary.title(), summary.updated(),
                            null, TakeawayCategory.parse(rows.getString(6)).orElse(TakeawayCategory.INSIGHT));
                    default -> summary;
                });
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

    public Map<UUID, org.projectnexus.model.EntryVersion> versionKeys(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, version, updated_at FROM entry");
             ResultSet rows = query.executeQuery()) {
            Map<UUID, org.projectnexus.model.EntryVersion> versions = new java.util.HashMap<>();
            while (rows.next()) {
                versions.put(rows.getObject(1, UUID.class),
                        new org.projectnexus.model.EntryVersion(rows.getLong(2), rows.getTimestamp(3).toInstant()));
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
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + ENTRIES
                + " WHERE e.kind = 'CHALLENGE' AND (UTF8TOSTRING(x.body) LIKE '---%'"
                + " OR UTF8TOSTRING(x.body) LIKE '\uFEFF---%')");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                found.add(read(rows));
            }
        }
        return found;
    }

    private Optional<Entry> findOne(Connection connection, String condition, Object value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + ENTRIES + " WHERE " + condition)) {
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

    private static String problem(Entry entry) {
        return entry instanceof Challenge challenge ? challenge.problem() : null;
    }

    private static String solution(Entry entry) {
        return entry instanceof Challenge challenge ? challenge.solution() : null;
    }

    private static String status(Entry entry) {
        return entry instanceof Challenge challenge ? challenge.status().name() : null;
    }

    private static String category(Entry entry) {
        return entry instanceof Takeaway takeaway ? takeaway.category().name() : null;
    }

    private static Entry read(ResultSet row) throws SQLException {
        EntryMeta meta = new EntryMeta(row.getObject("id", UUID.class), instant(row, "created_at"),
                instant(row, "updated_at"), row.getLong("version"));
        String title = row.getString("title");
        String body = text(row, "body");
        return switch (EntryKind.valueOf(row.getString("kind"))) {
            case NOTE -> new Note(meta, title, body);
            case CHALLENGE -> new Challenge(meta, title, body, text(row, "problem"), text(row, "solution"),
                    ChallengeStatus.parse(row.getString("status")).orElse(ChallengeStatus.OPEN));
            case TAKEAWAY -> new Takeaway(meta, title, body,
                    TakeawayCategory.parse(row.getString("category")).orElse(TakeawayCategory.INSIGHT));
        };
    }

    /** A text as the entry_text table keeps it: its UTF-8 bytes (ADR 29); null stays null. */
    private static byte[] utf8(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    /** A text column of entry_text, decoded. */
    private static String text(ResultSet row, String column) throws SQLException {
        byte[] bytes = row.getBytes(column);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
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
