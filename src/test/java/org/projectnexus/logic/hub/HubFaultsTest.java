package org.projectnexus.logic.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.markdown.EntryIndexer;
import org.projectnexus.logic.markdown.MarkdownParser;
import org.projectnexus.logic.store.Database;
import org.projectnexus.logic.store.EntryStore;
import org.projectnexus.logic.store.HubLedger;
import org.projectnexus.logic.store.hub.HubAddress;
import org.projectnexus.logic.store.hub.HubSession;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryFields;
import org.projectnexus.model.NexusException;

/**
 * Faults against the real PostgreSQL (issue 27 point 5): after each, both knowledge bases and the server agree, and
 * no acknowledged edit is lost, duplicated or half applied.
 */
class HubFaultsTest {

    private static TestHubServer server;
    private static int teams;

    @TempDir
    Path homes;

    @BeforeAll
    static void start() {
        server = TestHubServer.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HubPair pair() {
        teams++;
        return new HubPair(homes, server.adminUrl(), server.url(), "faults" + teams, server.member("ann" + teams),
                server.member("bob" + teams));
    }

    private static long number(String sql) {
        return number(server, sql);
    }

    static long number(TestHubServer on, String sql) {
        try (Connection connection = TestHubServer.connect(on.adminAddress());
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    /** Every entry of the team is at the version its change log reaches, one change per version: nothing half done. */
    static void assertNoHalfAppliedChanges(String team) {
        assertNoHalfAppliedChanges(server, team);
    }

    static void assertNoHalfAppliedChanges(TestHubServer on, String team) {
        assertThat(number(on, "SELECT COUNT(*) FROM nexus_hub.entry e WHERE e.team = '" + team + "' AND e.version <>"
                + " (SELECT COUNT(*) FROM nexus_hub.change c WHERE c.team = e.team AND c.entry_id = e.id)")).isZero();
        assertThat(number(on, "SELECT COUNT(*) FROM nexus_hub.entry e WHERE e.team = '" + team + "' AND e.seq <>"
                + " (SELECT MAX(c.seq) FROM nexus_hub.change c WHERE c.team = e.team AND c.entry_id = e.id)")).isZero();
    }

    @Test
    void aConnectionKilledMidPushLosesNothing() throws Exception {
        try (HubPair pair = pair()) {
            Entry shared = pair.shared("Retries", "Back off.");
            HubPair.edit(pair.ann, shared.id(), "Back off, with jitter.");
            try (Connection admin = TestHubServer.connect(server.adminAddress()); Statement statement = admin.createStatement()) {
                // The push waits for the team's lock, which the admin holds: then its connection is ended mid-push.
                statement.execute("SELECT pg_advisory_lock(hashtext('nexus_hub/" + pair.team + "'))");
                CompletableFuture<Object> push = CompletableFuture.supplyAsync(() -> HubPair.sync(pair.ann));
                waitUntilWaiting(statement, pair.annRole);
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '"
                        + pair.annRole + "'");
                statement.execute("SELECT pg_advisory_unlock_all()");
                assertThatThrownBy(() -> push.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(NexusException.class);
            }
            assertThat(pair.ann.teamHub().status().get(0).pending()).isEqualTo(1);
            assertThat(pair.ann.entries().find(shared.id())).map(Entry::body).contains("Back off, with jitter.");

            HubPair.sync(pair.ann);
            HubPair.sync(pair.bob);
            assertThat(pair.bob.entries().find(shared.id())).map(Entry::body).contains("Back off, with jitter.");
            assertThat(pair.ann.teamHub().status().get(0).pending()).isZero();
            assertThat(number("SELECT COUNT(*) FROM nexus_hub.change WHERE entry_id = '" + shared.id() + "'")).isEqualTo(2);
            assertNoHalfAppliedChanges(pair.team);
        }
    }

    private static void waitUntilWaiting(Statement admin, String role) throws Exception {
        for (int i = 0; i < 600; i++) {
            try (ResultSet rows = admin.executeQuery("SELECT COUNT(*) FROM pg_stat_activity WHERE usename = '" + role
                    + "' AND wait_event_type = 'Lock'")) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the push never waited for the lock");
    }

    @Test
    void theSameChangeDeliveredTwiceIsAppliedOnce() {
        try (HubPair pair = pair()) {
            Entry shared = pair.shared("Idempotence", "Once.");
            HubPair.edit(pair.ann, shared.id(), "Once, and only once.");
            pair.closeAnn();
            // The change reaches the server, but its acknowledgement never reaches Ann (her connection broke).
            Database database = Database.open(pair.annHome);
            try {
                HubLedger ledger = new HubLedger(database, new EntryStore(database,
                        new EntryIndexer(new MarkdownParser())::index));
                HubLedger.OutboxItem item = ledger.outbox(pair.team).get(0);
                EntryFields fields = EntryFields.of(ledger.local(shared.id()).orElseThrow());
                long base = ledger.base(shared.id()).orElseThrow().serverVersion();
                try (HubSession session = HubSession.open(HubAddress.parse(server.url()), pair.team, pair.annRole, null)) {
                    assertThat(session.push(item.changeId(), shared.id(), "UPSERT", base, fields).duplicate()).isFalse();
                    assertThat(session.push(item.changeId(), shared.id(), "UPSERT", base, fields).duplicate()).isTrue();
                }
            } finally {
                database.close();
            }
            pair.openAnn();
            assertThat(pair.ann.teamHub().status().get(0).pending()).isEqualTo(1);

            HubPair.sync(pair.ann);
            HubPair.sync(pair.bob);

            assertThat(pair.ann.teamHub().status().get(0).pending()).isZero();
            assertThat(pair.ann.teamHub().conflicts()).isEmpty();
            assertThat(pair.bob.entries().find(shared.id())).map(Entry::body).contains("Once, and only once.");
            assertThat(number("SELECT version FROM nexus_hub.entry WHERE id = '" + shared.id() + "'")).isEqualTo(2);
            assertNoHalfAppliedChanges(pair.team);
        }
    }

    @Test
    void anEditWhoseOutboxRowWasLostGoesOutAtTheFirstSyncAfterReopening() {
        try (HubPair pair = pair()) {
            Entry shared = pair.shared("Timeouts", "Set one.");
            HubPair.sync(pair.ann); // a sync after opening has looked for missed changes: none
            pair.closeAnn();
            // The edit commits, but the process ends before its change event feeds the outbox: no listener here.
            Database database = Database.open(pair.annHome);
            try {
                EntryStore store = new EntryStore(database, new EntryIndexer(new MarkdownParser())::index);
                store.transaction(session -> {
                    Entry current = session.find(shared.id()).orElseThrow();
                    return session.replace(current, current.withText(current.title(), "Set one, always."),
                            java.time.Instant.now());
                });
            } finally {
                database.close();
            }
            pair.openAnn();
            assertThat(pair.ann.teamHub().status().get(0).pending()).isZero();

            assertThat(HubPair.sync(pair.ann).pushed()).isEqualTo(1);
            HubPair.sync(pair.bob);
            assertThat(pair.bob.entries().find(shared.id())).map(Entry::body).contains("Set one, always.");
            assertThat(HubPair.sync(pair.ann).pushed()).isZero();
            assertNoHalfAppliedChanges(pair.team);
        }
    }

    @Test
    void aChangeSentAgainAfterALaterEditIsNotMistakenForATeammates() {
        try (HubPair pair = pair()) {
            Entry shared = pair.shared("Echo", "a\nb\nc");
            HubPair.edit(pair.ann, shared.id(), "a\nB\nc");
            pair.closeAnn();
            Database database = Database.open(pair.annHome);
            try {
                HubLedger ledger = new HubLedger(database, new EntryStore(database,
                        new EntryIndexer(new MarkdownParser())::index));
                HubLedger.OutboxItem item = ledger.outbox(pair.team).get(0);
                EntryFields fields = EntryFields.of(ledger.local(shared.id()).orElseThrow());
                try (HubSession session = HubSession.open(HubAddress.parse(server.url()), pair.team, pair.annRole, null)) {
                    session.push(item.changeId(), shared.id(), "UPSERT", 1, fields);
                }
            } finally {
                database.close();
            }
            pair.openAnn();
            HubPair.edit(pair.ann, shared.id(), "a\nB, more\nc");

            HubPair.sync(pair.ann);
            HubPair.sync(pair.bob);

            assertThat(pair.ann.teamHub().conflicts()).isEmpty();
            assertThat(pair.bob.entries().find(shared.id())).map(Entry::body).contains("a\nB, more\nc");
            assertNoHalfAppliedChanges(pair.team);
        }
    }

    @Test
    void offlineWorkWaitsForTheServerAndARestartedServerTakesItIn(@TempDir Path clusterHomes) throws Exception {
        try (ScramCluster cluster = ScramCluster.start()) {
            try (Connection admin = java.sql.DriverManager.getConnection("jdbc:" + cluster.url("postgres"), "postgres",
                    ScramCluster.ADMIN_PASSWORD); Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE hub");
            }
            try (HubPair pair = new HubPair(clusterHomes, cluster.adminUrl("hub"), cluster.url("hub"), "restart",
                    "ann_restart", "bob_restart")) {
                Entry shared = pair.shared("Failover", "Primary.");
                cluster.stop();
                HubPair.edit(pair.ann, shared.id(), "Primary and replica.");
                HubPair.note(pair.ann, "New while offline", "Queued.");
                pair.ann.teamHub().share("New while offline", null);
                assertThatThrownBy(() -> HubPair.sync(pair.ann)).hasMessageContaining("cannot be reached");
                assertThat(pair.ann.teamHub().status().get(0).pending()).isEqualTo(2);

                cluster.startAgain();
                HubPair.sync(pair.ann);
                HubPair.sync(pair.bob);
                assertThat(pair.bob.entries().find(shared.id())).map(Entry::body).contains("Primary and replica.");
                assertThat(pair.bob.entries().findByTitle("New while offline")).map(Entry::body).contains("Queued.");
                assertThat(pair.ann.teamHub().status().get(0).pending()).isZero();
            }
        }
    }

    @Test
    void aClientKilledWhilePullingALargeBatchLosesNothing(@TempDir Path killHomes) throws Exception {
        PullKillRun.Summary summary = new PullKillRun(server, killHomes, System.nanoTime(), HubSync.PAGE * 3 / 2).run(3);
        System.out.println("Pull kills: " + summary);
        assertThat(summary.problems()).isEmpty();
        assertThat(summary.cutShort()).as("kills that landed before the sync ended").isPositive();
        assertNoHalfAppliedChanges("pulls");
    }

    @Test
    @org.junit.jupiter.api.Tag("slow")
    void aClientKilledTwentyTimesWhilePullingLosesNothing(@TempDir Path killHomes) throws Exception {
        PullKillRun.Summary summary = new PullKillRun(server, killHomes, System.nanoTime(), 5 * HubSync.PAGE).run(20);
        System.out.println("Pull kills: " + summary);
        assertThat(summary.problems()).isEmpty();
        assertThat(summary.cutShort()).isPositive();
        assertNoHalfAppliedChanges("pulls");
    }

    @Test
    void twoClientsEditingInALoopConverge() throws Exception {
        try (HubPair pair = pair()) {
            EditingLoop.Figures figures = new EditingLoop(pair, server).run(20, 27);
            System.out.println("Editing loop: " + figures);
            assertThat(figures.edits()).isEqualTo(40);
            assertNoHalfAppliedChanges(pair.team);
        }
    }

    @Test
    @org.junit.jupiter.api.Tag("slow")
    void twoClientsEditingTwoHundredRoundsConverge() throws Exception {
        try (HubPair pair = pair()) {
            EditingLoop.Figures figures = new EditingLoop(pair, server).run(200, 2027);
            System.out.println("Editing loop: " + figures);
            assertNoHalfAppliedChanges(pair.team);
        }
    }

    static List<UUID> ids(List<Entry> entries) {
        return entries.stream().map(Entry::id).toList();
    }
}
