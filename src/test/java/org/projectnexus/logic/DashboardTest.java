package org.projectnexus.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.DashboardFigures;
import org.projectnexus.model.DashboardFigures.TagCount;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.ReviewRating;

/** Issue 26, point 5: the dashboard's figures, from entries, state history and reviews written over three weeks. */
class DashboardTest {

    @TempDir
    Path home;

    /** A Wednesday; weeks start on Monday. */
    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-04T10:00:00Z"));
    private KnowledgeBase knowledgeBase;

    @BeforeEach
    void open() {
        knowledgeBase = KnowledgeBase.open(home, clock);
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    private Entry added(EntryKind kind, String title, String body) {
        return knowledgeBase.entries().add(knowledgeBase.entries().draft(kind, title).withText(title, body));
    }

    private Challenge moved(Challenge challenge, ChallengeStatus status) {
        Challenge current = (Challenge) knowledgeBase.entries().find(challenge.id()).orElseThrow();
        return (Challenge) knowledgeBase.entries().save(current.withDetails(current.problem(), "fix", status));
    }

    @Test
    void figuresFollowWhatWasWrittenSolvedAndReviewed() {
        Challenge lag = (Challenge) added(EntryKind.CHALLENGE, "Consumer lag", "#kafka");
        Challenge disk = (Challenge) added(EntryKind.CHALLENGE, "Disk full", "#kafka #ops");
        added(EntryKind.NOTE, "Kafka notes", "#kafka");
        clock.advance(Duration.ofDays(7)); // the next week
        moved(lag, ChallengeStatus.SOLVED);
        Entry takeaway = added(EntryKind.TAKEAWAY, "Static membership", "");
        added(EntryKind.TAKEAWAY, "Retention is not forever", "");
        clock.advance(Duration.ofDays(7)); // this week
        moved(lag, ChallengeStatus.VERIFIED);
        added(EntryKind.CHALLENGE, "Slow start", "#ops");
        knowledgeBase.learning().review().review(takeaway, ReviewRating.GOOD);

        DashboardFigures figures = knowledgeBase.learning().dashboard();

        assertThat(figures.weeks()).hasSize(12);
        assertThat(figures.weeks().get(11)).isEqualTo(java.time.LocalDate.parse("2026-03-16"));
        assertThat(figures.entriesWritten().subList(9, 12)).containsExactly(3, 2, 1);
        assertThat(figures.challengesByState().get(ChallengeStatus.OPEN).subList(8, 12)).containsExactly(0, 2, 1, 2);
        assertThat(figures.challengesByState().get(ChallengeStatus.SOLVED).subList(8, 12)).containsExactly(0, 0, 1, 0);
        assertThat(figures.challengesByState().get(ChallengeStatus.VERIFIED).subList(8, 12)).containsExactly(0, 0, 0, 1);
        assertThat(figures.challengesNow()).containsEntry(ChallengeStatus.OPEN, 2)
                .containsEntry(ChallengeStatus.VERIFIED, 1);
        assertThat(figures.takeawaysDue()).isEqualTo(1);
        assertThat(figures.dueForReview()).isEqualTo(1);
        assertThat(figures.reviewStreak()).isEqualTo(1);
        assertThat(figures.topTags()).containsExactly(new TagCount("kafka", 3), new TagCount("ops", 2));
        assertThat(figures.openChallengeTags()).containsExactly(new TagCount("ops", 2), new TagCount("kafka", 1));
        assertThat(figures.oldestOpen()).extracting(open -> open.challenge().title())
                .containsExactly("Disk full", "Slow start");
        assertThat(List.copyOf(figures.challengesNow().keySet())).containsExactly(ChallengeStatus.values());
        assertThat(disk.status()).isEqualTo(ChallengeStatus.OPEN);
    }
}
