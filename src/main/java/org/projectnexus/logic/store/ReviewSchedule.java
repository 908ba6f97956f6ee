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
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.DueEntry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.ReviewCard;
import org.projectnexus.model.ReviewRating;

/**
 * The review schedule (V11, issue 26): each entry's FSRS card ({@code review_card}) and every rating given
 * ({@code review_log}). A takeaway without a card is under review and due since its creation.
 */
public final class ReviewSchedule {

    static final String CARD_COLUMNS = "entry_id, phase, step, stability, difficulty, due, last_review, active";

    private final Database database;
    /** Told after each committed change of the schedule (ADR 33: the dashboard counts reviews). */
    private final Runnable committed;

    public ReviewSchedule(Database database, Runnable committed) {
        this.database = database;
        this.committed = committed;
    }

    public Optional<ReviewCard> card(UUID entryId) {
        return database.inTransaction(connection -> read(connection, entryId));
    }

    /** Stores the card (a mark or an unmark). */
    public void save(ReviewCard card) {
        database.inTransaction(connection -> {
            write(connection, card);
            return null;
        });
        committed.run();
    }

    /** Stores the card after a review and logs the rating, in one transaction. */
    public void saveReview(ReviewCard card, ReviewRating rating, Instant at) {
        database.inTransaction(connection -> {
            write(connection, card);
            try (PreparedStatement log = connection.prepareStatement(
                    "INSERT INTO review_log (entry_id, reviewed_at, rating) VALUES (?, ?, ?)")) {
                log.setObject(1, card.entryId());
                log.setTimestamp(2, Timestamp.from(at));
                log.setString(3, rating.name());
                log.executeUpdate();
            }
            return null;
        });
        committed.run();
    }

    /**
     * What is due by {@code until}, at most {@code limit} entries: takeaways never scheduled (oldest first), then the
     * entries whose card fell due (earliest first). Entries in the trash are left out.
     */
    public List<DueEntry> due(Instant until, int limit) {
        return database.inTransaction(connection -> {
            List<DueEntry> due = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT e.id, e.kind, e.title, e.updated_at,"
                    + " e.status, e.created_at FROM entry e WHERE e.kind = 'TAKEAWAY' AND e.created_at <= ?"
                    + " AND NOT EXISTS (SELECT 1 FROM review_card r WHERE r.entry_id = e.id)"
                    + " ORDER BY e.created_at, e.title_key FETCH FIRST ? ROWS ONLY")) {
                query.setTimestamp(1, Timestamp.from(until));
                query.setInt(2, limit);
                readDue(query, due, true);
            }
            if (due.size() < limit) {
                try (PreparedStatement query = connection.prepareStatement("SELECT e.id, e.kind, e.title,"
                        + " e.updated_at, e.status, r.due FROM review_card r JOIN entry e ON e.id = r.entry_id"
                        + " WHERE r.active AND r.due <= ? ORDER BY r.due, e.title_key FETCH FIRST ? ROWS ONLY")) {
                    query.setTimestamp(1, Timestamp.from(until));
                    query.setInt(2, limit - due.size());
                    readDue(query, due, false);
                }
            }
            return due;
        });
    }

    /** Every rating's time since {@code since}, oldest first (for the review streak). */
    public List<Instant> reviewTimes(Instant since) {
        return database.inTransaction(connection -> {
            List<Instant> times = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT reviewed_at FROM review_log WHERE reviewed_at >= ? ORDER BY reviewed_at")) {
                query.setTimestamp(1, Timestamp.from(since));
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        times.add(rows.getTimestamp(1).toInstant());
                    }
                }
            }
            return times;
        });
    }

    private static void readDue(PreparedStatement query, List<DueEntry> due, boolean neverReviewed)
            throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                EntrySummary summary = new EntrySummary(rows.getObject(1, UUID.class),
                        EntryKind.valueOf(rows.getString(2)), rows.getString(3), rows.getTimestamp(4).toInstant(),
                        ChallengeStatus.parse(rows.getString(5)).orElse(null));
                due.add(new DueEntry(summary, rows.getTimestamp(6).toInstant(), neverReviewed));
            }
        }
    }

    private static Optional<ReviewCard> read(Connection connection, UUID entryId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + CARD_COLUMNS + " FROM review_card WHERE entry_id = ?")) {
            query.setObject(1, entryId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                Timestamp last = rows.getTimestamp(7);
                return Optional.of(new ReviewCard(entryId, ReviewCard.Phase.valueOf(rows.getString(2)),
                        rows.getInt(3), (Double) rows.getObject(4, Double.class),
                        (Double) rows.getObject(5, Double.class), rows.getTimestamp(6).toInstant(),
                        last == null ? null : last.toInstant(), rows.getBoolean(8)));
            }
        }
    }

    /** Updates the card's row, else inserts it (portable SQL: no dialect's upsert). */
    static void write(Connection connection, ReviewCard card) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE review_card SET phase = ?, step = ?,"
                + " stability = ?, difficulty = ?, due = ?, last_review = ?, active = ? WHERE entry_id = ?")) {
            fill(update, card, 1);
            update.setObject(8, card.entryId());
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO review_card (phase, step,"
                + " stability, difficulty, due, last_review, active, entry_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            fill(insert, card, 1);
            insert.setObject(8, card.entryId());
            insert.executeUpdate();
        }
    }

    private static void fill(PreparedStatement statement, ReviewCard card, int first) throws SQLException {
        statement.setString(first, card.phase().name());
        statement.setInt(first + 1, card.step());
        statement.setObject(first + 2, card.stability(), java.sql.Types.DOUBLE);
        statement.setObject(first + 3, card.difficulty(), java.sql.Types.DOUBLE);
        statement.setTimestamp(first + 4, Timestamp.from(card.due()));
        statement.setTimestamp(first + 5, card.lastReview() == null ? null : Timestamp.from(card.lastReview()));
        statement.setBoolean(first + 6, card.active());
    }

    /**
     * Forgets the schedule of entries neither live nor in the trash (after the trash was emptied). Their ratings
     * stay in the log: the days reviewed were reviewed, whatever became of the entry.
     */
    static void forgetGone(Connection connection) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM review_card r"
                + " WHERE NOT EXISTS (SELECT 1 FROM entry e WHERE e.id = r.entry_id)"
                + " AND NOT EXISTS (SELECT 1 FROM trash t WHERE t.id = r.entry_id)")) {
            delete.executeUpdate();
        }
    }
}
