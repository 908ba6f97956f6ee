package org.projectnexus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.publish.PublishPlan;
import org.projectnexus.logic.publish.PublishRequest;
import org.projectnexus.logic.publish.PublishResult;
import org.projectnexus.model.Entry;
import org.projectnexus.model.Progress;

/**
 * Publishing at scale (issue 23): a generated knowledge base (default 10,000 entries of about 2 KB) published
 * into a new working copy with a new bare repository on local disk as the remote, then one entry changed and
 * published again. Each round of the first publish uses a new folder and a new remote; the timed work is what the
 * window and the command line do after the user agreed: plan (which entries are new) and publish (generate,
 * commit, push). Then, as a user of the command line meets it, one entry changed and {@code nexus publish} run in a
 * new JVM each time, cold (the installed {@code nexus} when {@code -Dnexus.command=/usr/bin/nexus} is given). Prints
 * every round, then the median and the worst against the targets. Given a FOLDER that
 * already holds the knowledge base of an earlier run, it publishes that one again into new folders.
 */
public final class PublishHarness {

    /** How many cold command-line publishes (system property {@code nexus.command.runs}; 5 by default). */
    private static final int COMMAND_LINE_RUNS = Integer.getInteger("nexus.command.runs", 5);
    /**
     * The {@code nexus} to run for them (system property {@code nexus.command}, such as the installed
     * {@code /usr/bin/nexus}: Java 25 with its AOT cache, what issue 23's target is about); by default this JVM's
     * {@code java} on this class path with the command line's options.
     */
    private static final String INSTALLED = System.getProperty("nexus.command");

