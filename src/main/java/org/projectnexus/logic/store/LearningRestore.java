package org.projectnexus.logic.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import org.projectnexus.model.RatingGiven;
import org.projectnexus.model.ReviewCard;
import org.projectnexus.model.StateChange;

/**
 * Writes the learning state a JSON backup carries (challenges' state history, review cards, ratings given) inside the
 * import's own transaction ({@link StoreSession}), so a failed or cancelled restore leaves none of it behind.
 */
public final class LearningRestore {

    private final StoreSession session;

    public LearningRestore(StoreSession session) {
        this.session = session;
    }

    /** Adds a state change to the challenge's history (restored entries come without one: they are stored in bulk). */
    public void addStateChange(StateChange change) {
        session.withConnection(connection -> {
            ChallengeStates.insert(connection, change);
            return null;
        });
    }

    /** Stores the card, replacing the entry's card if it has one. */
    public void putCard(ReviewCard card) {
        session.withConnection(connection -> {
            ReviewSchedule.write(connection, card);
            return null;
        });
    }

    /**
     * Adds a rating to the review log unless the very same rating (entry, time, grade) is there: restoring one
     * backup twice does not count a review twice. Returns whether it was added.
     */
    public boolean addRating(RatingGiven rating) {
        return session.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM review_log"
                    + " WHERE entry_id = ? AND reviewed_at = ? AND rating = ?")) {
                query.setObject(1, rating.entryId());
                query.setTimestamp(2, Timestamp.from(rating.at()));
                query.setString(3, rating.rating().name());
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO review_log (entry_id, reviewed_at, rating) VALUES (?, ?, ?)")) {
                insert.setObject(1, rating.entryId());
                insert.setTimestamp(2, Timestamp.from(rating.at()));
                insert.setString(3, rating.rating().name());
                insert.executeUpdate();
            }
            return true;
        });
    }
}
