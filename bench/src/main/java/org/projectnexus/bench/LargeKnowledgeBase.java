package org.projectnexus.bench;

import java.nio.file.Path;
import java.time.Clock;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.starter.StarterContent;

/**
 * Fills a data folder with the starter content and generated entries (10,000 by default), for measuring the
 * start-up of the installed app on a large knowledge base: {@code nexus --home=DIR --startup-report}
 * (see docs/performance.md).
 * Usage: {@code LargeKnowledgeBase DIR [count]}.
 */
public final class LargeKnowledgeBase {

    private LargeKnowledgeBase() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            knowledgeBase.exchange().addStarterContentIfNew(new StarterContent());
            long start = System.nanoTime();
            KnowledgeBaseGenerator.fill(knowledgeBase, count, 5, 11);
            System.out.printf("%d entries added to %s in %d ms%n", count, home, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
