package org.projectnexus.logic.store.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.projectnexus.logic.hub.TestHubServer;
import org.projectnexus.model.NexusException;

/**
 * "A server that is not PostgreSQL 13 or newer" is refused in one line (issue 27 point 6), before a connection is
 * handed to anything that could write. The check is a function of the server's version, tried here with 9.6, 12, 13
 * and 15; the real server's own version goes through the same check on every connection, tried with the server
 * this suite runs on, which passes, and with a floor just above it, which refuses it. No server is mocked.
 */
class ServerVersionCheckTest {

    private static final HubAddress SOMEWHERE = HubAddress.parse("postgresql://db.example.org:5432/hub");

    private static TestHubServer server;

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

    @Test
    void serversOlderThanThirteenAreRefusedInOneLine() {
        assertThatThrownBy(() -> HubConnections.checkServerVersion(120017, "12.17", SOMEWHERE, HubRules.OLDEST_SERVER))
                .isInstanceOf(NexusException.class)
                .hasMessage("The server at postgresql://db.example.org:5432/hub runs PostgreSQL 12.17; a hub needs"
                        + " PostgreSQL 13 or newer. Nothing was changed.");
        assertThatThrownBy(() -> HubConnections.checkServerVersion(90624, "9.6.24", SOMEWHERE, HubRules.OLDEST_SERVER))
                .hasMessageContaining("runs PostgreSQL 9.6.24; a hub needs PostgreSQL 13 or newer");
        assertThatThrownBy(() -> HubConnections.checkServerVersion(129999, "12.99\nsecond line", SOMEWHERE,
                HubRules.OLDEST_SERVER)).satisfies(refused -> assertThat(refused.getMessage()).doesNotContain("\n"));
    }

    @Test
    void thirteenAndNewerAreAccepted() {
        assertThatCode(() -> HubConnections.checkServerVersion(130000, "13.0", SOMEWHERE, HubRules.OLDEST_SERVER))
                .doesNotThrowAnyException();
        assertThatCode(() -> HubConnections.checkServerVersion(150004, "15.4 (Debian 15.4-2.pgdg120+1)", SOMEWHERE,
                HubRules.OLDEST_SERVER)).doesNotThrowAnyException();
        assertThatCode(() -> HubConnections.checkServerVersion(170002, "17.2", SOMEWHERE, HubRules.OLDEST_SERVER))
                .doesNotThrowAnyException();
    }

    @Test
    void theRealServersVersionIsCheckedOnEveryConnection() throws SQLException {
        HubAddress admin = server.adminAddress();
        int versionNumber;
        String version;
        try (Connection connection = HubConnections.open(admin, admin.user(), null);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_setting('server_version_num')::int,"
                     + " current_setting('server_version')")) {
            row.next();
            versionNumber = row.getInt(1);
            version = row.getString(2);
        }
        assertThat(versionNumber).isGreaterThanOrEqualTo(HubRules.OLDEST_SERVER);

        // The same server, with a floor just above its version: the check reads it from the server and refuses it.
        assertThatThrownBy(() -> HubConnections.open(admin, admin.user(), null, versionNumber + 1))
                .isInstanceOf(NexusException.class)
                .hasMessageContaining("runs PostgreSQL " + version.split(" ")[0] + (version.contains(" ") ? " " : ";"))
                .satisfies(refused -> assertThat(refused.getMessage()).doesNotContain("\n"));
    }
}
