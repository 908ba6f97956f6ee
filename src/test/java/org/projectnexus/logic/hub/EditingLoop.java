package org.projectnexus.logic.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SyncReport;

/**
 * Two clients editing three shared entries in a loop (issue 27 point 5): each round each of them changes one random
 * line of a random entry (sometimes the same line as the other), then both sync at the same time; every fifth round
 * a connection is ended at a random moment of the syncs. At the end both knowledge bases and the server must hold the
 * same texts, nothing may wait in an outbox, and every edit must be in the entries, in a conflict copy, or
 * overwritten by a later edit of its line.
 */
final class EditingLoop {

    record Figures(int rounds, int edits, int syncs, int failedSyncs, int merged, int conflicts, long millis) {
    }

    private static final int LINES = 10;

    private final HubPair pair;
    private final TestHubServer server;

    EditingLoop(HubPair pair, TestHubServer server) {
        this.pair = pair;
        this.server = server;
    }

    Figures run(int rounds, long seed) throws Exception {
        long started = System.nanoTime();
        Random random = new Random(seed);
        List<UUID> entries = new ArrayList<>();
        for (int n = 0; n < 3; n++) {
            StringBuilder body = new StringBuilder();
            for (int line = 0; line < LINES; line++) {
                body.append(line == 0 ? "" : "\n").append("line ").append(line);
            }
            entries.add(pair.shared("Loop " + n, body.toString()).id());
        }
        Map<String, List<String>> writtenToLine = new HashMap<>();
        Map<String, KnowledgeBase> writerOf = new HashMap<>();
        int edits = 0;
        int syncs = 0;
        int failed = 0;
        int merged = 0;
        int conflicts = 0;
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < rounds; round++) {
                for (KnowledgeBase kb : List.of(pair.ann, pair.bob)) {
                    UUID id = entries.get(random.nextInt(entries.size()));
                    int line = random.nextInt(LINES);
                    String token = "<" + (kb == pair.ann ? "ann" : "bob") + "-" + round + ">";
                    Entry entry = kb.entries().find(id).orElseThrow();
                    List<String> lines = new ArrayList<>(List.of(entry.body().split("\n", -1)));
                    lines.set(line, "line " + line + " " + token);
                    kb.entries().save(entry.withText(entry.title(), String.join("\n", lines)));
                    writtenToLine.computeIfAbsent(id + "/" + line, key -> new ArrayList<>()).add(token);
                    writerOf.put(token, kb);
                    edits++;
                }
                Future<SyncReport> ann = threads.submit(() -> HubPair.sync(pair.ann));
                Future<SyncReport> bob = threads.submit(() -> HubPair.sync(pair.bob));
                if (round % 5 == 4) {
                    String role = random.nextBoolean() ? pair.annRole : pair.bobRole;
                    long delay = random.nextInt(40);
                    threads.submit(() -> terminate(role, delay)).get();
                }
                for (Future<SyncReport> sync : List.of(ann, bob)) {
                    syncs++;
                    try {
                        SyncReport report = sync.get();
                        merged += report.merged();
                        conflicts += report.conflicts();
                    } catch (java.util.concurrent.ExecutionException broken) {
                        assertThat(broken.getCause()).isInstanceOf(NexusException.class);
                        failed++;
                    }
                }
            }
        } finally {
            threads.shutdownNow();
        }
        for (int settle = 0; settle < 2; settle++) {
            for (KnowledgeBase kb : List.of(pair.ann, pair.bob)) {
                SyncReport report = HubPair.sync(kb);
                merged += report.merged();
                conflicts += report.conflicts();
            }
        }
        check(entries, writtenToLine, writerOf);
        return new Figures(rounds, edits, syncs, failed, merged, conflicts, (System.nanoTime() - started) / 1_000_000);
    }

    private void check(List<UUID> entries, Map<String, List<String>> writtenToLine, Map<String, KnowledgeBase> writerOf)
            throws SQLException {
        for (UUID id : entries) {
            String annBody = pair.ann.entries().find(id).orElseThrow().body();
            assertThat(pair.bob.entries().find(id).orElseThrow().body()).isEqualTo(annBody);
            assertThat(serverBody(id)).isEqualTo(annBody);
        }
        assertThat(pair.ann.teamHub().status().get(0).pending()).isZero();
        assertThat(pair.bob.teamHub().status().get(0).pending()).isZero();
        for (Map.Entry<String, List<String>> line : writtenToLine.entrySet()) {
            UUID id = UUID.fromString(line.getKey().substring(0, line.getKey().indexOf('/')));
            String finalText = pair.ann.entries().find(id).orElseThrow().body();
            List<String> tokens = line.getValue();
            // A token overwritten by a later edit of its line is gone on purpose; the others must be somewhere.
            String last = tokens.get(tokens.size() - 1);
            int lastRound = Integer.parseInt(last.substring(last.indexOf('-') + 1, last.length() - 1));
            for (String token : tokens) {
                int round = Integer.parseInt(token.substring(token.indexOf('-') + 1, token.length() - 1));
                if (round == lastRound) {
                    boolean kept = finalText.contains(token) || inConflictCopy(writerOf.get(token), token);
                    assertThat(kept).as("edit %s of %s", token, line.getKey()).isTrue();
                }
            }
        }
    }

    private static boolean inConflictCopy(KnowledgeBase kb, String token) {
        return kb.teamHub().conflicts().stream()
                .anyMatch(conflict -> kb.entries().find(conflict.copyId()).map(Entry::body).orElse("").contains(token));
    }

    private String serverBody(UUID id) throws SQLException {
        try (Connection connection = TestHubServer.connect(server.adminAddress());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT body FROM nexus_hub.entry WHERE id = '" + id + "'")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private Void terminate(String role, long delayMillis) throws Exception {
        Thread.sleep(delayMillis);
        try (Connection connection = TestHubServer.connect(server.adminAddress());
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + role + "'");
        }
        return null;
    }
}
