package org.projectnexus.logic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.projectnexus.logic.history.RevisionThinning;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.Note;
import org.projectnexus.model.Revision;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.TakeawayCategory;

/** Keeps the version of an entry that a save replaces, so no earlier text is ever lost. */
public final class RevisionRepository {

    private static final String TEXT_COLUMNS = "version, kind, title, body, problem, solution, status, category, saved_at";

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
    public Optional<Entry> find(Connection connection, Entry current, long version) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + TEXT_COLUMNS + " FROM revision WHERE entry_id = ? AND version = ?")) {
            query.setObject(1, current.id());
            query.setLong(2, version);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(read(rows, current).entry()) : Optional.empty();
            }
        }
    }

    /** Every kept revision of the entry, newest first. */
    public List<Revision> list(Connection connection, Entry current) throws SQLException {
        List<Revision> revisions = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + TEXT_COLUMNS + " FROM revision WHERE entry_id = ? ORDER BY version DESC")) {
            query.setObject(1, current.id());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    revisions.add(read(rows, current));
                }
            }
        }
        return revisions;
    }

    /** Versions and times of the entry's revisions, for thinning. */
    public List<RevisionThinning.Stamp> stamps(Connection connection, UUID entryId) throws SQLException {
        List<RevisionThinning.Stamp> stamps = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT version, saved_at FROM revision WHERE entry_id = ?")) {
            query.setObject(1, entryId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stamps.add(new RevisionThinning.Stamp(rows.getLong(1), rows.getTimestamp(2).toInstant()));
                }
            }
        }
        return stamps;
    }

    public void delete(Connection connection, UUID entryId, Collection<Long> versions) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM revision WHERE entry_id = ? AND version = ?")) {
            for (long version : versions) {
                delete.setObject(1, entryId);
                delete.setLong(2, version);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    public int countFor(Connection connection, UUID entryId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM revision WHERE entry_id = ?")) {
            query.setObject(1, entryId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Revision read(ResultSet rows, Entry current) throws SQLException {
        long version = rows.getLong("version");
        var savedAt = rows.getTimestamp("saved_at").toInstant();
        EntryMeta meta = new EntryMeta(current.id(), current.meta().created(), savedAt, version);
        String title = rows.getString("title");
        String body = rows.getString("body");
        Entry entry = switch (EntryKind.valueOf(rows.getString("kind"))) {
            case NOTE -> new Note(meta, title, body);
            case CHALLENGE -> new Challenge(meta, title, body, rows.getString("problem"), rows.getString("solution"),
                    ChallengeStatus.parse(rows.getString("status")).orElse(ChallengeStatus.OPEN));
            case TAKEAWAY -> new Takeaway(meta, title, body,
                    TakeawayCategory.parse(rows.getString("category")).orElse(TakeawayCategory.INSIGHT));
        };
        return new Revision(version, meta.updated(), entry);
    }
}
