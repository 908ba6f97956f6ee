package org.projectnexus.logic.progress;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectnexus.logic.review.SpacedReview;
import org.projectnexus.logic.store.DashboardQueries;
import org.projectnexus.logic.store.DashboardQueries.ChallengeSeed;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.DashboardFigures;
import org.projectnexus.model.StateChange;

/**
 * The figures of the learning dashboard (issue 26): challenges by state over the last weeks (the states now, with
 * the recorded changes undone week by week back in time), entries written per week, what is due for review and the
 * streak, the tags most used and those of open challenges, the oldest open challenges. Blocks on the database.
 */
public final class Dashboard {

    /** How many weeks the charts cover, this one included. */
    public static final int WEEKS = 12;
    static final int TAGS = 10;
    static final int OLDEST = 5;

    private final DashboardQueries queries;
    private final SpacedReview review;
    private final Clock clock;
    private final ZoneId zone;

    public Dashboard(DashboardQueries queries, SpacedReview review, Clock clock, ZoneId zone) {
        this.queries = queries;
        this.review = review;
        this.clock = clock;
        this.zone = zone;
    }

    public DashboardFigures figures() {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<LocalDate> weeks = new ArrayList<>();
        for (int i = WEEKS - 1; i >= 0; i--) {
            weeks.add(thisWeek.minusWeeks(i));
        }
        Instant since = weeks.get(0).atStartOfDay(zone).toInstant();
        DashboardQueries.Reads reads = queries.read(since, review.endOfToday(), TAGS, OLDEST);
        List<Integer> written = new ArrayList<>(java.util.Collections.nCopies(WEEKS, 0));
        for (Instant created : reads.createdSince()) {
            int week = weekOf(weeks, created.atZone(zone).toLocalDate());
            if (week >= 0) {
                written.set(week, written.get(week) + 1);
            }
        }
        return new DashboardFigures(weeks, statesByWeek(weeks, reads), written, reads.challengesNow(),
                reads.takeawaysNeverReviewed() + reads.takeawaysDueReviewed(),
                reads.takeawaysNeverReviewed() + reads.dueReviewed(), review.streak(), reads.topTags(),
                reads.openChallengeTags(), reads.oldestOpen());
    }

    private static int weekOf(List<LocalDate> weeks, LocalDate day) {
        for (int i = weeks.size() - 1; i >= 0; i--) {
            if (!day.isBefore(weeks.get(i))) {
                return day.isBefore(weeks.get(i).plusWeeks(1)) ? i : -1;
            }
        }
        return -1;
    }

    /**
     * How many live challenges were in each state at the end of each week: from the states now, the changes after a
     * week's end are undone (latest first); a challenge written after it is not counted.
     */
    private Map<ChallengeStatus, List<Integer>> statesByWeek(List<LocalDate> weeks, DashboardQueries.Reads reads) {
        Map<UUID, ChallengeSeed> seeds = reads.challenges();
        Map<UUID, ChallengeStatus> state = new HashMap<>();
        seeds.forEach((id, seed) -> state.put(id, seed.status()));
        List<StateChange> changes = new ArrayList<>(reads.stateChanges());
        changes.sort(Comparator.comparing(StateChange::at).reversed());
        Map<ChallengeStatus, List<Integer>> counts = new EnumMap<>(ChallengeStatus.class);
        for (ChallengeStatus status : ChallengeStatus.values()) {
            counts.put(status, new ArrayList<>(java.util.Collections.nCopies(weeks.size(), 0)));
        }
        int undone = 0;
        for (int week = weeks.size() - 1; week >= 0; week--) {
            Instant end = weeks.get(week).plusWeeks(1).atStartOfDay(zone).toInstant();
            while (undone < changes.size() && !changes.get(undone).at().isBefore(end)) {
                StateChange change = changes.get(undone++);
                if (state.containsKey(change.entryId())) {
                    state.put(change.entryId(), change.from()); // null: not written yet
                }
            }
            for (Map.Entry<UUID, ChallengeStatus> challenge : state.entrySet()) {
                if (challenge.getValue() != null && seeds.get(challenge.getKey()).created().isBefore(end)) {
                    List<Integer> column = counts.get(challenge.getValue());
                    column.set(week, column.get(week) + 1);
                }
            }
        }
        return counts;
    }
}
