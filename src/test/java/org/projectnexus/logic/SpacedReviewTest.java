package org.projectnexus.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.review.SpacedReview;
import org.projectnexus.model.DueEntry;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.ReviewCard;
import org.projectnexus.model.ReviewRating;

/** Issue 26, point 4: takeaways and marked entries come back on the FSRS schedule, kept in H2 beside the entries. */
class SpacedReviewTest {

    @TempDir
    Path home;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private KnowledgeBase knowledgeBase;
    private SpacedReview review;

    @BeforeEach
    void open() {
        knowledgeBase = KnowledgeBase.open(home, clock);
        review = knowledgeBase.learning().review();
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    private Entry added(EntryKind kind, String title) {
        return knowledgeBase.entries().add(knowledgeBase.entries().draft(kind, title));
    }

    private List<String> dueTitles() {
        return review.dueToday(100).stream().map(due -> due.entry().title()).toList();
    }

    @Test
    void aNewTakeawayIsDueAtOnceAndGoodMovesItIntoTheFuture() {
        Entry takeaway = added(EntryKind.TAKEAWAY, "Pin consumer identity");
        added(EntryKind.NOTE, "A note");
        assertThat(dueTitles()).containsExactly("Pin consumer identity");
        assertThat(review.dueToday(100).get(0).neverReviewed()).isTrue();

        ReviewCard next = review.review(takeaway, ReviewRating.GOOD);
        assertThat(next.due()).isAfter(clock.instant().plus(Duration.ofDays(1)));
        assertThat(dueTitles()).isEmpty();

        clock.advance(Duration.between(clock.instant(), next.due()));
        assertThat(dueTitles()).containsExactly("Pin consumer identity");
        assertThat(review.dueToday(100).get(0).neverReviewed()).isFalse();
    }

    @Test
    void theScheduleSurvivesReopeningTheKnowledgeBase() {
        Entry takeaway = added(EntryKind.TAKEAWAY, "Kept");
        ReviewCard next = review.review(takeaway, ReviewRating.EASY);
        knowledgeBase.close();
        knowledgeBase = KnowledgeBase.open(home, clock);
        review = knowledgeBase.learning().review();
        assertThat(review.card(takeaway)).contains(next);
        assertThat(dueTitles()).isEmpty();
    }

    @Test
    void anyEntryCanBeMarkedForReviewAndATakeawayTakenOut() {
        Entry note = added(EntryKind.NOTE, "Kafka notes");
        Entry takeaway = added(EntryKind.TAKEAWAY, "Static membership");
        assertThatThrownBy(() -> review.review(note, ReviewRating.GOOD)).isInstanceOf(NexusException.class)
                .hasMessageContaining("“Kafka notes” is not under review");

        assertThat(review.mark(note, true)).isTrue();
        assertThat(review.mark(note, true)).isFalse();
        assertThat(review.mark(takeaway, false)).isTrue();
        assertThat(dueTitles()).containsExactly("Kafka notes");
        assertThat(review.underReview(takeaway)).isFalse();

        review.review(note, ReviewRating.AGAIN);
        assertThat(dueTitles()).isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(dueTitles()).containsExactly("Kafka notes");
        assertThat(review.mark(takeaway, true)).isTrue();
        assertThat(dueTitles()).containsExactlyInAnyOrder("Kafka notes", "Static membership");
    }

    @Test
    void aTrashedEntryLeavesTheQueueAndTheStreakCountsDaysInARow() {
        Entry first = added(EntryKind.TAKEAWAY, "First");
        Entry second = added(EntryKind.TAKEAWAY, "Second");
        assertThat(review.streak()).isZero();
        review.review(first, ReviewRating.AGAIN);
        assertThat(review.streak()).isEqualTo(1);
        clock.advance(Duration.ofDays(1));
        assertThat(review.streak()).as("today not reviewed yet: the streak counts up to yesterday").isEqualTo(1);
        review.review(first, ReviewRating.GOOD);
        assertThat(review.streak()).isEqualTo(2);
        clock.advance(Duration.ofDays(2));
        assertThat(review.streak()).isZero();

        knowledgeBase.entries().delete(second.id());
        assertThat(review.dueToday(100)).extracting(DueEntry::entry).noneMatch(e -> e.title().equals("Second"));
    }
}
