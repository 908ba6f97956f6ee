package org.projectnexus.logic.history;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which revisions of one entry to let go of as they age: every revision younger than {@code keepAllFor}; then
 * one per day (the newest of each day) until {@code dailyFor}; older than that, one per week. The newest
 * {@code keepLatest} revisions are always kept, whatever their age, so a rarely edited entry keeps its history.
 */
public record RevisionThinning(Duration keepAllFor, Duration dailyFor, int keepLatest) {

    public static final RevisionThinning DEFAULT = new RevisionThinning(Duration.ofDays(1), Duration.ofDays(30), 20);

    public RevisionThinning {
        if (keepAllFor.isNegative() || dailyFor.compareTo(keepAllFor) < 0 || keepLatest < 0) {
            throw new IllegalArgumentException("Revision thinning needs 0 ≤ keep-all ≤ daily and keep-latest ≥ 0");
        }
    }

    /** The policy as named values, as the knowledge base keeps it among its facts. */
    public java.util.Map<String, String> asFacts() {
        return java.util.Map.of("revisions.keep-all-days", Long.toString(keepAllFor.toDays()),
                "revisions.daily-days", Long.toString(dailyFor.toDays()),
                "revisions.keep-latest", Integer.toString(keepLatest));
    }

    /** The policy from named values; a value that is missing or unreadable keeps its default. */
    public static RevisionThinning fromFacts(java.util.function.Function<String, java.util.Optional<String>> facts) {
        return new RevisionThinning(
                Duration.ofDays(number(facts, "revisions.keep-all-days", DEFAULT.keepAllFor.toDays())),
                Duration.ofDays(number(facts, "revisions.daily-days", DEFAULT.dailyFor.toDays())),
                (int) number(facts, "revisions.keep-latest", DEFAULT.keepLatest));
    }

    private static long number(java.util.function.Function<String, java.util.Optional<String>> facts, String name,
                               long fallback) {
        try {
            return facts.apply(name).map(Long::parseLong).filter(value -> value >= 0).orElse(fallback);
        } catch (NumberFormatException unreadable) {
            return fallback;
        }
    }

    /** A revision's version and when it was saved. */
    public record Stamp(long version, Instant savedAt) {
    }

    /** The versions to drop from {@code revisions} (any order) at {@code now}. */
    public Set<Long> toDrop(List<Stamp> revisions, Instant now) {
        Set<Long> drop = new HashSet<>();
        if (revisions.size() <= keepLatest) {
            return drop;
        }
        List<Stamp> newestFirst = revisions.stream()
                .sorted(Comparator.comparingLong(Stamp::version).reversed()).toList();
        Set<Long> bucketsSeen = new HashSet<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            Stamp stamp = newestFirst.get(i);
            Duration age = Duration.between(stamp.savedAt(), now);
            // Buckets are whole days (or weeks) since the epoch: the newest revision of each bucket stays.
            long day = stamp.savedAt().truncatedTo(ChronoUnit.DAYS).getEpochSecond() / 86_400;
            long bucket = age.compareTo(dailyFor) < 0 ? day : -1 - Math.floorDiv(day + 3, 7);
            boolean firstOfBucket = bucketsSeen.add(bucket);
            boolean protectedRevision = i < keepLatest || age.compareTo(keepAllFor) < 0;
            if (!protectedRevision && !firstOfBucket) {
                drop.add(stamp.version());
            }
        }
        return drop;
    }
}