    private PublishHarness() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int changes = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path work = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("nexus-publish");
        String stamp = Long.toString(System.currentTimeMillis(), 36); // new folders each run: see "The disk"
        List<Long> first = new ArrayList<>();
        List<Long> changed = new ArrayList<>();
        List<Long> renamed = new ArrayList<>();
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(work.resolve("kb"), Clock.systemUTC())) {
            if (knowledgeBase.entries().summaries().isEmpty()) { // a folder given again keeps its knowledge base
                long start = System.nanoTime();
                KnowledgeBaseGenerator.fill(knowledgeBase, count, 5, 11, stored -> { });
                System.out.printf("%d entries generated and stored in %d ms%n%n", count, millisSince(start));
            }
            System.out.printf("%-40s %8s  %s%n", "what", "wall ms", "commit");
            for (int round = 1; round <= rounds; round++) {
                Path remote = work.resolve("remote-" + stamp + "-" + round + ".git");
                // A bare repository made by JGit: the same as `git init --bare`, without depending on a git binary.
                Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
                PublishRequest request = PublishRequest.to(work.resolve("published-" + stamp + "-" + round))
                        .withRemote(remote.toString());
                first.add(timed("first publish, round " + round, knowledgeBase, request));
                for (int change = 1; change <= changes; change++) {
                    // Each change edits another entry so that every publish has exactly one page to commit.
                    Entry entry = knowledgeBase.entries().findByTitle(KnowledgeBaseGenerator.title(
                            (round * 97 + change * 31) % count)).orElseThrow();
                    knowledgeBase.entries().save(entry.withText(entry.title(),
                            entry.body() + "\nEdited in round " + round + ", change " + change + ".\n"));
                    changed.add(timed("one entry changed, round " + round + "." + change, knowledgeBase, request));
                }
                // A rename changes the layout (ADR 35 point 9): the pages whose links point elsewhere are made again.
                Entry renaming = renamable(knowledgeBase, round * 89 + 7, count);
                knowledgeBase.entries().save(renaming.withText(renaming.title() + " (renamed " + stamp + ")",
                        renaming.body()));
                renamed.add(timed("an entry renamed, round " + round, knowledgeBase, request));
            }
        }
        Path lastRepository = work.resolve("published-" + stamp + "-" + rounds);
        List<Long> commandLine = new ArrayList<>();
        for (int run = 1; run <= COMMAND_LINE_RUNS && rounds > 0; run++) {
            commandLine.add(commandLinePublish(work.resolve("kb"), lastRepository, count, run));
        }
        System.out.printf("%n%-40s %10s %10s %10s %s%n", "publish of " + count + " entries", "median ms", "worst ms",
                "target ms", "runs");
        row("first publish into a new repository", first, 10_000);
        row("publish after a one-entry change", changed, 1_000);
        row("publish after a rename (no target)", renamed, 0);
        if (!commandLine.isEmpty()) {
            row(INSTALLED != null ? "the same, " + INSTALLED + " publish" : "the same, `nexus publish` in a new JVM",
                    commandLine, 1_000);
        }
        System.out.println("\nFiles left in " + work + " (delete when done).");
    }

    /** An entry still titled as generated, from index {@code from} on (a folder given again holds renamed ones). */
    private static Entry renamable(KnowledgeBase knowledgeBase, int from, int count) {
        for (int index = from; ; index += 2) {
            var found = knowledgeBase.entries().findByTitle(KnowledgeBaseGenerator.title(index % count));
            if (found.isPresent() && index % 53 != 0) { // titles of multiples of 53: the command-line runs edit them
                return found.get();
            }
        }
    }

    private static long timed(String what, KnowledgeBase knowledgeBase, PublishRequest request) {
        long start = System.nanoTime();
        PublishPlan plan = knowledgeBase.publishing().plan(request);
        Phases phases = new Phases(millisSince(start));
        PublishResult result = knowledgeBase.publishing().publish(plan, true, () -> null, phases);
        long millis = millisSince(start);
        if (!result.pushed() || result.commit() == null) {
            throw new IllegalStateException(what + ": " + result.summary() + " " + result.problem());
        }
        System.out.printf("%-40s %8d  %s%n%42s%s%n", what, millis, result.summary(), "", phases.done());
        return millis;
    }

    /**
     * One entry changed, then {@code nexus publish} run as a user runs it: a new JVM with the installed command
     * line's options (C1 only, parallel GC; without the bundle's AOT cache, which only {@code packaging/} builds).
     * Timed from the process's start to its end; the edit before it is not timed.
     */
    private static long commandLinePublish(Path home, Path repository, int count, int run) throws Exception {
        String title = KnowledgeBaseGenerator.title((run * 53) % count);
        Process edit = command(home, "edit", title).start();
        try (var body = edit.getOutputStream()) {
            // The time too: a folder given again already holds the texts an earlier run wrote.
            body.write(("Edited from the command line, run " + run + " at " + java.time.Instant.now() + ".\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (edit.waitFor() != 0) {
            throw new IllegalStateException("nexus edit failed: " + new String(edit.getInputStream().readAllBytes()));
        }
        long start = System.nanoTime();
        Process publish = command(home, "publish", "--repo", repository.toString(), "--yes").start();
        String output = new String(publish.getInputStream().readAllBytes()).strip();
        int exit = publish.waitFor();
        long millis = millisSince(start);
        if (exit != 0 || !output.contains("1 entry changed")) {
            throw new IllegalStateException("nexus publish: exit " + exit + ": " + output);
        }
        System.out.printf("%-40s %8d  %s%n", "nexus publish in a new JVM, run " + run, millis,
                output.lines().reduce((a, b) -> b).orElse(""));
        return millis;
    }

    private static ProcessBuilder command(Path home, String... arguments) {
        if (INSTALLED != null) {
            List<String> command = new ArrayList<>(List.of(INSTALLED, "--home=" + home));
            command.addAll(List.of(arguments));
            return new ProcessBuilder(command).redirectErrorStream(true);
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-XX:CICompilerCount=1",
                "-cp", System.getProperty("java.class.path"), "org.projectnexus.Launcher", "--home=" + home));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** Where a publish's time goes: the milliseconds of each phase it reports through its progress. */
    private static final class Phases implements Progress {
        private final StringBuilder line;
        private String phase = "prepare"; // reading what changed, before the first page
        private long phaseStart = System.nanoTime();
        private long cpuStart = cpuNanos();

        Phases(long planMillis) {
            line = new StringBuilder("plan ").append(planMillis);
        }

        @Override
        public void update(String name, long done, long total) {
            String shortName = name.split(" ")[0].toLowerCase(java.util.Locale.ROOT);
            if (!shortName.equals(phase)) {
                done();
                phase = shortName;
            }
        }

        String done() {
            if (!phase.isEmpty()) {
                line.append(", ").append(phase).append(' ').append(millisSince(phaseStart))
                        .append('/').append((cpuNanos() - cpuStart) / 1_000_000);
            }
            phase = "";
            phaseStart = System.nanoTime();
            cpuStart = cpuNanos();
            return "(wall/process CPU ms: " + line + ")";
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }

    private static void row(String what, List<Long> millis, long target) {
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        long median = sorted.get(sorted.size() / 2);
        long worst = sorted.get(sorted.size() - 1);
        if (target <= 0) { // no target: the figure alone
            System.out.printf("%-40s %10d %10d %10s %s%n", what, median, worst, "-", sorted.size());
            return;
        }
        System.out.printf("%-40s %10d %10d %10d %s%s%n", what, median, worst, target, sorted.size(),
                worst <= target ? " ok" : median <= target ? " ok at the median, worst MISSED" : " MISSED");
    }

    /** The whole process's CPU time: on two shared cores it tells work from waiting for a core. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
