package org.projectnexus.logic.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.EntryKind;

/**
 * Passwords and row-level security, on a cluster of the test's own that checks passwords (scram-sha-256): a wrong
 * password is refused and nothing is recorded; a member of another team reads and writes none of the team's rows
 * with plain SQL; removing a member shuts them out at once, even on a connection already open.
 */
class HubSecurityTest {

    private static ScramCluster cluster;

    @TempDir
    Path home;

    @BeforeAll
    static void start() throws SQLException {
        cluster = ScramCluster.start();
        try (Connection admin = connect(cluster.adminUrl("postgres").replace("postgres:" + ScramCluster.ADMIN_PASSWORD
                + "@", ""), "postgres", ScramCluster.ADMIN_PASSWORD); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE hub");
        }
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        return DriverManager.getConnection("jdbc:" + url, properties);
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void aWrongPasswordIsRefusedAndNothingIsRecorded() {
        try (KnowledgeBase kb = KnowledgeBase.open(home.resolve("kb"), Clock.systemUTC())) {
            kb.teamHub().init(cluster.adminUrl("hub"), "pw-team", null);
            String password = kb.teamHub().invite(cluster.adminUrl("hub"), "pw-team", "dana", null);

            assertThatThrownBy(() -> kb.teamHub().join(cluster.url("hub"), "pw-team", "dana",
                    "not-it".toCharArray(), true)).hasMessageContaining("refused the password");
            assertThatThrownBy(() -> kb.teamHub().join(cluster.url("hub"), "pw-team", "nobody",
                    password.toCharArray(), true)).hasMessageContaining("refused the password");
            assertThat(kb.teamHub().memberships()).isEmpty();

            kb.teamHub().join(cluster.url("hub"), "pw-team", "dana", password.toCharArray(), false);
            assertThat(kb.teamHub().memberships()).singleElement()
                    .satisfies(joined -> assertThat(joined.passwordRemembered()).isFalse());
        }
    }

    @Test
    void aMemberOfAnotherTeamCannotReadOrWriteTheTeamsRowsWithPlainSql() throws SQLException {
        String redPassword;
        String bluePassword;
        try (KnowledgeBase kb = KnowledgeBase.open(home.resolve("red"), Clock.systemUTC())) {
            kb.teamHub().init(cluster.adminUrl("hub"), "red", null);
            kb.teamHub().init(cluster.adminUrl("hub"), "blue", null);
            redPassword = kb.teamHub().invite(cluster.adminUrl("hub"), "red", "rita", null);
            bluePassword = kb.teamHub().invite(cluster.adminUrl("hub"), "blue", "bert", null);
            kb.teamHub().join(cluster.url("hub"), "red", "rita", redPassword.toCharArray(), true);
            kb.entries().add(kb.entries().draft(EntryKind.NOTE, "Red plans").withText("Red plans", "Top secret."));
            kb.teamHub().share("Red plans", null);
            kb.teamHub().sync(null);
        }
        try (Connection bert = connect(cluster.url("hub"), "bert", bluePassword);
             Connection rita = connect(cluster.url("hub"), "rita", redPassword)) {
            assertThat(count(rita, "SELECT COUNT(*) FROM nexus_hub.entry")).isEqualTo(1);
            assertThat(count(bert, "SELECT COUNT(*) FROM nexus_hub.entry")).isZero();
            assertThat(count(bert, "SELECT COUNT(*) FROM nexus_hub.change")).isZero();
            assertThat(count(bert, "SELECT COUNT(*) FROM nexus_hub.member")).isEqualTo(1);
            try (Statement statement = bert.createStatement()) {
                assertThat(statement.executeUpdate("UPDATE nexus_hub.entry SET body = 'defaced'")).isZero();
                assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO nexus_hub.entry (team, id, version, kind,"
                        + " title, body, change_id, seq) VALUES ('red', gen_random_uuid(), 1, 'NOTE', 'x', 'y',"
                        + " gen_random_uuid(), 1)")).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            }
            try (Statement statement = rita.createStatement()) {
                assertThatThrownBy(() -> statement.executeUpdate("UPDATE nexus_hub.entry SET changed_by = 'bert'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            }
            assertThat(count(rita, "SELECT COUNT(*) FROM nexus_hub.entry WHERE body = 'Top secret.'")).isEqualTo(1);

            try (KnowledgeBase admin = KnowledgeBase.open(home.resolve("admin"), Clock.systemUTC())) {
                assertThat(admin.teamHub().remove(cluster.adminUrl("hub"), "red", "rita", null)).isTrue();
            }
            assertThat(count(rita, "SELECT COUNT(*) FROM nexus_hub.entry")).isZero();
        }
    }
}
