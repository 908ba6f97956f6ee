package org.projectnexus.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.exchange.ConflictPolicy;
import org.projectnexus.logic.exchange.ExportFormat;
import org.projectnexus.logic.exchange.ImportReport;
import org.projectnexus.logic.exchange.LinkStyle;
import org.projectnexus.model.Progress;

/**
 * Import and export at scale: a generated knowledge base (default 10,000 entries of about 2 KB with 5 links each)
 * exported as a vault and as JSON, then each imported into an empty knowledge base. Prints time and the peak heap
 * in use (sum of the heap pools' peaks, after a GC before each step) for each step. CPU time is the whole
 * process's (all threads): on a shared, loaded machine it says more than the wall time.
 */
public final class ExchangeHarness {

    private ExchangeHarness() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path work = Files.createTempDirectory("nexus-exchange");
        try (KnowledgeBase source = KnowledgeBase.open(work.resolve("source"), Clock.systemUTC())) {
            long start = System.nanoTime();
            KnowledgeBaseGenerator.fill(source, count, 5, 11, stored -> { }); // keeping none: 100,000 must fit
            System.out.printf("%d entries generated and stored in %d ms; max heap %d MB%n%n", count,
                    (System.nanoTime() - start) / 1_000_000, Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.printf("%-46s %8s %8s %13s %12s%n", "what", "wall ms", "CPU ms", "peak heap MB", "target ms");
            for (String run : new String[] {"", " again"}) {
                String suffix = run.isEmpty() ? "" : "-2";
                step("export vault (wiki links)" + run, 3000, () -> source.exchange().export(ExportFormat.VAULT,
                        work.resolve("vault" + suffix), LinkStyle.WIKI, Progress.none()));
                step("export JSON backup" + run, 3000, () -> source.exchange().export(ExportFormat.JSON,
                        work.resolve("backup" + suffix + ".json"), LinkStyle.WIKI, Progress.none()));
            }
            step("export vault (markdown links)", 3000, () -> source.exchange().export(ExportFormat.VAULT,
                    work.resolve("vault-md"), LinkStyle.MARKDOWN, Progress.none()));
            if (count <= 20_000) { // the README is one document built from every entry at once: not streamed
                step("export README", 0, () -> source.exchange().export(ExportFormat.README, work.resolve("README.md"),
                        LinkStyle.WIKI, Progress.none()));
            }
        }
        org.projectnexus.logic.exchange.ImportSources sources =
                new org.projectnexus.logic.exchange.ImportSources(new org.projectnexus.logic.markdown.MarkdownParser());
        step("  reading the vault only (no database)", 0, () -> readOnly(sources, work.resolve("vault")));
        step("  reading the JSON only (no database)", 0, () -> readOnly(sources, work.resolve("backup.json")));
        for (String run : new String[] {"", " again"}) {
            String suffix = run.isEmpty() ? "" : "-2";
            try (KnowledgeBase vault = KnowledgeBase.open(work.resolve("from-vault" + suffix), Clock.systemUTC())) {
                step("import vault into an empty knowledge base" + run, 5000, () -> check(vault.exchange().importFrom(
                        work.resolve("vault"), ConflictPolicy.RENAME, Progress.none()), count));
                step("  then the search index catching up", 0, () -> awaitSearch(vault));
            }
            try (KnowledgeBase json = KnowledgeBase.open(work.resolve("from-json" + suffix), Clock.systemUTC())) {
                step("import JSON into an empty knowledge base" + run, 5000, () -> check(json.exchange().importFrom(
                        work.resolve("backup.json"), ConflictPolicy.RENAME, Progress.none()), count));
                step("  then the search index catching up", 0, () -> awaitSearch(json));
            }
        }
        System.out.println("\nFiles left in " + work + " (delete when done).");
    }

    /** Reads an import source batch by batch without a database, keeping nothing; returns how many entries. */
    private static int readOnly(org.projectnexus.logic.exchange.ImportSources sources, Path path) {
        int[] read = {0};
        sources.open(path, new ImportReport(), Progress.none()).read(batch -> read[0] += batch.size());
        return read[0];
    }

    /** Waits until the search index has taken in the import (it does so in the background). */
    private static Object awaitSearch(KnowledgeBase knowledgeBase) throws InterruptedException {
        while (!knowledgeBase.finding().searchIndexComplete()) {
            Thread.sleep(20);
        }
        return null;
    }

    private static Object check(ImportReport report, int expected) {
        if (report.added() != expected) {
            throw new IllegalStateException("Imported " + report.added() + " of " + expected + ": " + report.lines());
        }
        return report;
    }

    private static void step(String what, int targetMillis, Callable<?> work) throws Exception {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        work.call();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%-46s %8d %8d %13d %12s%n", what, millis, cpuMillis, peak / (1024 * 1024),
                targetMillis == 0 ? "-" : targetMillis + (millis <= targetMillis ? " ok" : " MISSED"));
    }
}
