package org.projectnexus.logic.hub;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.projectnexus.logic.store.hub.HubAddress;

/**
 * The real PostgreSQL the hub's tests use (never a mock): the server at $NEXUS_TEST_PG_URL (by default
 * postgresql://postgres@127.0.0.1:5432/), with a fresh database for each test class, dropped afterwards with the
 * member roles the class made (roles belong to the whole server, so their names carry a random part). Without a
 * reachable server the tests are skipped with a message, unless $NEXUS_TEST_PG_REQUIRED=1 (CI), where they fail.
 */
public final class TestHubServer implements AutoCloseable {

    public static final String DEFAULT_URL = "postgresql://postgres@127.0.0.1:5432/";

    private final HubAddress admin;
    private final String database;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> roles = new ArrayList<>();

    private TestHubServer(HubAddress admin, String database) {
        this.admin = admin;
        this.database = database;
    }

    /** A fresh database on the test server (skips or fails the test class when there is no server). */
    public static TestHubServer start() {
        String url = System.getenv().getOrDefault("NEXUS_TEST_PG_URL", DEFAULT_URL);
        return start(url.endsWith("/") ? url + "postgres" : url);
    }

    static TestHubServer start(String serverUrl) {
        HubAddress server = HubAddress.parse(serverUrl);
        String database = "nexus_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = connect(server)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException unreachable) {
            String message = "No PostgreSQL for the hub's tests at " + server.display() + " ("
                    + unreachable.getMessage() + "); set NEXUS_TEST_PG_URL";
            if ("1".equals(System.getenv("NEXUS_TEST_PG_REQUIRED"))) {
                Assertions.fail(message + " (NEXUS_TEST_PG_REQUIRED=1)");
            }
            Assumptions.abort(message);
        }
        return new TestHubServer(new HubAddress(server.host(), server.port(), database, server.user(), server.password(),
                server.parameters()), database);
    }

    /** The admin's address of this class's database, as {@code nexus hub init} takes it. */
    public String adminUrl() {
        return "postgresql://" + admin.user() + "@" + admin.host() + ":" + admin.port() + "/" + database;
    }

    /** The address members join with. */
    public String url() {
        return "postgresql://" + admin.host() + ":" + admin.port() + "/" + database;
    }

    public HubAddress adminAddress() {
        return admin;
    }

    /** A member name unique on the server (roles are shared by every database), dropped at the end. */
    public String member(String name) {
        String role = name.toLowerCase(Locale.ROOT) + "_" + suffix;
        roles.add(role);
        return role;
    }

    /** Runs SQL as the admin on this class's database. */
    public void execute(String sql) {
        try (Connection connection = connect(admin); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }

    static Connection connect(HubAddress address) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", address.user() == null ? "postgres" : address.user());
        if (address.password() != null) {
            properties.setProperty("password", address.password());
        }
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(address.jdbcUrl(), properties);
    }

    @Override
    public void close() {
        HubAddress server = new HubAddress(admin.host(), admin.port(), "postgres", admin.user(), admin.password(),
                admin.parameters());
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            for (String role : roles) {
                statement.execute("DROP ROLE IF EXISTS \"" + role + "\"");
            }
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
