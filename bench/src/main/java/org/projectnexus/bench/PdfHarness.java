package org.projectnexus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.exchange.ExportFormat;
import org.projectnexus.logic.exchange.LinkStyle;
import org.projectnexus.logic.starter.StarterContent;
import org.projectnexus.model.Progress;

/**
 * How long a whole-hub PDF takes (issue 25, point 9; ADR 42): the starter set, then the starter set with generated
 * entries added (1,000 by default), each exported ROUNDS times in this JVM (the first is cold).
 * Usage: {@code PdfHarness [count] [rounds] [DIR]}.
 */
public final class PdfHarness {

    private PdfHarness() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path folder = Path.of(args.length > 2 ? args[2] : "pdf-harness");
        Files.createDirectories(folder);
        Path home = Files.createTempDirectory(folder, "kb-");
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            knowledgeBase.exchange().addStarterContentIfNew(new StarterContent());
            measure(knowledgeBase, folder, "starter set", rounds);
            KnowledgeBaseGenerator.fill(knowledgeBase, count, 5, 11);
            measure(knowledgeBase, folder, "starter set + " + count, rounds);
        }
    }

    private static void measure(KnowledgeBase knowledgeBase, Path folder, String what, int rounds) throws Exception {
        for (int round = 1; round <= rounds; round++) {
            Path pdf = folder.resolve("hub-" + System.nanoTime() + ".pdf");
            long start = System.nanoTime();
            int entries = knowledgeBase.exchange().export(ExportFormat.PDF, pdf, LinkStyle.WIKI, Progress.none());
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%s: %d entries, round %d: %,d ms, %,d KB%n", what, entries, round, ms,
                    Files.size(pdf) / 1024);
            Files.delete(pdf);
        }
    }
}
