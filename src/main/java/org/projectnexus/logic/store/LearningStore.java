package org.projectnexus.logic.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.RatingGiven;
import org.projectnexus.model.ReviewCard;
import org.projectnexus.model.ReviewRating;
import org.projectnexus.model.StateChange;

/**
 * What the learning loop keeps beside the entries (issue 26): the history of challenges' states, and (for the JSON
 * backup) the review schedule read whole. Its writes happen inside the entries' own transactions
 * ({@link StoreSession#replace}, {@link EntryStore#insert}, {@link LearningRestore}); this class reads.
 */
public final class LearningStore {

    private final Database database;

    public LearningStore(Database database) {
        this.database = database;
    }

    /** A challenge's changes of state, oldest first (empty for other entries). */
    public List<StateChange> stateHistory(UUID id) {
        return database.inTransaction(connection -> ChallengeStates.history(connection, id));
    }

    /**
     * Hands every state change of a live entry (not of the trash) to {@code changes}, by entry and then in time,
     * streamed from one query (for the JSON backup).
     */
    public void forEachStateChange(Consumer<StateChange> changes) {
        database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT c.entry_id, c.changed_at, c.version,"
                    + " c.from_status, c.to_status, c.failed_version, c.failed_solution FROM challenge_state_change c"
                    + " JOIN entry e ON e.id = c.entry_id ORDER BY c.entry_id, c.changed_at, c.version");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    changes.accept(new StateChange(rows.getObject(1, UUID.class),
                            ChallengeStatus.parse(rows.getString(4)).orElse(null),
                            ChallengeStatus.parse(rows.getString(5)).orElse(ChallengeStatus.OPEN),
                            rows.getTimestamp(2).toInstant(), rows.getLong(3), rows.getLong(6), rows.getString(7)));
                }
            }
            return null;
        });
    }

    /** Hands the review card of every live entry to {@code cards}, by entry id (for the JSON backup). */
    public void forEachCard(Consumer<ReviewCard> cards) {
        database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT r.entry_id, r.phase, r.step,"
                    + " r.stability, r.difficulty, r.due, r.last_review, r.active FROM review_card r"
                    + " JOIN entry e ON e.id = r.entry_id ORDER BY r.entry_id");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Timestamp last = rows.getTimestamp(7);
                    cards.accept(new ReviewCard(rows.getObject(1, UUID.class),
                            ReviewCard.Phase.valueOf(rows.getString(2)), rows.getInt(3),
                            rows.getObject(4, Double.class), rows.getObject(5, Double.class),
                            rows.getTimestamp(6).toInstant(), last == null ? null : last.toInstant(),
                            rows.getBoolean(8)));
                }
            }
            return null;
        });
    }

    /**
     * Hands every rating ever given to {@code ratings}, oldest first, including those of entries since deleted: the
     * days they were given still count in the review streak.
     */
    public void forEachRating(Consumer<RatingGiven> ratings) {
        database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT entry_id, reviewed_at, rating FROM review_log ORDER BY reviewed_at, entry_id");
                 ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    UUID entry = rows.getObject(1, UUID.class);
                    java.time.Instant at = rows.getTimestamp(2).toInstant();
                    ReviewRating.parse(rows.getString(3)).ifPresent(rating -> ratings.accept(
                            new RatingGiven(entry, at, rating)));
                }
            }
            return null;
        });
    }
}
