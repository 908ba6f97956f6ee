package org.projectnexus.logic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.exchange.ConflictPolicy;
import org.projectnexus.logic.exchange.ExportFormat;
import org.projectnexus.logic.exchange.ImportReport;
import org.projectnexus.logic.exchange.LinkStyle;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.Progress;
import org.projectnexus.model.ReviewCard;
import org.projectnexus.model.ReviewRating;
import org.projectnexus.model.StateChange;

/**
 * Issue 26 (ADR 46): the JSON backup carries the learning state — each challenge's state history, each review card
 * and each rating — and a restore brings it back exactly; a backup without it still restores; wrong values in it are
 * reported in words and the rest restores.
 */
class LearningStateBackupTest {

    @TempDir
    Path temp;

    /** A Wednesday; the same clock serves both knowledge bases, so "now" is the same on both sides. */
    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-04T10:00:00Z"));

    /** Writes three weeks of learning, then a backup of it; returns the backup. */
    private Path learnedAndBackedUp(KnowledgeBase source) {
        Entries entries = source.entries();
        Challenge lag = (Challenge) add(source, EntryKind.CHALLENGE, "Consumer lag", "#kafka");
        Challenge disk = (Challenge) add(source, EntryKind.CHALLENGE, "Disk full", "#ops");
        Entry note = add(source, EntryKind.NOTE, "Kafka notes", "#kafka");
        Entry gone = add(source, EntryKind.TAKEAWAY, "Soon deleted", "");
        clock.advance(Duration.ofDays(7));
        lag = move(source, lag, ChallengeStatus.SOLVED, "Static membership");
        disk = move(source, disk, ChallengeStatus.SOLVED, "Rotate logs");
        Entry takeaway = add(source, EntryKind.TAKEAWAY, "Static membership helps", "");
        add(source, EntryKind.TAKEAWAY, "Never reviewed yet", "");
        source.learning().review().review(takeaway, ReviewRating.GOOD);
        source.learning().review().review(gone, ReviewRating.HARD);
        source.learning().review().mark(note, true);
        clock.advance(Duration.ofDays(6));
        move(source, lag, ChallengeStatus.REGRESSED, "Static membership, take two");
        move(source, disk, ChallengeStatus.VERIFIED, "Rotate logs");
        source.learning().review().review(takeaway, ReviewRating.AGAIN);
        clock.advance(Duration.ofDays(1));
        source.learning().review().review(takeaway, ReviewRating.EASY);
        source.learning().review().mark(note, false);
        entries.delete(gone.id());
        Path backup = temp.resolve("backup.json");
        source.exchange().export(ExportFormat.JSON, backup, LinkStyle.WIKI, Progress.none());
        return backup;
    }

    private Entry add(KnowledgeBase knowledgeBase, EntryKind kind, String title, String body) {
        return knowledgeBase.entries().add(knowledgeBase.entries().draft(kind, title).withText(title, body));
    }

    private Challenge move(KnowledgeBase knowledgeBase, Challenge challenge, ChallengeStatus status, String fix) {
        Challenge current = (Challenge) knowledgeBase.entries().find(challenge.id()).orElseThrow();
        return (Challenge) knowledgeBase.entries().save(current.withDetails(current.problem(), fix, status));
    }

    /** Everything of the learning loop one can see of a knowledge base, by title. */
    private record Learned(Map<String, List<StateChange>> histories, Map<String, Optional<ReviewCard>> cards,
                           List<String> due, int streak, Object dashboard) {
    }

    private static Learned learned(KnowledgeBase knowledgeBase) {
        List<Entry> all = knowledgeBase.entries().summaries().stream()
                .map(summary -> knowledgeBase.entries().find(summary.id()).orElseThrow()).toList();
        return new Learned(
                all.stream().collect(Collectors.toMap(Entry::title,
                        entry -> knowledgeBase.learning().stateHistory(entry.id()))),
                all.stream().collect(Collectors.toMap(Entry::title,
                        entry -> knowledgeBase.learning().review().card(entry))),
                knowledgeBase.learning().review().dueToday(100).stream()
                        .map(due -> due.entry().title() + " due " + due.due()).toList(),
                knowledgeBase.learning().review().streak(),
                knowledgeBase.learning().dashboard());
    }

