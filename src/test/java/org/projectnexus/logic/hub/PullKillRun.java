package org.projectnexus.logic.hub;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.store.hub.HubAddress;
import org.projectnexus.logic.store.hub.HubSession;
import org.projectnexus.logic.store.hub.HubSession.Outgoing;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryFields;
import org.projectnexus.model.EntryKind;

/**
 * A client SIGKILLed mid-pull (issue 27 point 5). Carol, a teammate, pushes a large batch ({@code size} entries, all
 * new in the first round, all renamed and rewritten in each later one) through the real push path; Ann, a second
 * knowledge base, edits her own entry (syncing every fourth round); then Bob's knowledge base, in a JVM of its own ({@link PullingWorker}),
 * saves an edit of one of his entries and syncs, and is killed with SIGKILL while it takes the batch in: after k of
 * its pages were committed (k random, at least one page left), at a random moment of the next page's time. Counted
 * from pages the worker reported, the moment cannot fall before the pull on a slow machine. After each kill Bob's
 * knowledge base is reopened the normal way and checked; at the end all three sync and must agree.
 */
public final class PullKillRun {

    /**
     * The long run outside Maven, for docs/reliability.md:
     * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.projectnexus.logic.hub.PullKillRun KILLS
     * ENTRIES}; prints the summary, exit 1 on a problem.
     */
    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 5 * HubSync.PAGE;
        Path homes = java.nio.file.Files.createTempDirectory("nexus-pull-kills-");
        Summary summary;
        try (TestHubServer server = TestHubServer.start()) {
            summary = new PullKillRun(server, homes, System.nanoTime(), size).run(kills);
            HubFaultsTest.assertNoHalfAppliedChanges(server, TEAM);
        }
        summary.problems().forEach(problem -> System.out.println("PROBLEM " + problem));
        System.out.println(summary);
        System.exit(summary.problems().isEmpty() ? 0 : 1);
    }

    /** What the kills found: {@code problems} empty means nothing lost, duplicated or half applied. */
    record Summary(int kills, int cutShort, int pagesBeforeKills, int acknowledgedSaves, int pulled,
                   List<String> problems, long millis) {
        @Override
        public String toString() {
            return kills + " kills (" + cutShort + " before the sync ended), " + pagesBeforeKills + " pages taken in"
                    + " before them, " + acknowledgedSaves + " acknowledged saves, " + pulled + " entries pulled by"
                    + " the kills' syncs, " + problems.size() + " problems, " + millis / 1000 + " s";
        }
    }

    private static final String TEAM = "pulls";
    private static final List<String> BOBS = List.of("Bob's note 0", "Bob's note 1", "Bob's note 2");

    private final TestHubServer server;
    private final Path homes;
    private final Random random;
    private final int size;
    private final List<String> problems = new ArrayList<>();
    /** Bob's acknowledged edits: entry id to the tokens his saves appended. */
    private final Map<UUID, List<String>> acknowledged = new HashMap<>();
    private final List<UUID> batch = new ArrayList<>();
    private final Map<UUID, Long> serverVersions = new HashMap<>();

    PullKillRun(TestHubServer server, Path homes, long seed, int size) {
        this.server = server;
        this.homes = homes;
        this.random = new Random(seed);
        this.size = size;
    }

    Summary run(int kills) throws Exception {
        long started = System.nanoTime();
        String adminUrl = server.adminUrl();
        String annRole = server.member("ann_pull");
        String bobRole = server.member("bob_pull");
        String carolRole = server.member("carol_pull");
        Path bobHome = homes.resolve("bob");
        int cutShort = 0;
        int pages = 0;
        int saves = 0;
        int pulled = 0;
        try (KnowledgeBase ann = KnowledgeBase.open(homes.resolve("ann"), Clock.systemUTC())) {
            ann.teamHub().init(adminUrl, TEAM, null);
            ann.teamHub().join(server.url(), TEAM, annRole, ann.teamHub().invite(adminUrl, TEAM, annRole, null)
                    .toCharArray(), true);
            String bobPassword = ann.teamHub().invite(adminUrl, TEAM, bobRole, null);
            String carolPassword = ann.teamHub().invite(adminUrl, TEAM, carolRole, null);
            try (KnowledgeBase bob = KnowledgeBase.open(bobHome, Clock.systemUTC())) {
                bob.teamHub().join(server.url(), TEAM, bobRole, bobPassword.toCharArray(), true);
                for (String title : BOBS) {
                    HubPair.note(bob, title, "Bob's own.");
                    bob.teamHub().share(title, TEAM);
                }
                HubPair.sync(bob);
            }
            Entry annsNote = HubPair.note(ann, "Ann's note", "Ann's own.");
            ann.teamHub().share("Ann's note", TEAM);
            try (HubSession carol = HubSession.open(HubAddress.parse(server.url()), TEAM, carolRole,
                    carolPassword.toCharArray())) {
                for (int round = 0; round < kills; round++) {
                    push(carol, round);
                    HubPair.edit(ann, annsNote.id(), ann.entries().find(annsNote.id()).orElseThrow().body()
                            + "\nround " + round);
                    if (round % 4 == 3) {
                        HubPair.sync(ann); // now and then: her edits wait in her outbox meanwhile
                    }
                    Kill kill = killBobMidPull(bobHome);
                    cutShort += kill.cutShort() ? 1 : 0;
                    pages += kill.pages();
                    saves += kill.saved() ? 1 : 0;
                    pulled += check(bobHome, round, kill);
                }
            }
            settle(ann, bobHome);
        }
        return new Summary(kills, cutShort, pages, saves, pulled, List.copyOf(problems),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Carol's round: the whole batch through the real push path, {@link HubSync#BATCH} changes a transaction. */
    private void push(HubSession carol, int round) {
        if (batch.isEmpty()) {
            for (int i = 0; i < size; i++) {
                batch.add(UUID.randomUUID());
            }
        }
        for (int from = 0; from < size; from += HubSync.BATCH) {
            List<Outgoing> changes = new ArrayList<>();
            for (int i = from; i < Math.min(size, from + HubSync.BATCH); i++) {
                UUID id = batch.get(i);
                changes.add(new Outgoing(UUID.randomUUID(), id, "UPSERT", serverVersions.getOrDefault(id, 0L),
                        new EntryFields(EntryKind.NOTE, title(i, round), body(i, round), null, null, null, null)));
            }
            List<HubSession.PushOutcome> outcomes = carol.pushAll(changes);
            for (int c = 0; c < changes.size(); c++) {
                if (!outcomes.get(c).applied()) {
                    throw new IllegalStateException("Carol's push was refused: " + outcomes.get(c));
                }
                serverVersions.put(changes.get(c).entryId(), outcomes.get(c).version());
            }
        }
    }

    static String title(int i, int round) {
        return String.format("Entry %05d, round %d", i, round);
    }

    static String body(int i, int round) {
        return "Entry " + i + " as Carol wrote it in round " + round + ".\n\n" + "A line of the batch. ".repeat(12 + i % 7);
    }

    private record Kill(boolean cutShort, int pages, boolean saved, List<String> lines) {
    }

    /** One life of Bob's worker: started, killed after k of its pages plus a random part of the next one's time. */
    private Kill killBobMidPull(Path bobHome) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PullingWorker.class.getName(), bobHome.toString(),
                Long.toString(random.nextLong())));
        command.addAll(BOBS);
        Process worker = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        List<Long> heardAt = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(worker.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.matches("(READY|SAVE|SYNCING|TAKEN|SYNCED).*")) {
                        heardAt.add(System.nanoTime());
                        lines.add(line);
                    }
                }
            } catch (java.io.IOException ended) {
                // The worker was killed.
            }
        });
        reader.start();
        try {
            int pagesOfBatch = (size + HubSync.PAGE - 1) / HubSync.PAGE;
            int k = 1 + random.nextInt(Math.max(1, pagesOfBatch - 1));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (count(lines, "TAKEN") < k && !has(lines, "SYNCED") && worker.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            if (count(lines, "TAKEN") < k && !has(lines, "SYNCED")) {
                throw new IllegalStateException("Bob's worker took no page in: " + lines);
            }
            // Within the next page: a random moment of the last page's time (from the line before it; the first page's
            // includes the connection), at most 400 ms: a page of 1,000 takes longer than that even warm on VM-1.
            int last = lines.size() - 1;
            long pageNanos = last > 0 ? heardAt.get(last) - heardAt.get(last - 1) : TimeUnit.MILLISECONDS.toNanos(200);
            TimeUnit.NANOSECONDS.sleep((long) (random.nextDouble() * Math.min(pageNanos, TimeUnit.MILLISECONDS.toNanos(400))));
        } finally {
            worker.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no closing of the database
            worker.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
        }
        int taken = count(lines, "TAKEN");
        return new Kill(!has(lines, "SYNCED"), taken, has(lines, "SAVE"), List.copyOf(lines));
    }

    private static int count(List<String> lines, String prefix) {
        return (int) lines.stream().filter(line -> line.startsWith(prefix)).count();
    }

    private static boolean has(List<String> lines, String prefix) {
        return count(lines, prefix) > 0;
    }

    /**
     * Bob's knowledge base after a kill, reopened the normal way: his acknowledged edit is there; every entry of the
     * batch is a whole version Carol wrote (title and body of one round), none twice; those of this round are a
     * prefix of the change log, and his cursor is not past what he took in. Returns how many of this round he has.
     */
    private int check(Path bobHome, int round, Kill kill) throws SQLException {
        String at = "kill " + (round + 1) + ": ";
        for (String line : kill.lines()) {
            if (line.startsWith("SAVE ")) {
                String[] parts = line.split(" ");
                acknowledged.computeIfAbsent(UUID.fromString(parts[1]), id -> new ArrayList<>()).add(parts[3]);
            }
        }
        Map<UUID, Long> seqs = serverSeqs();
        try (KnowledgeBase bob = KnowledgeBase.open(bobHome, Clock.systemUTC())) {
            for (Map.Entry<UUID, List<String>> saves : acknowledged.entrySet()) {
                String body = bob.entries().find(saves.getKey()).map(Entry::body).orElse("");
                saves.getValue().stream().filter(token -> !body.contains(token))
                        .forEach(token -> problems.add(at + "Bob's acknowledged edit " + token + " is gone"));
            }
            Map<UUID, String> spaces = bob.teamHub().spaces();
            long newest = -1;
            long oldestMissing = Long.MAX_VALUE;
            int ofThisRound = 0;
            for (int i = 0; i < size; i++) {
                UUID id = batch.get(i);
                Entry here = bob.entries().find(id).orElse(null);
                int version = here == null ? -1 : roundOf(i, here, at);
                if (here != null && !TEAM.equals(spaces.get(id))) {
                    problems.add(at + "entry " + i + " is not in the team's space");
                }
                if (version == round) {
                    ofThisRound++;
                    newest = Math.max(newest, seqs.get(id));
                } else {
                    oldestMissing = Math.min(oldestMissing, seqs.get(id));
                }
            }
            if (newest > oldestMissing) {
                problems.add(at + "the entries taken in are not a prefix of the change log");
            }
            long cursor = bob.teamHub().status().get(0).cursor();
            if (cursor >= oldestMissing) {
                problems.add(at + "the cursor " + cursor + " is past change " + oldestMissing + ", not taken in");
            }
            long entries = bob.entries().summaries().stream().filter(s -> s.title().startsWith("Entry ")).count();
            if (entries > size || bob.entries().summaries().stream().anyMatch(s -> s.title().contains("(" + TEAM))) {
                problems.add(at + "entries of the batch are there twice (" + entries + " of " + size + ")");
            }
            return ofThisRound;
        }
    }

    /** The round whose version Bob has of entry {@code i}; a mix of two versions is a problem. */
    private int roundOf(int i, Entry here, String at) {
        String prefix = String.format("Entry %05d, round ", i);
        if (!here.title().startsWith(prefix)) {
            problems.add(at + "entry " + i + " has the title " + here.title());
            return -1;
        }
        int round = Integer.parseInt(here.title().substring(prefix.length()));
        if (!here.body().equals(body(i, round))) {
            problems.add(at + "entry " + i + " has the title of round " + round + " and another body (half applied)");
        }
        return round;
    }

    /** After the kills: Bob reopened syncs, Ann syncs, Bob again; all three must hold the same team entries. */
    private void settle(KnowledgeBase ann, Path bobHome) throws SQLException {
        try (KnowledgeBase bob = KnowledgeBase.open(bobHome, Clock.systemUTC())) {
            HubPair.sync(bob);
            HubPair.sync(ann);
            HubPair.sync(bob);
            Map<UUID, String> onServer = serverTexts();
            for (KnowledgeBase kb : List.of(ann, bob)) {
                String who = kb == ann ? "Ann" : "Bob";
                Map<UUID, String> here = new HashMap<>();
                for (UUID id : kb.teamHub().spaces().keySet()) {
                    kb.entries().find(id).ifPresent(entry -> here.put(id, entry.title() + "\n" + entry.body()));
                }
                if (!here.equals(onServer)) {
                    problems.add(who + "'s team entries differ from the server's (" + here.size() + " against "
                            + onServer.size() + ")");
                }
                if (kb.teamHub().status().get(0).pending() != 0 || !kb.teamHub().conflicts().isEmpty()) {
                    problems.add(who + " has changes waiting or conflicts after the last syncs");
                }
            }
            for (Map.Entry<UUID, List<String>> saves : acknowledged.entrySet()) {
                String body = onServer.getOrDefault(saves.getKey(), "");
                saves.getValue().stream().filter(token -> !body.contains(token))
                        .forEach(token -> problems.add("Bob's acknowledged edit " + token + " never reached the server"));
            }
            if (onServer.size() != size + BOBS.size() + 1) {
                problems.add("the server holds " + onServer.size() + " entries of the team, not " + (size + BOBS.size() + 1));
            }
        }
    }

    private Map<UUID, Long> serverSeqs() throws SQLException {
        Map<UUID, Long> seqs = new HashMap<>();
        query("SELECT id, seq FROM nexus_hub.entry WHERE team = '" + TEAM + "'",
                rows -> seqs.put(rows.getObject(1, UUID.class), rows.getLong(2)));
        return seqs;
    }

    private Map<UUID, String> serverTexts() throws SQLException {
        Map<UUID, String> texts = new HashMap<>();
        query("SELECT id, title, body FROM nexus_hub.entry WHERE team = '" + TEAM + "' AND NOT deleted",
                rows -> texts.put(rows.getObject(1, UUID.class), rows.getString(2) + "\n" + rows.getString(3)));
        return texts;
    }

    private interface Row {
        void read(ResultSet rows) throws SQLException;
    }

    private void query(String sql, Row row) throws SQLException {
        try (Connection connection = TestHubServer.connect(server.adminAddress());
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                row.read(rows);
            }
        }
    }
}
