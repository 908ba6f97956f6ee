package org.projectnexus.reliability;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.Finding;
import org.projectnexus.model.Revision;

/**
 * Starts {@link SavingWorker} in a separate JVM, kills it with SIGKILL at a random moment, reopens the knowledge
 * base the normal way (no recovery tool) and checks every save the worker acknowledged: there, intact, and the
 * links renamed with it. Repeats on the same data folder, as a user restarting after each crash would.
 */
public final class KillRun {

    /** What the kills found: all lists empty means nothing acknowledged was lost. */
    record Summary(int kills, int acknowledged, int renames, int imports, List<String> lost,
                   List<String> failedOpens, long millis) {
        boolean clean() {
            return lost.isEmpty() && failedOpens.isEmpty();
        }

        @Override
        public String toString() {
            return kills + " kills, " + acknowledged + " acknowledged saves (" + renames + " renames with link"
                    + " rewrite, " + imports + " imports), " + lost.size() + " lost or damaged, " + failedOpens.size() + " failed opens, "
                    + millis / 1000 + " s";
        }
    }

    private final Path home;
    private final Random random;

    /** The full run outside Maven: {@code java -cp ... KillRun FOLDER KILLS}; prints the summary, exit 1 on a loss. */
    public static void main(String[] args) throws Exception {
        Summary summary = new KillRun(Path.of(args[0]), System.nanoTime()).run(Integer.parseInt(args[1]));
        summary.lost().forEach(problem -> System.out.println("LOST " + problem));
        summary.failedOpens().forEach(problem -> System.out.println("FAILED OPEN " + problem));
        System.out.println(summary);
        System.exit(summary.clean() ? 0 : 1);
    }

    KillRun(Path home, long seed) {
        this.home = home;
        this.random = new Random(seed);
    }

    Summary run(int kills) throws Exception {
        long start = System.currentTimeMillis();
        List<String> lost = new ArrayList<>();
        List<String> failedOpens = new ArrayList<>();
        int acknowledged = 0;
        int renames = 0;
        int imports = 0;
        for (int kill = 1; kill <= kills; kill++) {
            List<String> acks = killOnce();
            acknowledged += (int) acks.stream().filter(line -> !line.startsWith("IMPORTING ")).count();
            renames += (int) acks.stream().filter(line -> line.startsWith("RENAME")).count();
            imports += (int) acks.stream().filter(line -> line.startsWith("IMPORT ")).count();
            try (KnowledgeBase reopened = KnowledgeBase.open(home, Clock.systemUTC())) {
                for (String ack : acks) {
                    Optional<String> problem = ack.startsWith("IMPORT") ? checkImport(reopened, ack, acks)
                            : check(reopened, ack);
                    problem.ifPresent(found -> lost.add("kill " + ack + ": " + found));
                }
                for (Finding finding : reopened.connections().check()) {
                    if (finding.problem() == Finding.Problem.DANGLING_LINK) {
                        lost.add("kill " + kill + ": a link was left behind by a rename: " + finding.message());
                    }
                }
            } catch (RuntimeException failure) {
                failedOpens.add("kill " + kill + ": " + failure);
                break;
            }
        }
        return new Summary(kills, acknowledged, renames, imports, lost, failedOpens,
                System.currentTimeMillis() - start);
    }

    /** One worker life: started, left to save for a random while, killed; returns the saves it acknowledged. */
    private List<String> killOnce() throws Exception {
        Process worker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SavingWorker.class.getName(), home.toString(),
                Long.toString(random.nextLong()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> acks = new CopyOnWriteArrayList<>();
        Object ready = new Object();
        boolean[] isReady = {false};
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.equals("READY")) {
                        synchronized (ready) {
                            isReady[0] = true;
                            ready.notifyAll();
                        }
                    } else if (line.startsWith("SAVE ") || line.startsWith("RENAME ") || line.startsWith("IMPORT")) {
                        acks.add(line);
                    }
                }
            } catch (java.io.IOException ended) {
                // The worker was killed.
            }
        });
        reader.start();
        synchronized (ready) {
            long deadline = System.currentTimeMillis() + 60_000;
            while (!isReady[0] && worker.isAlive() && System.currentTimeMillis() < deadline) {
                ready.wait(200);
            }
        }
        if (!isReady[0]) {
            worker.destroyForcibly().waitFor();
            throw new IllegalStateException("The saving worker did not start");
        }
        // The random moment is counted from the first acknowledged save, not from READY: a cold worker on a slow
        // machine may take longer than the whole random span for its first save, and a kill that always lands
        // before it checks nothing (CI saw 3 kills with 0 acknowledged saves).
        long firstSaveDeadline = System.currentTimeMillis() + 60_000;
        while (acks.stream().allMatch(line -> line.startsWith("IMPORTING ")) && worker.isAlive() && System.currentTimeMillis() < firstSaveDeadline) {
            Thread.sleep(10);
        }
        Thread.sleep(random.nextInt(1_500)); // a random moment, most likely in the middle of a save
        worker.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no closing of the database
        worker.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
        return List.copyOf(acks);
    }

    /**
     * An acknowledged import ({@code IMPORT step}) must have left every one of its entries, intact; one that was
     * under way at the kill ({@code IMPORTING step} alone) all of them or none.
     */
    private static Optional<String> checkImport(KnowledgeBase knowledgeBase, String ack, List<String> acks) {
        String step = ack.substring(ack.indexOf(' ') + 1);
        if (ack.startsWith("IMPORTING ") && acks.contains("IMPORT " + step)) {
            return Optional.empty(); // checked through its IMPORT line
        }
        int found = 0;
        for (int i = 0; i < SavingWorker.IMPORTED; i++) {
            Optional<Entry> entry = knowledgeBase.entries().findByTitle(SavingWorker.importedTitle(Long.parseLong(step), i));
            if (entry.isPresent()) {
                found++;
                if (!entry.get().body().strip().equals(SavingWorker.importedBody(Long.parseLong(step), i).strip())) {
                    return Optional.of("imported entry " + i + " differs from its file");
                }
            }
        }
        boolean done = ack.startsWith("IMPORT ");
        if (done && found < SavingWorker.IMPORTED) {
            return Optional.of("only " + found + " of " + SavingWorker.IMPORTED + " imported entries are there");
        }
        if (!done && found != 0 && found != SavingWorker.IMPORTED) {
            return Optional.of("an import cut short by the kill left " + found + " of its entries");
        }
        return Optional.empty();
    }

    /** Empty if the acknowledged save is in the database as acknowledged, else what is wrong. */
    private static Optional<String> check(KnowledgeBase knowledgeBase, String ack) throws Exception {
        String[] parts = ack.split(" ", 4);
        UUID id = UUID.fromString(parts[1]);
        long version = Long.parseLong(parts[2]);
        Optional<Entry> current = knowledgeBase.entries().find(id);
        if (current.isEmpty()) {
            return Optional.of("the entry is gone");
        }
        if (current.get().version() < version) {
            return Optional.of("stored version " + current.get().version() + " is older than acknowledged");
        }
        Entry atVersion = current.get().version() == version ? current.get()
                : knowledgeBase.safety().history(id).stream().filter(revision -> revision.version() == version)
                        .map(Revision::entry).findFirst().orElse(null);
        if (atVersion == null) {
            return Optional.of("version " + version + " is missing from the history");
        }
        boolean intact = parts[0].equals("SAVE") ? SavingWorker.sha256(atVersion.body()).equals(parts[3])
                : atVersion.title().equals(parts[3]);
        return intact ? Optional.empty() : Optional.of("version " + version + " differs from what was saved");
    }
}
