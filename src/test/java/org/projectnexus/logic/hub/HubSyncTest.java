package org.projectnexus.logic.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.HubConflict;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SyncReport;

/** Two knowledge bases of one team converge through a real PostgreSQL hub, and no edit is ever lost. */
class HubSyncTest {

    private static TestHubServer server;
    private static int teams;

    @TempDir
    Path home;

    private KnowledgeBase ann;
    private KnowledgeBase bob;
    private String team;

    @BeforeAll
    static void startServer() {
        server = TestHubServer.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void joinBoth() {
        team = "team" + (++teams);
        ann = KnowledgeBase.open(home.resolve("ann"), Clock.systemUTC());
        bob = KnowledgeBase.open(home.resolve("bob"), Clock.systemUTC());
        assertThat(ann.teamHub().init(server.adminUrl(), team, null)).isTrue();
        String annName = server.member("ann" + teams);
        String bobName = server.member("bob" + teams);
        String annPassword = ann.teamHub().invite(server.adminUrl(), team, annName, null);
        String bobPassword = ann.teamHub().invite(server.adminUrl(), team, bobName, null);
        ann.teamHub().join(server.url(), team, annName, annPassword.toCharArray(), true);
        bob.teamHub().join(server.url(), team, bobName, bobPassword.toCharArray(), true);
    }

    @AfterEach
    void close() {
        ann.close();
        bob.close();
    }

    private static Entry note(KnowledgeBase kb, String title, String body) {
        return kb.entries().add(kb.entries().draft(EntryKind.NOTE, title).withText(title, body));
    }

    private static Entry edit(KnowledgeBase kb, String title, String body) {
        Entry entry = kb.entries().findByTitle(title).orElseThrow();
        return kb.entries().save(entry.withText(entry.title(), body));
    }

    private static String body(KnowledgeBase kb, String title) {
        return kb.entries().findByTitle(title).orElseThrow().body();
    }

    private static SyncReport sync(KnowledgeBase kb) {
        return kb.teamHub().sync(null).get(0);
    }

    private Entry sharedNote(String title, String body) {
        Entry entry = note(ann, title, body);
        ann.teamHub().share(title, null);
        sync(ann);
        sync(bob);
        return entry;
    }

    @Test
    void aSharedEntryReachesTheTeammateAndTheirEditComesBack() {
        Entry shared = sharedNote("REST", "Resources and verbs.");

        assertThat(bob.entries().find(shared.id())).map(Entry::body).contains("Resources and verbs.");
        edit(bob, "REST", "Resources, verbs and status codes.");
        assertThat(sync(bob).pushed()).isEqualTo(1);
        assertThat(sync(ann).pulled()).isEqualTo(1);

        assertThat(body(ann, "REST")).isEqualTo("Resources, verbs and status codes.");
        assertThat(ann.teamHub().lastChangedBy(shared.id())).contains(server.member("bob" + teams).replace(
                "bob" + teams + "_", "bob" + teams + "_"));
        assertThat(ann.teamHub().status().get(0).pending()).isZero();
    }

    @Test
    void aTeammatesPushIsHeardWithoutPolling() {
        Entry shared = sharedNote("Live", "Before.");
        try (org.projectnexus.logic.TeamHub.HubWatch watch = ann.teamHub().watch(team, null)) {
            assertThat(watch.awaitPush(50)).isFalse();
            edit(bob, "Live", "After.");
            sync(bob);
            assertThat(watch.awaitPush(30_000)).isTrue();
        }
        sync(ann);
        assertThat(ann.entries().find(shared.id())).map(Entry::body).contains("After.");
    }

    @Test
    void editsOfDifferentLinesMergeSilently() {
        sharedNote("Caching", "Cache aside.\n\nWrite through.\n\nWrite behind.");
        edit(ann, "Caching", "Cache aside, the usual one.\n\nWrite through.\n\nWrite behind.");
        edit(bob, "Caching", "Cache aside.\n\nWrite through.\n\nWrite behind, risky.");

        sync(ann);
        SyncReport bobs = sync(bob);
        sync(ann);

        String merged = "Cache aside, the usual one.\n\nWrite through.\n\nWrite behind, risky.";
        assertThat(bobs.merged()).isEqualTo(1);
        assertThat(bobs.conflicts()).isZero();
        assertThat(body(ann, "Caching")).isEqualTo(merged);
        assertThat(body(bob, "Caching")).isEqualTo(merged);
        assertThat(bob.teamHub().conflicts()).isEmpty();
    }

    @Test
    void editsOfTheSameLineKeepBothTexts() {
        Entry shared = sharedNote("Queues", "Kafka keeps order per partition.");
        edit(ann, "Queues", "Kafka keeps order within a partition.");
        edit(bob, "Queues", "Kafka keeps order per partition only.");

        sync(ann);
        SyncReport bobs = sync(bob);
        sync(ann);

        assertThat(bobs.conflicts()).isEqualTo(1);
        assertThat(body(bob, "Queues")).isEqualTo("Kafka keeps order within a partition.");
        assertThat(body(ann, "Queues")).isEqualTo("Kafka keeps order within a partition.");
        List<HubConflict> conflicts = bob.teamHub().conflicts();
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).entryId()).isEqualTo(shared.id());
        Entry copy = bob.entries().find(conflicts.get(0).copyId()).orElseThrow();
        assertThat(copy.body()).contains("[[Queues]]").endsWith("Kafka keeps order per partition only.");
        assertThat(bob.teamHub().spaces()).doesNotContainKey(copy.id());
    }

    @Test
    void aRenameAndAnEditBothSurvive() {
        Entry shared = sharedNote("GraphQL", "One endpoint.");
        Entry annsCopy = ann.entries().find(shared.id()).orElseThrow();
        ann.entries().save(annsCopy.withText("GraphQL basics", annsCopy.body()));
        edit(bob, "GraphQL", "One endpoint, many shapes.");

        sync(ann);
        sync(bob);
        sync(ann);

        for (KnowledgeBase kb : List.of(ann, bob)) {
            Entry entry = kb.entries().find(shared.id()).orElseThrow();
            assertThat(entry.title()).isEqualTo("GraphQL basics");
            assertThat(entry.body()).isEqualTo("One endpoint, many shapes.");
        }
    }

    @Test
    void aDeleteAgainstAnEditKeepsTheEditWithANotice() {
        Entry shared = sharedNote("Sharding", "Split by key.");
        ann.entries().delete(shared.id());
        edit(bob, "Sharding", "Split by key; rebalance carefully.");

        sync(ann);
        SyncReport bobs = sync(bob);
        sync(ann);

        assertThat(bobs.notices()).anyMatch(notice -> notice.contains("your edit keeps it"));
        assertThat(ann.entries().find(shared.id())).map(Entry::body).contains("Split by key; rebalance carefully.");
        assertThat(bob.entries().find(shared.id())).map(Entry::body).contains("Split by key; rebalance carefully.");
    }

    @Test
    void anEditThatReachedTheHubFirstUndoesALaterDelete() {
        Entry shared = sharedNote("Indexes", "B-trees.");
        edit(bob, "Indexes", "B-trees and hashes.");
        sync(bob);
        ann.entries().delete(shared.id());

        SyncReport anns = sync(ann);

        assertThat(anns.notices()).anyMatch(notice -> notice.contains("your delete was undone"));
        assertThat(ann.entries().find(shared.id())).map(Entry::body).contains("B-trees and hashes.");
        sync(bob);
        assertThat(bob.entries().find(shared.id())).isPresent();
    }

    @Test
    void aDeleteReachesTheTeammate() {
        Entry shared = sharedNote("Old idea", "Obsolete.");
        ann.entries().delete(shared.id());
        sync(ann);
        sync(bob);
        assertThat(bob.entries().find(shared.id())).isEmpty();
    }

    @Test
    void aPersonalEntryNeverReachesTheServer() {
        note(ann, "Diary", "my-personal-secret-words");
        sharedNote("Public", "Shared words.");
        edit(ann, "Diary", "my-personal-secret-words, again");
        sync(ann);

        server.execute("DO $$ BEGIN IF EXISTS (SELECT 1 FROM nexus_hub.entry WHERE body LIKE '%personal-secret%'"
                + " OR title = 'Diary') THEN RAISE EXCEPTION 'personal text on the server'; END IF;"
                + " IF NOT EXISTS (SELECT 1 FROM nexus_hub.entry WHERE title = 'Public') THEN"
                + " RAISE EXCEPTION 'the shared entry is missing'; END IF; END $$");
        assertThat(bob.entries().findByTitle("Diary")).isEmpty();
    }

    @Test
    void anEntryTaggedPrivateIsNeverShared() {
        note(ann, "Salary", "Numbers. #private");
        assertThatThrownBy(() -> ann.teamHub().share("Salary", null))
                .isInstanceOf(NexusException.class).hasMessageContaining("#private");
        assertThat(ann.teamHub().spaces()).isEmpty();
        assertThat(ann.teamHub().status().get(0).pending()).isZero();
    }

    @Test
    void unsharingTakesTheEntryOutOfTheTeamAndKeepsItHere() {
        Entry shared = sharedNote("Draft", "Half done.");
        assertThat(ann.teamHub().unshare("Draft")).contains(team);
        sync(ann);
        sync(bob);
        assertThat(ann.entries().find(shared.id())).isPresent();
        assertThat(ann.teamHub().spaces()).doesNotContainKey(shared.id());
        assertThat(bob.entries().find(shared.id())).isEmpty();
    }

    @Test
    void changesMadeOfflineQueueUpInOrder() {
        sharedNote("Offline", "v1");
        edit(ann, "Offline", "v2");
        edit(ann, "Offline", "v3");
        note(ann, "Another", "x");
        ann.teamHub().share("Another", null);
        assertThat(ann.teamHub().status().get(0).pending()).isEqualTo(2);
        sync(ann);
        sync(bob);
        assertThat(body(bob, "Offline")).isEqualTo("v3");
        assertThat(body(bob, "Another")).isEqualTo("x");
        assertThat(ann.teamHub().status().get(0).pending()).isZero();
    }

    @Test
    void aTitleTakenByAPersonalEntryGetsTheTeamsNameAdded() {
        note(bob, "Kafka", "Bob's own notes.");
        sharedNote("Kafka", "Team notes.");
        assertThat(body(bob, "Kafka")).isEqualTo("Bob's own notes.");
        assertThat(bob.entries().findByTitle("Kafka (" + team + ")")).map(Entry::body).contains("Team notes.");
    }

    @Test
    void aJoinThatFailsRecordsNothing(@TempDir Path other) {
        try (KnowledgeBase carol = KnowledgeBase.open(other.resolve("carol"), Clock.systemUTC())) {
            String carolName = server.member("carol" + teams);
            String password = carol.teamHub().invite(server.adminUrl(), team, carolName, null);
            assertThatThrownBy(() -> carol.teamHub().join(server.url(), "nosuchteam", carolName,
                    password.toCharArray(), true)).hasMessageContaining("has no team");
            assertThatThrownBy(() -> carol.teamHub().join("http://example/x", team, carolName,
                    password.toCharArray(), true)).hasMessageContaining("not a hub address");
            assertThatThrownBy(() -> carol.teamHub().join("postgresql://127.0.0.1:1/x", team, carolName,
                    password.toCharArray(), true)).hasMessageContaining("cannot be reached");
            String otherTeam = team + "x";
            carol.teamHub().init(server.adminUrl(), otherTeam, null);
            assertThatThrownBy(() -> carol.teamHub().join(server.url(), otherTeam, carolName,
                    password.toCharArray(), true)).hasMessageContaining("is not a member of the team");
            assertThat(carol.teamHub().memberships()).isEmpty();
            assertThat(Optional.ofNullable(null)).isEmpty();
        }
    }
}
