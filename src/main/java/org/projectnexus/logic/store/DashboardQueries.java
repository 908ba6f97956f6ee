package org.projectnexus.logic.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.DashboardFigures.OpenChallenge;
import org.projectnexus.model.DashboardFigures.TagCount;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.StateChange;

/**
 * The reads behind the learning dashboard (issue 26), each one query over indexed or narrow columns: no entry text
 * is read. The figures are put together in {@code logic.learning}.
 */
public final class DashboardQueries {

    private static final String UNSOLVED = "('OPEN', 'REGRESSED')";

    private final Database database;

    public DashboardQueries(Database database) {
        this.database = database;
    }

    /** What a dashboard reads, in one transaction so that its figures agree. */
    public record Reads(List<Instant> createdSince, Map<UUID, ChallengeSeed> challenges,
                        List<StateChange> stateChanges, Map<ChallengeStatus, Integer> challengesNow,
                        List<TagCount> topTags, List<TagCount> openChallengeTags, List<OpenChallenge> oldestOpen,
                        int takeawaysNeverReviewed, int takeawaysDueReviewed, int dueReviewed) {
    }

    /** A live challenge: when it was written and its state now. */
    public record ChallengeSeed(Instant created, ChallengeStatus status) {
    }

    public Reads read(Instant since, Instant dueBy, int tags, int oldest) {
        return database.inTransaction(connection -> new Reads(createdSince(connection, since),
                challenges(connection), stateChanges(connection, since), challengesNow(connection),
                tagCounts(connection, "SELECT tag, COUNT(*) FROM entry_tag GROUP BY tag ORDER BY 2 DESC, tag", tags),
                tagCounts(connection, "SELECT t.tag, COUNT(*) FROM entry_tag t JOIN entry e ON e.num = t.entry_num"
                        + " WHERE e.kind = 'CHALLENGE' AND e.status IN " + UNSOLVED
                        + " GROUP BY t.tag ORDER BY 2 DESC, t.tag", tags),
                oldestOpen(connection, oldest),
                count(connection, "SELECT COUNT(*) FROM entry e WHERE e.kind = 'TAKEAWAY' AND e.created_at <= ?"
                        + " AND NOT EXISTS (SELECT 1 FROM review_card r WHERE r.entry_id = e.id)", dueBy),
                count(connection, "SELECT COUNT(*) FROM review_card r JOIN entry e ON e.id = r.entry_id"
                        + " WHERE r.active AND r.due <= ? AND e.kind = 'TAKEAWAY'", dueBy),
                count(connection, "SELECT COUNT(*) FROM review_card r JOIN entry e ON e.id = r.entry_id"
                        + " WHERE r.active AND r.due <= ?", dueBy)));
    }

    private static List<Instant> createdSince(Connection connection, Instant since) throws SQLException {
        List<Instant> times = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT created_at FROM entry WHERE created_at >= ?")) {
            query.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    times.add(rows.getTimestamp(1).toInstant());
                }
            }
        }
        return times;
    }

    private static Map<UUID, ChallengeSeed> challenges(Connection connection) throws SQLException {
        Map<UUID, ChallengeSeed> seeds = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, created_at, status FROM entry WHERE kind = 'CHALLENGE'");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                seeds.put(rows.getObject(1, UUID.class), new ChallengeSeed(rows.getTimestamp(2).toInstant(),
                        ChallengeStatus.parse(rows.getString(3)).orElse(ChallengeStatus.OPEN)));
            }
        }
        return seeds;
    }

    /** The changes of state after {@code since}, oldest first (those before it are summed up by the states now). */
    private static List<StateChange> stateChanges(Connection connection, Instant since) throws SQLException {
        List<StateChange> changes = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT entry_id, changed_at, from_status,"
                + " to_status FROM challenge_state_change WHERE changed_at >= ? ORDER BY changed_at")) {
            query.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    changes.add(new StateChange(rows.getObject(1, UUID.class),
                            ChallengeStatus.parse(rows.getString(3)).orElse(null),
                            ChallengeStatus.parse(rows.getString(4)).orElse(ChallengeStatus.OPEN),
                            rows.getTimestamp(2).toInstant(), 0, 0, null));
                }
            }
        }
        return changes;
    }

    private static Map<ChallengeStatus, Integer> challengesNow(Connection connection) throws SQLException {
        Map<ChallengeStatus, Integer> counts = new EnumMap<>(ChallengeStatus.class);
        for (ChallengeStatus status : ChallengeStatus.values()) {
            counts.put(status, 0);
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT status, COUNT(*) FROM entry WHERE kind = 'CHALLENGE' GROUP BY status");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                var status = ChallengeStatus.parse(rows.getString(1));
                if (status.isPresent()) {
                    counts.put(status.get(), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    private static List<TagCount> tagCounts(Connection connection, String sql, int limit) throws SQLException {
        List<TagCount> counts = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql + " FETCH FIRST ? ROWS ONLY")) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.add(new TagCount(rows.getString(1), rows.getInt(2)));
                }
            }
        }
        return counts;
    }

    private static List<OpenChallenge> oldestOpen(Connection connection, int limit) throws SQLException {
        List<OpenChallenge> oldest = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, title, updated_at, status, created_at"
                + " FROM entry WHERE kind = 'CHALLENGE' AND status IN " + UNSOLVED
                + " ORDER BY created_at, title_key FETCH FIRST ? ROWS ONLY")) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    oldest.add(new OpenChallenge(new EntrySummary(rows.getObject(1, UUID.class), EntryKind.CHALLENGE,
                            rows.getString(2), rows.getTimestamp(3).toInstant(),
                            ChallengeStatus.parse(rows.getString(4)).orElse(ChallengeStatus.OPEN)),
                            rows.getTimestamp(5).toInstant()));
                }
            }
        }
        return oldest;
    }

    private static int count(Connection connection, String sql, Instant until) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setTimestamp(1, Timestamp.from(until));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
