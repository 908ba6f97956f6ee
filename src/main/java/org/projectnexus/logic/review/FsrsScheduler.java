package org.projectnexus.logic.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.projectnexus.model.ReviewCard;
import org.projectnexus.model.ReviewCard.Phase;
import org.projectnexus.model.ReviewRating;

/**
 * The FSRS-6 scheduler (Free Spaced Repetition Scheduler, the one Anki adopted), written from the formulas of the
 * reference implementation py-fsrs (open-spaced-repetition/py-fsrs, {@code fsrs/scheduler.py}: FSRS-6's 21 default
 * parameters, 90 % desired retention, intervals in whole days rounded half to even, at most 36,500 days) without the
 * random fuzz, so one history gives one schedule. ADR 39 says why it is written here rather than taken from a
 * library. Learning steps (minutes) are a choice of the caller: none puts a first "good" days ahead.
 */
public final class FsrsScheduler {

    /** FSRS-6's default parameters, as py-fsrs 6.0 and ts-fsrs ship them (the last is the forgetting curve's decay). */
    static final double[] DEFAULT_PARAMETERS = {0.2172, 1.1771, 3.2602, 16.1507, 7.0114, 0.57, 2.0966, 0.0069, 1.5261,
        0.112, 1.0178, 1.849, 0.1133, 0.3127, 2.2934, 0.2191, 3.0004, 0.7536, 0.3332, 0.1437, 0.2};
    static final double STABILITY_MIN = 0.001;
    private static final double MIN_DIFFICULTY = 1.0;
    private static final double MAX_DIFFICULTY = 10.0;
    private static final Duration DAY = Duration.ofDays(1);

    private final double[] w;
    private final double desiredRetention;
    private final List<Duration> learningSteps;
    private final List<Duration> relearningSteps;
    private final int maximumInterval;
    private final double decay;
    private final double factor;

