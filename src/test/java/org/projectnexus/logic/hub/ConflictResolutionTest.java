package org.projectnexus.logic.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.TeamHub;
import org.projectnexus.model.ConflictChoice;
import org.projectnexus.model.Entry;
import org.projectnexus.model.HubConflict;
import org.projectnexus.model.Revision;

/**
 * Settling a conflict in the Conflicts view (issue 27): keep mine, keep theirs, keep both; against a real hub on
 * PostgreSQL and real H2 knowledge bases, and whichever is chosen, no text is lost.
 */
class ConflictResolutionTest {

    private static TestHubServer server;
    private static int teams;

    @TempDir
    Path homes;

    private HubPair pair;
    private Entry shared;

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

    /** Ann and Bob changed the same line; Bob synced second, so his version became a conflict copy. */
    @BeforeEach
    void sameLineEdited() {
        teams++;
        pair = new HubPair(homes, server.adminUrl(), server.url(), "cohort" + teams, server.member("ann" + teams),
                server.member("bob" + teams));
        shared = pair.shared("Streams", "intro\nmap is lazy\noutro");
        HubPair.edit(pair.ann, shared.id(), "intro\nmap is lazy until a terminal operation\noutro");
        HubPair.edit(pair.bob, shared.id(), "intro\nmap is lazy, like a generator\noutro");
        HubPair.sync(pair.ann);
        assertThat(HubPair.sync(pair.bob).conflicts()).isEqualTo(1);
    }

    @AfterEach
    void close() {
        pair.close();
    }

    private HubConflict bobsConflict() {
        List<HubConflict> open = pair.bob.teamHub().conflicts();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    @Test
    void theSidesAreTheTeamEntryAndTheMembersOwnTextWithoutTheCopysOpening() {
        TeamHub.ConflictSides sides = pair.bob.teamHub().sides(bobsConflict());

        assertThat(sides.theirs().body()).isEqualTo("intro\nmap is lazy until a terminal operation\noutro");
        assertThat(sides.mine().body()).isEqualTo("intro\nmap is lazy, like a generator\noutro");
        assertThat(sides.mine().title()).isEqualTo("Streams");
    }

    @Test
    void keepingMinePutsTheCopysTextInTheEntryTrashesTheCopyAndKeepsTheirsInHistory() {
        HubConflict conflict = bobsConflict();

        Entry kept = pair.bob.teamHub().resolve(conflict, ConflictChoice.KEEP_MINE);

        assertThat(kept.body()).isEqualTo("intro\nmap is lazy, like a generator\noutro");
        assertThat(pair.bob.teamHub().conflicts()).isEmpty();
        assertThat(pair.bob.entries().find(conflict.copyId())).isEmpty();
        assertThat(pair.bob.safety().trash()).anyMatch(trashed -> trashed.id().equals(conflict.copyId()));
        assertThat(pair.bob.safety().history(shared.id())).extracting(Revision::entry).extracting(Entry::body)
                .contains("intro\nmap is lazy until a terminal operation\noutro");
        // Mine goes to the team like any edit: Ann sees it after both synced.
        HubPair.sync(pair.bob);
        HubPair.sync(pair.ann);
        assertThat(pair.ann.entries().find(shared.id()).orElseThrow().body())
                .isEqualTo("intro\nmap is lazy, like a generator\noutro");
    }

    @Test
    void keepingTheirsLeavesTheEntryAndTrashesTheCopy() {
        HubConflict conflict = bobsConflict();

        Entry kept = pair.bob.teamHub().resolve(conflict, ConflictChoice.KEEP_THEIRS);

        assertThat(kept.body()).isEqualTo("intro\nmap is lazy until a terminal operation\noutro");
        assertThat(pair.bob.entries().find(shared.id()).orElseThrow().body()).isEqualTo(kept.body());
        assertThat(pair.bob.teamHub().conflicts()).isEmpty();
        assertThat(pair.bob.safety().trash()).anyMatch(trashed -> trashed.id().equals(conflict.copyId()));
    }

    @Test
    void keepingBothLeavesTheCopyAsAnOrdinaryPersonalEntry() {
        HubConflict conflict = bobsConflict();

        pair.bob.teamHub().resolve(conflict, ConflictChoice.KEEP_BOTH);

        assertThat(pair.bob.teamHub().conflicts()).isEmpty();
        Entry copy = pair.bob.entries().find(conflict.copyId()).orElseThrow();
        assertThat(copy.body()).endsWith("intro\nmap is lazy, like a generator\noutro");
        assertThat(pair.bob.teamHub().spaces()).doesNotContainKey(conflict.copyId());
        assertThat(pair.bob.entries().find(shared.id()).orElseThrow().body())
                .isEqualTo("intro\nmap is lazy until a terminal operation\noutro");
    }
}
