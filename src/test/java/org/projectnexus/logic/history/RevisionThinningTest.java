package org.projectnexus.logic.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RevisionThinningTest {

    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    /** One revision every {@code step}, going back from now, versions counting up to the newest. */
    private static List<RevisionThinning.Stamp> every(Duration step, int count) {
        List<RevisionThinning.Stamp> stamps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            stamps.add(new RevisionThinning.Stamp(count - i, NOW.minus(step.multipliedBy(i))));
        }
        return stamps;
    }

    @Test
    void theNewestRevisionsAreAlwaysKeptHoweverOld() {
        List<RevisionThinning.Stamp> old = every(Duration.ofMinutes(1), 20).stream()
                .map(stamp -> new RevisionThinning.Stamp(stamp.version(), stamp.savedAt().minus(Duration.ofDays(400))))
                .toList();
        assertThat(RevisionThinning.DEFAULT.toDrop(old, NOW)).isEmpty();
    }

    @Test
    void everythingFromTheLastDayIsKept() {
        assertThat(RevisionThinning.DEFAULT.toDrop(every(Duration.ofMinutes(10), 140), NOW)).isEmpty();
    }

    @Test
    void olderRevisionsAreThinnedToOneADayThenOneAWeek() {
        // One revision an hour for 90 days: 2160 revisions.
        List<RevisionThinning.Stamp> hourly = every(Duration.ofHours(1), 90 * 24);
        Set<Long> drop = RevisionThinning.DEFAULT.toDrop(hourly, NOW);
        int kept = hourly.size() - drop.size();
        // About 24 from the last day, one for each of the 29 days after, one a week for the 60 days before.
        assertThat(kept).isBetween(24 + 28, 24 + 30 + 11);
        hourly.stream().filter(stamp -> stamp.savedAt().isAfter(NOW.minus(Duration.ofDays(1))))
                .forEach(young -> assertThat(drop).doesNotContain(young.version()));
    }

    @Test
    void thinningIsConfigurable() {
        RevisionThinning keepFive = new RevisionThinning(Duration.ZERO, Duration.ZERO, 5);
        List<RevisionThinning.Stamp> hourly = every(Duration.ofHours(1), 30);
        // Past the newest five, one a week: 30 hours span at most two weeks.
        assertThat(hourly.size() - keepFive.toDrop(hourly, NOW).size()).isBetween(5, 7);
    }
}
