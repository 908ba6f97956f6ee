package org.projectnexus.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.SimilarEntry;

/**
 * Issue 26, point 2: the planted-set quality test of "seen this before?". Among near misses on the same topics
 * (same tools, same words here and there) and hundreds of filler challenges, a new problem written in other words
 * finds the challenge it duplicates first.
 */
class SeenThisBeforeTest {

    /** Each planted duplicate: its title, problem and solution, then a new problem saying the same in other words. */
    private static final String[][] PLANTED = {
        {"Consumer lag after deploys", "The orders consumer group falls minutes behind whenever a deploy triggers a"
                + " partition rebalance in Kafka.", "Use cooperative sticky assignment and static group membership.",
                "Since we deploy, our Kafka orders consumers lag for minutes while partitions rebalance."},
        {"Flaky login test", "The Selenium login test fails one run in ten: the page is not ready when the"
                + " password field is typed into.", "Wait for the field to be visible instead of sleeping.",
                "Our browser test for signing in fails at random; typing the password happens before the page is ready."},
        {"Out of memory in image resize", "The thumbnail worker dies with OutOfMemoryError on large PNG uploads"
                + " because whole images are decoded into the heap.", "Decode with subsampling and cap the pixel count.",
                "Big PNG uploads crash the worker making thumbnails: the heap runs out while decoding."},
        {"Slow dashboard query", "The monthly revenue dashboard takes forty seconds: the report query scans the"
                + " invoices table without an index on the issued date.", "Add an index on invoices(issued_at).",
                "Revenue report page is very slow, the invoices query does a full scan on the issue date."},
        {"TLS handshake failures", "Clients on old Android versions get handshake failures since the load balancer"
                + " dropped TLS 1.1 and the legacy cipher suites.", "Keep one compatible cipher suite on a separate listener.",
                "Old Android phones cannot connect anymore: TLS handshake fails after the balancer cipher change."},
    };

    /** Near misses: same tools and some shared words, another problem. */
    private static final String[][] NEAR_MISSES = {
        {"Kafka disk full", "Kafka brokers fill the disk because topic retention is set to forever."},
        {"Consumer offsets reset", "After a restart the consumer group starts from the earliest offset again."},
        {"Deploy fails on missing variable", "The deploy pipeline fails when an environment variable is missing."},
        {"Selenium grid timeouts", "The Selenium grid drops sessions after five minutes of inactivity."},
        {"Password reset emails late", "Password reset emails arrive an hour late from the mail queue."},
        {"PNG colours wrong", "Uploaded PNG images show washed out colours because the colour profile is dropped."},
        {"Heap grows in search service", "The search service heap grows slowly until a full garbage collection."},
        {"Invoices rounding", "Invoice totals are off by a cent because of rounding per line."},
        {"Dashboard charts blank", "The dashboard shows blank charts when the browser blocks third-party scripts."},
        {"Certificate expired", "The load balancer certificate expired on a weekend and nobody was alerted."},
        {"Android build slow", "The Android build takes twenty minutes on the CI runners."},
        {"Rebalance storm in workers", "Celery workers restart in a loop and the broker keeps requeuing tasks."},
    };

    private static final String[] FILLER_WORDS = ("cache queue database index thread pool request response latency"
            + " timeout retry backup restore migration schema column table service worker job cron scheduler log"
            + " metric alert dashboard deploy build pipeline container image volume network proxy dns certificate"
            + " token session cookie user account payment invoice report export import file upload download"
            + " memory cpu disk heap leak crash error exception stack trace test mock fixture browser mobile").split(" ");

    @TempDir
    Path home;

    private KnowledgeBase knowledgeBase;

    @BeforeEach
    void fill() {
        knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
        List<Entry> drafts = new ArrayList<>();
        for (String[] planted : PLANTED) {
            drafts.add(challenge(planted[0], planted[1], planted[2]));
        }
        for (String[] near : NEAR_MISSES) {
            drafts.add(challenge(near[0], near[1], "Fixed."));
        }
        Random random = new Random(26);
        for (int i = 0; i < 400; i++) {
            StringBuilder problem = new StringBuilder();
            for (int word = 0; word < 18; word++) {
                problem.append(FILLER_WORDS[random.nextInt(FILLER_WORDS.length)]).append(' ');
            }
            drafts.add(challenge("Filler " + i, problem.toString(), "Fixed " + i));
        }
        knowledgeBase.entries().addAll(drafts);
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    private Challenge challenge(String title, String problem, String solution) {
        return ((Challenge) knowledgeBase.entries().draft(EntryKind.CHALLENGE, title))
                .withDetails(problem, solution, ChallengeStatus.SOLVED);
    }

    @Test
    void thePlantedDuplicateRanksFirstForEveryRewordedProblem() {
        for (String[] planted : PLANTED) {
            List<SimilarEntry> found = knowledgeBase.finding().similar(planted[3], null, 5);
            assertThat(found).as("similar to: %s", planted[3]).isNotEmpty();
            assertThat(found.get(0).entry().title()).as("first for: %s", planted[3]).isEqualTo(planted[0]);
            assertThat(found).extracting(SimilarEntry::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        }
    }

    @Test
    void theChallengeBeingWrittenIsLeftOutAndItsSolutionComesAlong() {
        Entry lag = knowledgeBase.entries().findByTitle("Consumer lag after deploys").orElseThrow();
        List<SimilarEntry> found = knowledgeBase.finding().similar(PLANTED[0][3], lag.id(), 5);
        assertThat(found).extracting(match -> match.entry().title()).doesNotContain("Consumer lag after deploys");

        SimilarEntry best = knowledgeBase.finding().similar(PLANTED[0][3], null, 1).get(0);
        assertThat(((Challenge) best.entry()).solution()).startsWith("Use cooperative sticky assignment");
    }

    @Test
    void notesAreFoundTooButNotTakeaways() {
        Entry note = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Kubernetes probes")
                .withText("Kubernetes probes", "Liveness probes restart pods that hang; readiness probes gate traffic."));
        knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.TAKEAWAY, "Probes need budgets")
                .withText("Probes need budgets", "Liveness probes with readiness probes restart hanging pods."));
        List<SimilarEntry> found = knowledgeBase.finding().similar("pods hang and the liveness probe restarts them",
                null, 5);
        assertThat(found).extracting(match -> match.entry().title()).first().isEqualTo(note.title());
        assertThat(found).extracting(match -> match.entry().kind()).doesNotContain(EntryKind.TAKEAWAY);
        assertThat(knowledgeBase.finding().similar("   ", null, 5)).isEmpty();
    }
}
