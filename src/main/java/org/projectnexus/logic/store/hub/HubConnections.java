package org.projectnexus.logic.store.hub;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SafeText;

/**
 * Opening a connection to a hub's PostgreSQL, and what its failures mean in words: a wrong address or an unreachable
 * server, a wrong password, a server too old, a hub made by a newer Nexus. Nothing is written on the way.
 */
final class HubConnections {

    static final String SCHEMA = "nexus_hub";
    /** The hub schema generation this Nexus knows (hub_fact 'generation', raised by each new server migration). */
    static final int GENERATION = 1;

    private HubConnections() {
    }

    static Connection open(HubAddress address, String user, char[] password) {
        return open(address, user, password, HubRules.OLDEST_SERVER);
    }

    /** As {@link #open(HubAddress, String, char[])}, refusing a server older than {@code oldestServer} (a tests' seam). */
    static Connection open(HubAddress address, String user, char[] password, int oldestServer) {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", new String(password));
        }
        properties.setProperty("ApplicationName", "Nexus");
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("tcpKeepAlive", "true");
        try {
            Connection connection = DriverManager.getConnection(address.jdbcUrl(), properties);
            try {
                checkServerVersion(connection, address, oldestServer);
                return connection;
            } catch (RuntimeException | SQLException failure) {
                connection.close();
                throw failure;
            }
        } catch (SQLException failure) {
            throw explained(failure, address, user);
        }
    }

    private static void checkServerVersion(Connection connection, HubAddress address, int oldestServer)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT current_setting('server_version_num')::int,"
                + " current_setting('server_version')");
             ResultSet row = query.executeQuery()) {
            row.next();
            checkServerVersion(row.getInt(1), row.getString(2), address, oldestServer);
        }
    }

    /**
     * Refuses a server older than {@code oldestServer} ({@code server_version_num}, e.g. 130000 for 13.0), in one
     * line: {@code versionNumber} and {@code version} are the server's {@code server_version_num} and
     * {@code server_version}.
     */
    static void checkServerVersion(int versionNumber, String version, HubAddress address, int oldestServer) {
        if (versionNumber < oldestServer) {
            throw new NexusException("The server at " + address.display() + " runs PostgreSQL "
                    + SafeText.forDisplay(firstLine(version)) + "; a hub needs PostgreSQL " + oldestServer / 10000
                    + " or newer. Nothing was changed.");
        }
    }

    /** The hub's schema generation, or 0 when the database has no hub yet. */
    static int generation(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass('nexus_hub.hub_fact') IS NOT NULL");
             ResultSet row = query.executeQuery()) {
            row.next();
            if (!row.getBoolean(1)) {
                return 0;
            }
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT value FROM nexus_hub.hub_fact WHERE name = 'generation'");
             ResultSet row = query.executeQuery()) {
            return row.next() ? Integer.parseInt(row.getString(1)) : 0;
        }
    }

    static void checkNotNewer(int generation, HubAddress address) {
        if (generation > GENERATION) {
            throw new NexusException("The hub at " + address.display() + " was made by a newer version of Nexus;"
                    + " update Nexus to use it. Nothing was changed.");
        }
    }

    /** A failure to connect or to work, in words. */
    static NexusException explained(SQLException failure, HubAddress address, String user) {
        String state = failure.getSQLState() == null ? "" : failure.getSQLState();
        String who = user == null ? "the default user" : "“" + SafeText.forDisplay(user) + "”";
        String where = address.display();
        if (state.equals("28P01")) {
            return new org.projectnexus.model.HubPasswordRefusedException("The hub at " + where
                    + " refused the password of " + who + " (a wrong password, or no such member).", failure);
        }
        if (state.startsWith("28")) {
            return new NexusException("The hub at " + where + " does not let " + who + " in: "
                    + SafeText.forMessage(failure.getMessage()), failure);
        }
        if (state.equals("3D000")) {
            return new NexusException("The server has no database “" + SafeText.forDisplay(address.database())
                    + "” (" + where + ").", failure);
        }
        if (failure.getMessage() != null && failure.getMessage().contains("no password was provided")) {
            return new org.projectnexus.model.HubPasswordRefusedException("The hub at " + where + " asks " + who
                    + " for a password: set NEXUS_HUB_PASSWORD.", failure);
        }
        if (state.startsWith("08") || state.startsWith("57P")) {
            // No connection, or the server shutting down or cut us off (restart, pg_terminate_backend): offline.
            return new org.projectnexus.model.HubUnreachableException("The hub at " + where + " cannot be reached: "
                    + SafeText.forMessage(firstLine(failure.getMessage())), failure);
        }
        if (state.equals("42501")) {
            return new NexusException("The hub at " + where + " does not allow that to " + who + ": "
                    + SafeText.forMessage(firstLine(failure.getMessage())), failure);
        }
        return new NexusException("The hub at " + where + " failed: " + SafeText.forMessage(firstLine(failure.getMessage())),
                failure);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
