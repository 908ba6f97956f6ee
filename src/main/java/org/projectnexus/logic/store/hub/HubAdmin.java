package org.projectnexus.logic.store.hub;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.SafeText;

/**
 * An admin's work on a hub (a role that may create roles, and owns the hub's tables): the schema through the hub's
 * own Flyway migrations ({@code db/hub}), teams, and members, each a PostgreSQL role with a generated password.
 */
public final class HubAdmin implements AutoCloseable {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final String MEMBER_TABLES = "GRANT USAGE ON SCHEMA nexus_hub TO %1$s;"
            + " GRANT SELECT ON nexus_hub.hub_fact, nexus_hub.team, nexus_hub.member TO %1$s;"
            + " GRANT SELECT, INSERT, UPDATE ON nexus_hub.entry TO %1$s;"
            + " GRANT SELECT, INSERT ON nexus_hub.change TO %1$s;"
            + " GRANT USAGE ON SEQUENCE nexus_hub.change_seq_seq TO %1$s;"
            + " GRANT EXECUTE ON FUNCTION nexus_hub.my_teams(), nexus_hub.team_exists(text) TO %1$s";

    private final HubAddress address;
    private final char[] password;
    private final Connection connection;
    private final SecureRandom random = new SecureRandom();

    private HubAdmin(HubAddress address, char[] password, Connection connection) {
        this.address = address;
        this.password = password;
        this.connection = connection;
    }

    /** Connects as the address's user with {@code password} (null: none, as with trust or a password file). */
    public static HubAdmin connect(HubAddress address, char[] password) {
        return new HubAdmin(address, password, HubConnections.open(address, address.user(), password));
    }

    /**
     * Brings the hub's schema up to date (creating it the first time) and adds the team if it is new. Returns
     * whether the team was added. Refuses a hub made by a newer Nexus before changing anything.
     */
    public boolean init(String team) {
        HubRules.team(team);
        work(() -> {
            HubConnections.checkNotNewer(HubConnections.generation(connection), address);
            return null;
        });
        try {
            Flyway flyway = flyway();
            checkNoNewerMigrations(flyway);
            flyway.migrate();
        } catch (FlywayException failure) {
            throw new NexusException("The hub's tables could not be made at " + address.display() + ": "
                    + SafeText.forMessage(failure.getMessage()), failure);
        }
        return work(() -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO nexus_hub.team (name) VALUES (?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, team);
                return insert.executeUpdate() == 1;
            }
        });
    }

    /**
     * Makes {@code member} a member of {@code team}: their role is created (or, if they are a member already, of this
     * team or another of this hub, given a new password) and allowed into the hub's tables. Returns the password.
     */
    public String invite(String team, String member) {
        HubRules.team(team);
        HubRules.member(member);
        String generated = password();
        return work(() -> {
            checkHub();
            checkTeam(team);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                boolean roleExists = exists("SELECT 1 FROM pg_roles WHERE rolname = ?", member);
                boolean isMember = exists("SELECT 1 FROM nexus_hub.member WHERE role_name = ?", member);
                if (roleExists && !isMember) {
                    throw new NexusException("The server already has a role “" + member + "” that is not a member of"
                            + " this hub; choose another name.");
                }
                String role = "\"" + member + "\"";
                statement.execute((roleExists ? "ALTER ROLE " : "CREATE ROLE ") + role
                        + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD '" + generated + "'");
                statement.execute(String.format(MEMBER_TABLES, role));
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO nexus_hub.member (team, role_name) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                    insert.setString(1, team);
                    insert.setString(2, member);
                    insert.executeUpdate();
                }
                connection.commit();
                return generated;
            } catch (SQLException | RuntimeException failure) {
                connection.rollback();
                throw failure;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    /** Takes {@code member} out of {@code team}: from the next statement on they see none of its rows. */
    public boolean remove(String team, String member) {
        return work(() -> {
            checkHub();
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM nexus_hub.member WHERE team = ? AND role_name = ?")) {
                delete.setString(1, team);
                delete.setString(2, member);
                return delete.executeUpdate() == 1;
            }
        });
    }

    private void checkHub() throws SQLException {
        int generation = HubConnections.generation(connection);
        if (generation == 0) {
            throw new NexusException("There is no hub at " + address.display() + " yet: run nexus hub init first.");
        }
        HubConnections.checkNotNewer(generation, address);
        try {
            checkNoNewerMigrations(flyway());
        } catch (FlywayException failure) {
            throw new NexusException("The hub's schema at " + address.display() + " could not be read: "
                    + SafeText.forMessage(failure.getMessage()), failure);
        }
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(address.jdbcUrl(), address.user(), password == null ? null : new String(password))
                .schemas(HubConnections.SCHEMA).createSchemas(true)
                .locations("classpath:db/hub")
                .load();
    }

    /**
     * An admin's work needs the hub's whole schema known: a hub migrated by a newer Nexus (a migration in its history
     * that this one does not have) is refused even where its generation says members of older versions may still
     * sync, since invites grant what this version knows and init would leave the schema as it is.
     */
    private void checkNoNewerMigrations(Flyway flyway) {
        for (MigrationInfo migration : flyway.info().applied()) {
            if (migration.getState() == MigrationState.FUTURE_SUCCESS
                    || migration.getState() == MigrationState.FUTURE_FAILED) {
                throw new NexusException("The hub at " + address.display() + " was made by a newer version of Nexus"
                        + " (its schema " + migration.getVersion() + "); update Nexus to use it. Nothing was changed.");
            }
        }
    }

    private void checkTeam(String team) throws SQLException {
        if (!exists("SELECT 1 FROM nexus_hub.team WHERE name = ?", team)) {
            throw new NexusException("The hub at " + address.display() + " has no team “" + team + "”.");
        }
    }

    private boolean exists(String sql, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** 24 characters from an alphabet without look-alikes: about 140 bits, and nothing that needs quoting in SQL. */
    private String password() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private <T> T work(SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException failure) {
            throw HubConnections.explained(failure, address, address.user());
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing a connection the server may have ended already.
        }
    }
}