    @Test
    void aRoundTripKeepsStateHistoriesReviewCardsRatingsAndTheDashboard() throws IOException {
        Learned before;
        Path backup;
        try (KnowledgeBase source = KnowledgeBase.open(temp.resolve("first"), clock)) {
            backup = learnedAndBackedUp(source);
            before = learned(source);
        }
        assertThat(before.histories().get("Consumer lag")).extracting(StateChange::to).containsExactly(
                ChallengeStatus.OPEN, ChallengeStatus.SOLVED, ChallengeStatus.REGRESSED);
        assertThat(before.cards().get("Kafka notes")).hasValueSatisfying(card -> assertThat(card.active()).isFalse());
        assertThat(before.streak()).isEqualTo(2);
        String json = Files.readString(backup);
        assertThat(json).contains("\"challengeStates\"", "\"reviewCards\"", "\"reviewRatings\"",
                "\"failedSolution\" : \"Static membership\"");

        try (KnowledgeBase restored = KnowledgeBase.open(temp.resolve("second"), clock)) {
            ImportReport report = restored.exchange().importFrom(backup, ConflictPolicy.RENAME, Progress.none());

            assertThat(report.lines()).isEmpty();
            Learned after = learned(restored);
            assertThat(after.histories()).isEqualTo(before.histories());
            assertThat(after.cards()).isEqualTo(before.cards());
            assertThat(after.due()).isEqualTo(before.due()).isNotEmpty();
            assertThat(after.streak()).isEqualTo(before.streak());
            assertThat(after.dashboard()).isEqualTo(before.dashboard());
            assertThat(restored.learning().lastRegression(idOf(restored, "Consumer lag")))
                    .hasValueSatisfying(change -> assertThat(change.failedSolution()).isEqualTo("Static membership"));

            // The same backup again, skipping the titles that now exist: nothing is doubled, nothing is damaged.
            ImportReport again = restored.exchange().importFrom(backup, ConflictPolicy.SKIP, Progress.none());
            assertThat(again.lines()).extracting(ImportReport.Line::reason).contains(
                    "6 state changes belong to challenges this restore did not add",
                    "2 review cards belong to entries this restore did not add");
            assertThat(learned(restored)).isEqualTo(before);
        }
    }

    @Test
    void aRestoredCopyUnderANewIdTakesItsHistoryAndScheduleAlong() throws IOException {
        try (KnowledgeBase source = KnowledgeBase.open(temp.resolve("first"), clock)) {
            Path backup = learnedAndBackedUp(source);
            Learned before = learned(source);

            // Into the same knowledge base, keeping both: the copies get new titles and new ids.
            source.exchange().importFrom(backup, ConflictPolicy.RENAME, Progress.none());

            Learned after = learned(source);
            assertThat(after.histories().get("Consumer lag 2")).extracting(StateChange::to)
                    .isEqualTo(before.histories().get("Consumer lag").stream().map(StateChange::to).toList());
            assertThat(after.histories().get("Consumer lag 2")).extracting(StateChange::at)
                    .isEqualTo(before.histories().get("Consumer lag").stream().map(StateChange::at).toList());
            assertThat(after.cards().get("Static membership helps 2")).map(ReviewCard::due)
                    .isEqualTo(before.cards().get("Static membership helps").map(ReviewCard::due));
            assertThat(after.histories().get("Consumer lag")).isEqualTo(before.histories().get("Consumer lag"));
            assertThat(after.streak()).isEqualTo(before.streak());
        }
    }

