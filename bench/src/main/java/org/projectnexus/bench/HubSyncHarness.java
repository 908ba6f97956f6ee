package org.projectnexus.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.SyncReport;

/**
 * The team hub's first sync at scale (issue 27): Ann's knowledge base of N generated entries shares them all and
 * sends them (her first sync), then Bob's empty knowledge base joins and takes them in (his first sync). Runs against
 * the PostgreSQL at $NEXUS_TEST_PG_URL's server (default 127.0.0.1:5432, user postgres), in a database of its own,
 * dropped afterwards. Usage: {@code HubSyncHarness [entries, default 10000]}.
 */
public final class HubSyncHarness {

    private HubSyncHarness() {
    }

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String database = "nexus_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String suffix = database.substring(database.length() - 6);
        String annRole = "ann_" + suffix;
        String bobRole = "bob_" + suffix;
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", null);
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        Path homes = Files.createTempDirectory("nexus-hub-bench-");
        String adminUrl = "postgresql://postgres@127.0.0.1:5432/" + database;
        String url = "postgresql://127.0.0.1:5432/" + database;
        try (KnowledgeBase ann = KnowledgeBase.open(homes.resolve("ann"), Clock.systemUTC());
             KnowledgeBase bob = KnowledgeBase.open(homes.resolve("bob"), Clock.systemUTC())) {
            new SearchCorpus(27).fill(ann, size, 27);
            ann.teamHub().init(adminUrl, "bench", null);
            ann.teamHub().join(url, "bench", annRole, ann.teamHub().invite(adminUrl, "bench", annRole, null).toCharArray(),
                    true);
            bob.teamHub().join(url, "bench", bobRole, ann.teamHub().invite(adminUrl, "bench", bobRole, null).toCharArray(),
                    true);
            long start = System.nanoTime();
            List<String> titles = ann.entries().summaries().stream().map(summary -> summary.title()).toList();
            for (String title : titles) {
                ann.teamHub().share(title, "bench");
            }
            long shared = System.nanoTime();
            SyncReport sent = ann.teamHub().sync(null).get(0);
            long pushed = System.nanoTime();
            SyncReport taken = bob.teamHub().sync(null).get(0);
            long pulled = System.nanoTime();
            System.out.printf("entries %d: share all %.1f s; Ann's first sync (sends %d) %.1f s; Bob's first sync"
                            + " (takes in %d) %.1f s%n", titles.size(), (shared - start) / 1e9, sent.pushed(),
                    (pushed - shared) / 1e9, taken.pulled(), (pulled - pushed) / 1e9);
        } finally {
            try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres",
                    null); Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                statement.execute("DROP ROLE IF EXISTS " + annRole);
                statement.execute("DROP ROLE IF EXISTS " + bobRole);
            }
        }
    }
}
