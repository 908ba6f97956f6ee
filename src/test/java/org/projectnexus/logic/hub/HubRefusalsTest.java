package org.projectnexus.logic.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.HubStatus;
import org.projectnexus.model.NexusException;

/**
 * "A hub made by a newer Nexus" is refused with a one-line message, and nothing changes, here or on the server (issue
 * 27 point 6). The newer hub is real: this class's database is migrated past what this build knows by a migration of
 * the kind a newer Nexus ships ({@code src/test/resources/db/newer-hub}), through Flyway, as a newer Nexus would.
 */
class HubRefusalsTest {

    private static final String TEAM = "cohort";

    @TempDir
    Path homes;

    private TestHubServer server;
    private KnowledgeBase ann;
    private KnowledgeBase bob;
    private String annRole;
    private String bobRole;
    private String bobPassword;
    private String carolRole;
    private Entry shared;

    @BeforeEach
    void aTeamThatSynced() {
        server = TestHubServer.start();
        ann = KnowledgeBase.open(homes.resolve("ann"), Clock.systemUTC());
        bob = KnowledgeBase.open(homes.resolve("bob"), Clock.systemUTC());
        annRole = server.member("ann");
        bobRole = server.member("bob");
        carolRole = server.member("carol");
        ann.teamHub().init(server.adminUrl(), TEAM, null);
        String annPassword = ann.teamHub().invite(server.adminUrl(), TEAM, annRole, null);
        bobPassword = ann.teamHub().invite(server.adminUrl(), TEAM, bobRole, null);
        ann.teamHub().join(server.url(), TEAM, annRole, annPassword.toCharArray(), true);
        shared = HubPair.note(ann, "Backpressure", "Slow the producer down.");
        ann.teamHub().share("Backpressure", TEAM);
        HubPair.sync(ann);
        HubPair.edit(ann, shared.id(), "Slow the producer down, or drop.");
    }

    @AfterEach
    void close() {
        ann.close();
        bob.close();
        server.close();
    }

    @Test
    void aHubMigratedByANewerNexusIsRefusedAndNothingChanges() {
        List<HubStatus> annBefore = ann.teamHub().status();
        assertThat(annBefore.get(0).pending()).isEqualTo(1);
        ServerState serverBefore = serverState();

        newerNexusMigrates();
        ServerState migrated = serverState();
        assertThat(migrated.migrations()).isEqualTo(serverBefore.migrations() + 1);

        assertRefused(() -> ann.teamHub().sync(null));
        assertRefused(() -> ann.teamHub().watch(TEAM, null));
        assertRefused(() -> bob.teamHub().join(server.url(), TEAM, bobRole, bobPassword.toCharArray(), true));
        assertRefused(() -> ann.teamHub().init(server.adminUrl(), "another", null));
        assertRefused(() -> ann.teamHub().invite(server.adminUrl(), TEAM, carolRole, null));
        assertRefused(() -> ann.teamHub().remove(server.adminUrl(), TEAM, bobRole, null));

        assertThat(ann.teamHub().status()).isEqualTo(annBefore);
        assertThat(ann.entries().find(shared.id())).map(Entry::body).contains("Slow the producer down, or drop.");
        assertThat(bob.teamHub().memberships()).isEmpty();
        assertThat(bob.entries().findByTitle("Backpressure")).isEmpty();
        assertThat(serverState()).isEqualTo(migrated);
    }

    @Test
    void aNewerMigrationThatKeepsTheGenerationStopsAnAdminButNotAMember() {
        // A newer Nexus whose hub migration changed nothing members rely on leaves the generation as it was (db/hub
        // V1's comment): older members still sync, but an older admin does not work on a schema it does not know.
        server.execute("INSERT INTO nexus_hub.flyway_schema_history (installed_rank, version, description, type,"
                + " script, checksum, installed_by, execution_time, success) SELECT MAX(installed_rank) + 1, '2',"
                + " 'what a newer nexus adds', 'SQL', 'V2__what_a_newer_nexus_adds.sql', 12345, 'postgres', 3, true"
                + " FROM nexus_hub.flyway_schema_history");
        ServerState before = serverState();

        assertThatThrownBy(() -> ann.teamHub().init(server.adminUrl(), "another", null))
                .isInstanceOf(NexusException.class).hasMessageContaining("newer version of Nexus (its schema 2)");
        assertRefused(() -> ann.teamHub().invite(server.adminUrl(), TEAM, carolRole, null));
        assertThat(serverState()).isEqualTo(before);

        HubPair.sync(ann);
        assertThat(ann.teamHub().status().get(0).pending()).isZero();
        assertThat(HubFaultsTest.number(server, "SELECT version FROM nexus_hub.entry WHERE id = '" + shared.id() + "'"))
                .isEqualTo(2);
    }

    private void newerNexusMigrates() {
        Flyway.configure().dataSource(server.adminAddress().jdbcUrl(), "postgres", null)
                .schemas("nexus_hub").locations("classpath:db/hub", "classpath:db/newer-hub")
                .load().migrate();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NexusException.class)
                .hasMessageContaining("newer version of Nexus")
                .hasMessageContaining("Nothing was changed")
                .satisfies(refused -> assertThat(refused.getMessage()).doesNotContain("\n"));
    }

    /** What the server holds: migrations applied, teams, members, roles, change-log rows, entries' versions. */
    private record ServerState(long migrations, long teams, long members, long roles, long changes, long versions) {
    }

    private ServerState serverState() {
        return new ServerState(
                number("SELECT COUNT(*) FROM nexus_hub.flyway_schema_history"),
                number("SELECT COUNT(*) FROM nexus_hub.team"),
                number("SELECT COUNT(*) FROM nexus_hub.member"),
                number("SELECT COUNT(*) FROM pg_roles WHERE rolname = '" + carolRole + "'"),
                number("SELECT COUNT(*) FROM nexus_hub.change"),
                number("SELECT COALESCE(SUM(version), 0) FROM nexus_hub.entry"));
    }

    private long number(String sql) {
        return HubFaultsTest.number(server, sql);
    }

}
