package org.projectnexus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.DueEntry;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntrySummary;
import org.projectnexus.model.ReviewRating;

/**
 * The learning dashboard and the review queue at scale (issue 26): on a generated knowledge base of N entries (a
 * third of them challenges, a third takeaways; kept under bench/target/learning-kb-N between runs), 1,000 challenges
 * moved through solved and verified (state history), 2,000 takeaways reviewed once, then times
 * {@code Learning.dashboard()} (every figure the dashboard draws, first call and warm) and
 * {@code SpacedReview.dueToday(200)} (what Review mode reads when it opens). Usage: {@code DashboardHarness [sizes]}.
 */
public final class DashboardHarness {

    private static final int MOVED = 1000;
    private static final int REVIEWED = 2000;

    private DashboardHarness() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "10000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        SearchCorpus corpus = new SearchCorpus(5);
        System.out.printf("%-8s %-42s %9s %9s %9s%n", "entries", "what", "p50 ms", "p95 ms", "max ms");
        for (int size : sizes) {
            Path home = seeded(size, corpus);
            try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
                long start = System.nanoTime();
                var figures = knowledgeBase.learning().dashboard();
                System.out.printf("%-8d %-42s %9.2f %9s %9s   (open %d, due %d)%n", size, "dashboard figures, first call",
                        (System.nanoTime() - start) / 1e6, "", "", figures.challengesNow().get(ChallengeStatus.OPEN),
                        figures.dueForReview());
                report(size, "dashboard figures, warm", time(50, 10, () -> knowledgeBase.learning().dashboard()));
                List<DueEntry> due = knowledgeBase.learning().review().dueToday(200);
                report(size, "review queue, first 200 due (" + due.size() + ")",
                        time(200, 50, () -> knowledgeBase.learning().review().dueToday(200)));
            }
        }
    }

    /** The generated and seeded knowledge base of {@code size} entries, made on first use and kept between runs. */
    static Path seeded(int size, SearchCorpus corpus) throws Exception {
        Path home = Path.of("target", "learning-kb-" + size);
        if (!Files.exists(home.resolve("complete"))) {
            try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
                corpus.fill(knowledgeBase, size, 7);
                seedLearning(knowledgeBase);
            }
            Files.writeString(home.resolve("complete"), "yes");
        }
        return home;
    }

    private static void seedLearning(KnowledgeBase knowledgeBase) {
        List<EntrySummary> summaries = knowledgeBase.entries().summaries();
        int moved = 0;
        int reviewed = 0;
        for (EntrySummary summary : summaries) {
            if (summary.kind() == EntryKind.CHALLENGE && moved < MOVED) {
                Challenge challenge = (Challenge) knowledgeBase.entries().find(summary.id()).orElseThrow();
                challenge = (Challenge) knowledgeBase.entries().save(challenge.withDetails(challenge.problem(),
                        "a fix", ChallengeStatus.SOLVED));
                if (moved % 2 == 0) {
                    knowledgeBase.entries().save(challenge.withDetails(challenge.problem(), "a fix",
                            ChallengeStatus.VERIFIED));
                }
                moved++;
            } else if (summary.kind() == EntryKind.TAKEAWAY && reviewed < REVIEWED) {
                Entry takeaway = knowledgeBase.entries().find(summary.id()).orElseThrow();
                knowledgeBase.learning().review().review(takeaway, ReviewRating.values()[reviewed % 4]);
                reviewed++;
            }
        }
    }

    private static List<Long> time(int measured, int warmup, Callable<?> work) throws Exception {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < warmup + measured; i++) {
            long start = System.nanoTime();
            work.call();
            if (i >= warmup) {
                nanos.add(System.nanoTime() - start);
            }
        }
        nanos.sort(Long::compare);
        return nanos;
    }

    private static void report(int size, String what, List<Long> nanos) {
        System.out.printf("%-8d %-42s %9.2f %9.2f %9.2f%n", size, what, nanos.get(nanos.size() / 2) / 1e6,
                nanos.get((int) (nanos.size() * 0.95)) / 1e6, nanos.get(nanos.size() - 1) / 1e6);
    }
}
