package org.projectnexus.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of the learning dashboard (issue 26), as the window draws them and {@code nexus stats} prints them.
 *
 * @param weeks the first day (Monday) of each week shown, oldest first
 * @param challengesByState for each state, how many challenges were in it at the end of each week (same order)
 * @param entriesWritten how many entries were created in each week (same order)
 * @param challengesNow how many challenges are in each state now
 * @param takeawaysDue how many takeaways are due for review today
 * @param dueForReview how many entries of any kind are due today
 * @param reviewStreak how many days in a row, up to today, had a review
 * @param topTags the most used tags, most used first
 * @param openChallengeTags the tags of open (or regressed) challenges, most first
 * @param oldestOpen the oldest challenges still open (or regressed), oldest first
 */
public record DashboardFigures(List<LocalDate> weeks, Map<ChallengeStatus, List<Integer>> challengesByState,
                               List<Integer> entriesWritten, Map<ChallengeStatus, Integer> challengesNow,
                               int takeawaysDue, int dueForReview, int reviewStreak, List<TagCount> topTags,
                               List<TagCount> openChallengeTags, List<OpenChallenge> oldestOpen) {

    /** A tag and how many entries carry it. */
    public record TagCount(String tag, int count) {
    }

    /** A challenge not solved yet, with when it was written. */
    public record OpenChallenge(EntrySummary challenge, Instant created) {
    }
}