    @Test
    void aBackupWrittenBeforeTheLearningStateWasCarriedStillRestores() throws IOException {
        Path backup;
        try (KnowledgeBase source = KnowledgeBase.open(temp.resolve("first"), clock)) {
            backup = learnedAndBackedUp(source);
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(backup.toFile());
        tree.remove(List.of("challengeStates", "reviewCards", "reviewRatings"));
        Path old = Files.write(temp.resolve("old.json"), json.writeValueAsBytes(tree));

        try (KnowledgeBase restored = KnowledgeBase.open(temp.resolve("second"), clock)) {
            ImportReport report = restored.exchange().importFrom(old, ConflictPolicy.RENAME, Progress.none());

            assertThat(report.lines()).isEmpty();
            assertThat(report.added()).isEqualTo(5);
            assertThat(restored.learning().stateHistory(idOf(restored, "Consumer lag"))).isEmpty();
            Challenge lag = (Challenge) restored.entries().findByTitle("Consumer lag").orElseThrow();
            assertThat(lag.status()).isEqualTo(ChallengeStatus.REGRESSED);
            // Without their cards, both takeaways are due at once, as new ones are.
            assertThat(restored.learning().review().dueToday(10)).extracting(due -> due.entry().title())
                    .containsExactlyInAnyOrder("Static membership helps", "Never reviewed yet");
            assertThat(restored.learning().review().streak()).isZero();
        }
    }

    @Test
    void wrongValuesInTheLearningStateAreReportedInWordsAndTheRestRestores() throws IOException {
        String challenge = "00000000-0000-0000-0000-000000000001";
        String takeaway = "00000000-0000-0000-0000-000000000002";
        String other = "00000000-0000-0000-0000-000000000003";
        String json = "{\"format\": \"nexus-backup\", \"schemaVersion\": 1, \"entries\": [\n"
                + "{\"id\": \"" + challenge + "\", \"kind\": \"challenge\", \"title\": \"Slow API\","
                + " \"created\": \"2026-01-01T00:00:00Z\", \"updated\": \"2026-01-05T00:00:00Z\", \"body\": \"\","
                + " \"problem\": \"slow\", \"solution\": \"cache\", \"status\": \"solved\"},\n"
                + "{\"id\": \"" + takeaway + "\", \"kind\": \"takeaway\", \"title\": \"Cache first\","
                + " \"created\": \"2026-01-01T00:00:00Z\", \"updated\": \"2026-01-01T00:00:00Z\", \"body\": \"\"},\n"
                + "{\"id\": \"" + other + "\", \"kind\": \"takeaway\", \"title\": \"Measure first\","
                + " \"created\": \"2026-01-01T00:00:00Z\", \"updated\": \"2026-01-01T00:00:00Z\", \"body\": \"\"}\n"
                + "],\n\"challengeStates\": [\n"
                + "{\"entryId\": \"" + challenge + "\", \"at\": \"2026-01-01T00:00:00Z\", \"to\": \"open\"},\n"
                + "{\"entryId\": \"" + challenge + "\", \"at\": \"yesterday\", \"from\": \"open\", \"to\": \"solved\"},\n"
                + "{\"entryId\": \"" + challenge + "\", \"at\": \"2026-01-05T00:00:00Z\", \"from\": \"open\","
                + " \"to\": \"fixed\", \"version\": -2},\n"
                + "{\"entryId\": \"" + challenge + "\", \"at\": \"2026-01-05T00:00:00Z\", \"from\": \"open\","
                + " \"to\": \"solved\", \"version\": 2},\n"
                + "42\n"
                + "],\n\"reviewCards\": [\n"
                + "{\"entryId\": \"" + takeaway + "\", \"phase\": \"review\", \"step\": 0, \"stability\": -3.5,"
                + " \"difficulty\": 11, \"due\": \"+999999999-01-01T00:00:00Z\", \"active\": true},\n"
                + "{\"entryId\": \"" + other + "\", \"phase\": \"review\", \"step\": 0, \"stability\": 3.2,"
                + " \"difficulty\": 5.5, \"due\": \"2026-01-08T00:00:00Z\","
                + " \"lastReview\": \"2026-01-05T00:00:00Z\", \"active\": true},\n"
                + "{\"entryId\": \"not-an-id\", \"phase\": \"cramming\", \"step\": 0, \"due\": \"2026-01-08T00:00:00Z\"}\n"
                + "],\n\"reviewRatings\": [\n"
                + "{\"entryId\": \"" + other + "\", \"at\": \"2026-01-05T00:00:00Z\", \"rating\": \"good\"},\n"
                + "{\"entryId\": \"" + other + "\", \"at\": \"2026-01-04T00:00:00Z\", \"rating\": \"meh\"}\n"
                + "],\n\"attachments\": []}\n";
        Path file = Files.writeString(temp.resolve("hostile.json"), json);

        try (KnowledgeBase restored = KnowledgeBase.open(temp.resolve("kb"), clock)) {
            ImportReport report = restored.exchange().importFrom(file, ConflictPolicy.RENAME, Progress.none());

            assertThat(report.added()).isEqualTo(3);
            assertThat(report.lines()).extracting(Object::toString).containsExactly(
                    "hostile.json › challengeStates 2: its “at” time “yesterday” is not a time such as"
                            + " 2026-11-26T14:32:55Z (left out; the rest of the backup is restored)",
                    "hostile.json › challengeStates 3: its “to” state “fixed” is none of open, solved, verified or"
                            + " regressed; its “version” -2 is not a whole number of zero or more"
                            + " (left out; the rest of the backup is restored)",
                    "hostile.json › challengeStates 5: it is a number, not a state change"
                            + " (left out; the rest of the backup is restored)",
                    "hostile.json › reviewCards 1: its stability -3.5 is not a number of days above zero;"
                            + " its difficulty 11 is not between 1 and 10; its “due” time “+999999999-01-01T00:00:00Z”"
                            + " is outside the years 1 to 9999 (left out; the rest of the backup is restored)",
                    "hostile.json › reviewCards 3: its entryId “not-an-id” is not an id such as"
                            + " 123e4567-e89b-42d3-a456-426614174000; its phase “cramming” is none of learning, review"
                            + " or relearning (left out; the rest of the backup is restored)",
                    "hostile.json › reviewRatings 2: its rating “meh” is none of again, hard, good or easy"
                            + " (left out; the rest of the backup is restored)");
            assertThat(restored.learning().stateHistory(UUID.fromString(challenge))).extracting(StateChange::to)
                    .containsExactly(ChallengeStatus.OPEN, ChallengeStatus.SOLVED);
            Entry measure = restored.entries().find(UUID.fromString(other)).orElseThrow();
            assertThat(restored.learning().review().card(measure)).hasValueSatisfying(card -> {
                assertThat(card.stability()).isEqualTo(3.2);
                assertThat(card.due()).isEqualTo(Instant.parse("2026-01-08T00:00:00Z"));
            });
            // The takeaway whose card was wrong is due as a new one: due at once, from its creation.
            Entry cache = restored.entries().find(UUID.fromString(takeaway)).orElseThrow();
            assertThat(restored.learning().review().card(cache)).hasValue(
                    ReviewCard.fresh(cache.id(), Instant.parse("2026-01-01T00:00:00Z")));
        }
    }

    private static UUID idOf(KnowledgeBase knowledgeBase, String title) {
        return knowledgeBase.entries().findByTitle(title).map(Entry::id).orElseThrow();
    }
}
