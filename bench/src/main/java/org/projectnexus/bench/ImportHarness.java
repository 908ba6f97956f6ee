package org.projectnexus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.exchange.ConflictPolicy;
import org.projectnexus.logic.exchange.ExportFormat;
import org.projectnexus.logic.exchange.ImportReport;
import org.projectnexus.logic.exchange.LinkStyle;
import org.projectnexus.model.Progress;

/**
 * Imports only: {@code ImportHarness COUNT RUNS FOLDER [vault|json|both]}. The first time, FOLDER gets a generated knowledge base of
 * COUNT entries exported as a vault and a JSON backup (as {@link ExchangeHarness} makes them); later calls reuse
 * them, so repeated measurements of the import do not pay for generating. Each run imports the vault and then the
 * JSON into an empty knowledge base (run 1 is cold: JIT warm-up included) and waits, untimed, for the search
 * index to catch up before the next, so that background work does not land in the next measurement.
 */
public final class ImportHarness {

    private ImportHarness() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path folder = Path.of(args.length > 2 ? args[2] : "import-data-" + count);
        String only = args.length > 3 ? args[3] : "both";
        Path vault = folder.resolve("vault");
        Path backup = folder.resolve("backup.json");
        if (!Files.exists(backup)) {
            Files.createDirectories(folder);
            try (KnowledgeBase source = KnowledgeBase.open(folder.resolve("source"), Clock.systemUTC())) {
                KnowledgeBaseGenerator.fill(source, count, 5, 11, stored -> { });
                source.exchange().export(ExportFormat.VAULT, vault, LinkStyle.WIKI, Progress.none());
                source.exchange().export(ExportFormat.JSON, backup, LinkStyle.WIKI, Progress.none());
            }
            delete(folder.resolve("source"));
        }
        System.out.printf("%-36s %8s %8s%n", "what", "wall ms", "CPU ms");
        for (int run = 1; run <= runs; run++) {
            if (!only.equals("json")) {
                importInto(folder.resolve("kb"), vault, count, "import vault, run " + run);
            }
            if (!only.equals("vault")) {
                importInto(folder.resolve("kb"), backup, count, "import JSON, run " + run);
            }
        }
    }

    private static void importInto(Path home, Path source, int count, String what) throws Exception {
        delete(home);
        System.gc();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            ImportReport report = knowledgeBase.exchange().importFrom(source, ConflictPolicy.RENAME, Progress.none());
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpu = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
            if (report.added() != count) {
                throw new IllegalStateException("Imported " + report.added() + " of " + count + ": " + report.lines());
            }
            System.out.printf("%-36s %8d %8d%n", what, millis, cpu);
            while (!knowledgeBase.finding().searchIndexComplete()) {
                Thread.sleep(20);
            }
        }
        delete(home);
    }

    private static void delete(Path path) throws java.io.IOException {
        if (Files.exists(path)) {
            try (Stream<Path> all = Files.walk(path)) {
                all.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }
}
