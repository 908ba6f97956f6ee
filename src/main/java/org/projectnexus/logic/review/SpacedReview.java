package org.projectnexus.logic.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.projectnexus.logic.store.ReviewSchedule;
import org.projectnexus.model.DueEntry;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.ReviewCard;
import org.projectnexus.model.ReviewRating;
import org.projectnexus.model.SafeText;

/**
 * Spaced review (issue 26, ADR 39): every takeaway, and any entry the user marks, comes back on the FSRS schedule.
 * A takeaway is due from its creation; each rating moves its next review by {@link FsrsScheduler}.
 */
public final class SpacedReview {

    private final ReviewSchedule schedule;
    private final FsrsScheduler scheduler;
    private final Clock clock;
    private final ZoneId zone;

    public SpacedReview(ReviewSchedule schedule, FsrsScheduler scheduler, Clock clock, ZoneId zone) {
        this.schedule = schedule;
        this.scheduler = scheduler;
        this.clock = clock;
        this.zone = zone;
    }

    /** The start of tomorrow, where "due today" ends. */
    public Instant endOfToday() {
        return clock.instant().atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** What is due by the end of today, at most {@code limit} entries, never-reviewed takeaways first. */
    public List<DueEntry> dueToday(int limit) {
        return schedule.due(endOfToday(), limit);
    }

    /** The entry's card: its stored one, a fresh one for a takeaway never reviewed, else none (not under review). */
    public Optional<ReviewCard> card(Entry entry) {
        Optional<ReviewCard> stored = schedule.card(entry.id());
        if (stored.isPresent() || entry.kind() != EntryKind.TAKEAWAY) {
            return stored;
        }
        return Optional.of(ReviewCard.fresh(entry.id(), entry.meta().created()));
    }

    public boolean underReview(Entry entry) {
        return card(entry).map(ReviewCard::active).orElse(false);
    }

    /** Records a rating of the entry now; returns its card with the next time it is due. */
    public ReviewCard review(Entry entry, ReviewRating rating) {
        ReviewCard card = card(entry).filter(ReviewCard::active).orElseThrow(() -> new NexusException(
                "“" + SafeText.forDisplay(entry.title()) + "” is not under review. Mark it for review first."));
        Instant now = clock.instant();
        ReviewCard next = scheduler.review(card, rating, now);
        schedule.saveReview(next, rating, now);
        return next;
    }

    /**
     * Marks the entry for review (due at once if it never was) or takes it out (its memory kept for when it comes
     * back). Returns whether that changed anything.
     */
    public boolean mark(Entry entry, boolean inReview) {
        Optional<ReviewCard> card = card(entry);
        if (card.map(ReviewCard::active).orElse(false) == inReview) {
            return false;
        }
        schedule.save(card.orElseGet(() -> ReviewCard.fresh(entry.id(), clock.instant())).withActive(inReview));
        return true;
    }

    /**
     * The review streak: how many days in a row, up to today, had at least one rating. A day not reviewed yet today
     * does not break it: it counts from yesterday then.
     */
    public int streak() {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        Set<LocalDate> days = new TreeSet<>();
        for (Instant time : schedule.reviewTimes(today.minusDays(3660).atStartOfDay(zone).toInstant())) {
            days.add(time.atZone(zone).toLocalDate());
        }
        LocalDate day = days.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (days.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }
}
