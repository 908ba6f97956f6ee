package org.projectnexus.logic.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.projectnexus.model.ReviewRating.AGAIN;
import static org.projectnexus.model.ReviewRating.EASY;
import static org.projectnexus.model.ReviewRating.GOOD;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.projectnexus.model.ReviewCard;
import org.projectnexus.model.ReviewRating;

/**
 * The FSRS-6 formulas against the reference implementation's published examples: py-fsrs
 * (github.com/open-spaced-repetition/py-fsrs), {@code tests/test_basic.py} of the release whose default parameters
 * are FSRS-6's (0.2172, 1.1771, ..., 0.2): {@code test_custom_scheduler_args} (the intervals of 13 reviews with
 * learning steps of 1 and 10 minutes, no fuzz), {@code test_memo_state} (stability 49.4472, difficulty 6.8271) and
 * {@code test_repeated_correct_reviews} (difficulty 1.0).
 */
class FsrsSchedulerTest {

    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
    private final FsrsScheduler reference = FsrsScheduler.withReferenceDefaults();

    @Test
    void intervalsOfTheReferenceReviewHistory() {
        List<ReviewRating> ratings = List.of(GOOD, GOOD, GOOD, GOOD, GOOD, GOOD, AGAIN, AGAIN, GOOD, GOOD, GOOD, GOOD,
                GOOD);
        ReviewCard card = ReviewCard.fresh(UUID.randomUUID(), START);
        Instant now = START;
        List<Long> intervals = new ArrayList<>();
        for (ReviewRating rating : ratings) {
            card = reference.review(card, rating, now);
            intervals.add(Duration.between(card.lastReview(), card.due()).toDays());
            now = card.due();
        }
        assertThat(intervals).containsExactly(0L, 4L, 14L, 45L, 135L, 372L, 0L, 0L, 2L, 5L, 10L, 20L, 40L);
    }

    @Test
    void stabilityAndDifficultyOfTheReferenceMemoryState() {
        List<ReviewRating> ratings = List.of(AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD);
        int[] days = {0, 0, 1, 3, 8, 21};
        ReviewCard card = ReviewCard.fresh(UUID.randomUUID(), START);
        Instant now = START;
        for (int i = 0; i < ratings.size(); i++) {
            now = now.plus(Duration.ofDays(days[i]));
            card = reference.review(card, ratings.get(i), now);
        }
        card = reference.review(card, GOOD, now);
        assertThat(Math.round(card.stability() * 10_000) / 10_000.0).isEqualTo(49.4472);
        assertThat(Math.round(card.difficulty() * 10_000) / 10_000.0).isEqualTo(6.8271);
    }

    @Test
    void repeatedEasyReviewsBringTheDifficultyDownToOne() {
        ReviewCard card = ReviewCard.fresh(UUID.randomUUID(), START);
        for (int i = 0; i < 10; i++) {
            card = reference.review(card, EASY, START.plusNanos(i * 1000L));
        }
        assertThat(card.difficulty()).isEqualTo(1.0);
    }

    @Test
    void withoutLearningStepsANewEntryRatedGoodComesBackInDaysAndAgainTheNextDay() {
        FsrsScheduler hub = FsrsScheduler.forKnowledgeHub();
        ReviewCard fresh = ReviewCard.fresh(UUID.randomUUID(), START);
        ReviewCard good = hub.review(fresh, GOOD, START);
        assertThat(good.phase()).isEqualTo(ReviewCard.Phase.REVIEW);
        assertThat(Duration.between(START, good.due()).toDays()).isEqualTo(3); // S0(good) = 3.2602 days
        ReviewCard again = hub.review(fresh, AGAIN, START);
        assertThat(Duration.between(START, again.due())).isEqualTo(Duration.ofDays(1));
        ReviewCard easy = hub.review(fresh, EASY, START);
        assertThat(Duration.between(START, easy.due()).toDays()).isEqualTo(16); // S0(easy) = 16.1507 days
        ReviewCard later = hub.review(good, GOOD, good.due());
        assertThat(later.due()).isAfter(good.due().plus(Duration.ofDays(3)));
    }
}
