package org.projectnexus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.projectnexus.logic.KnowledgeBase;

/**
 * "Seen this before?" at scale (issue 26): on a generated knowledge base of N entries (kept under
 * bench/target/similar-kb-N between runs), times {@code Finding.similar} for problem texts of 15 generated words,
 * as the challenge editor's panel asks at a pause in typing (5 matches, their entries read from the database).
 * Usage: {@code SimilarHarness [sizes, default 10000]}.
 */
public final class SimilarHarness {

    private static final int WARMUP = 200;
    private static final int MEASURED = 500;

    private SimilarHarness() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "10000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        SearchCorpus corpus = new SearchCorpus(5);
        System.out.printf("%-8s %-40s %9s %9s %9s%n", "entries", "what", "p50 ms", "p95 ms", "max ms");
        for (int size : sizes) {
            Path home = Path.of("target", "similar-kb-" + size);
            if (!Files.exists(home.resolve("complete"))) {
                try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
                    corpus.fill(knowledgeBase, size, 7);
                    knowledgeBase.finding().synchronizeSearch((done, total) -> { });
                }
                Files.writeString(home.resolve("complete"), "yes");
            }
            try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
                knowledgeBase.finding().synchronizeSearch((done, total) -> { });
                Random random = new Random(26);
                List<Long> nanos = new ArrayList<>();
                for (int i = 0; i < WARMUP + MEASURED; i++) {
                    String problem = corpus.sentence(random, 15);
                    long start = System.nanoTime();
                    knowledgeBase.finding().similar(problem, null, 5);
                    if (i >= WARMUP) {
                        nanos.add(System.nanoTime() - start);
                    }
                }
                nanos.sort(Long::compare);
                System.out.printf("%-8d %-40s %9.2f %9.2f %9.2f%n", size, "similar, 15-word problem, 5 matches",
                        nanos.get(nanos.size() / 2) / 1e6, nanos.get((int) (nanos.size() * 0.95)) / 1e6,
                        nanos.get(nanos.size() - 1) / 1e6);
            }
        }
    }
}