    public FsrsScheduler(double[] parameters, double desiredRetention, List<Duration> learningSteps,
                         List<Duration> relearningSteps, int maximumInterval) {
        if (parameters.length != DEFAULT_PARAMETERS.length) {
            throw new IllegalArgumentException("FSRS-6 takes " + DEFAULT_PARAMETERS.length + " parameters");
        }
        this.w = parameters.clone();
        this.desiredRetention = desiredRetention;
        this.learningSteps = List.copyOf(learningSteps);
        this.relearningSteps = List.copyOf(relearningSteps);
        this.maximumInterval = maximumInterval;
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** The scheduler with py-fsrs's defaults: learning steps of 1 and 10 minutes, relearning of 10 minutes. */
    public static FsrsScheduler withReferenceDefaults() {
        return new FsrsScheduler(DEFAULT_PARAMETERS, 0.9, List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)), 36_500);
    }

    /**
     * Nexus's scheduler: the default parameters with no learning steps. A knowledge hub is reviewed once a day, not
     * drilled every few minutes: a new entry rated "good" comes back in days, "again" the next day.
     */
    public static FsrsScheduler forKnowledgeHub() {
        return new FsrsScheduler(DEFAULT_PARAMETERS, 0.9, List.of(), List.of(), 36_500);
    }

    /** The probability of recalling the card at {@code now} (0 for a card never reviewed). */
    public double retrievability(ReviewCard card, Instant now) {
        if (card.lastReview() == null || card.stability() == null) {
            return 0;
        }
        long elapsedDays = Math.max(0, wholeDays(card.lastReview(), now));
        return Math.pow(1 + factor * elapsedDays / card.stability(), decay);
    }

    /** The card after a review rated {@code rating} at {@code now}. */
    public ReviewCard review(ReviewCard card, ReviewRating rating, Instant now) {
        Long sinceLast = card.lastReview() == null ? null : wholeDays(card.lastReview(), now);
        double stability;
        double difficulty;
        if (card.stability() == null || card.difficulty() == null) {
            stability = initialStability(rating);
            difficulty = clampDifficulty(initialDifficulty(rating));
        } else if (sinceLast != null && sinceLast < 1) {
            stability = shortTermStability(card.stability(), rating);
            difficulty = nextDifficulty(card.difficulty(), rating);
        } else {
            stability = nextStability(card.difficulty(), card.stability(), retrievability(card, now), rating);
            difficulty = nextDifficulty(card.difficulty(), rating);
        }
        Phase phase = card.phase();
        int step = card.step();
        Duration next;
        if (phase == Phase.REVIEW) {
            if (rating == ReviewRating.AGAIN && !relearningSteps.isEmpty()) {
                phase = Phase.RELEARNING;
                step = 0;
                next = relearningSteps.get(0);
            } else {
                next = days(stability);
            }
        } else {
            List<Duration> steps = phase == Phase.LEARNING ? learningSteps : relearningSteps;
            if (steps.isEmpty() || (step >= steps.size() && rating != ReviewRating.AGAIN)) {
                phase = Phase.REVIEW;
                step = 0;
                next = days(stability);
            } else {
                switch (rating) {
                    case AGAIN -> {
                        step = 0;
                        next = steps.get(0);
                    }
                    case HARD -> next = step == 0 && steps.size() == 1 ? steps.get(0).multipliedBy(3).dividedBy(2)
                            : step == 0 ? steps.get(0).plus(steps.get(1)).dividedBy(2) : steps.get(step);
                    case GOOD -> {
                        if (step + 1 == steps.size()) {
                            phase = Phase.REVIEW;
                            step = 0;
                            next = days(stability);
                        } else {
                            step++;
                            next = steps.get(step);
                        }
                    }
                    default -> {
                        phase = Phase.REVIEW;
                        step = 0;
                        next = days(stability);
                    }
                }
            }
        }
        return new ReviewCard(card.entryId(), phase, step, stability, difficulty, now.plus(next), now, card.active());
    }

    /** Whole days from {@code from} to {@code to}, rounded down (as Python's {@code timedelta.days}). */
    private static long wholeDays(Instant from, Instant to) {
        return Math.floorDiv(Duration.between(from, to).toMillis(), DAY.toMillis());
    }

    private Duration days(double stability) {
        double interval = stability / factor * (Math.pow(desiredRetention, 1 / decay) - 1);
        long rounded = (long) Math.rint(interval); // Python's round(): half to even
        return Duration.ofDays(Math.min(Math.max(rounded, 1), maximumInterval));
    }

    private double initialStability(ReviewRating rating) {
        return Math.max(w[rating.grade() - 1], STABILITY_MIN);
    }

    private double initialDifficulty(ReviewRating rating) {
        return w[4] - Math.exp(w[5] * (rating.grade() - 1)) + 1;
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }

    private double shortTermStability(double stability, ReviewRating rating) {
        double increase = Math.exp(w[17] * (rating.grade() - 3 + w[18])) * Math.pow(stability, -w[19]);
        if (rating == ReviewRating.GOOD || rating == ReviewRating.EASY) {
            increase = Math.max(increase, 1.0);
        }
        return Math.max(stability * increase, STABILITY_MIN);
    }

    private double nextDifficulty(double difficulty, ReviewRating rating) {
        double delta = -(w[6] * (rating.grade() - 3));
        double damped = difficulty + (10.0 - difficulty) * delta / 9.0;
        double reverted = w[7] * initialDifficulty(ReviewRating.EASY) + (1 - w[7]) * damped;
        return clampDifficulty(reverted);
    }

    private double nextStability(double difficulty, double stability, double retrievability, ReviewRating rating) {
        double next;
        if (rating == ReviewRating.AGAIN) {
            double longTerm = w[11] * Math.pow(difficulty, -w[12]) * (Math.pow(stability + 1, w[13]) - 1)
                    * Math.exp((1 - retrievability) * w[14]);
            double shortTerm = stability / Math.exp(w[17] * w[18]);
            next = Math.min(longTerm, shortTerm);
        } else {
            double hardPenalty = rating == ReviewRating.HARD ? w[15] : 1;
            double easyBonus = rating == ReviewRating.EASY ? w[16] : 1;
            next = stability * (1 + Math.exp(w[8]) * (11 - difficulty) * Math.pow(stability, -w[9])
                    * (Math.exp((1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus);
        }
        return Math.max(next, STABILITY_MIN);
    }
}
