package org.projectnexus.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A database of its own on the PostgreSQL at 127.0.0.1:5432 (user postgres, trust), for one harness run: created at
 * the start, dropped at the end with the member roles the run made (roles belong to the whole server).
 */
final class BenchHub implements AutoCloseable {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    final String database = "nexus_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String suffix = database.substring(database.length() - 6);
    private final List<String> roles = new ArrayList<>();

    BenchHub() throws SQLException {
        execute("postgres", "CREATE DATABASE " + database);
    }

    String adminUrl() {
        return "postgresql://postgres@127.0.0.1:5432/" + database;
    }

    String url() {
        return "postgresql://127.0.0.1:5432/" + database;
    }

    /** A member's role name, unique on the server, dropped at the end. */
    String member(String name) {
        String role = name + "_" + suffix;
        roles.add(role);
        return role;
    }

    /** Runs SQL as the admin on this run's database. */
    void execute(String sql) throws SQLException {
        execute(database, sql);
    }

    private static void execute(String on, String sql) throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + on, "postgres", null);
             Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        execute("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        for (String role : roles) {
            execute("postgres", "DROP ROLE IF EXISTS " + role);
        }
    }

    /** p50, p95 and max of samples in nanoseconds, in milliseconds. */
    static String percentiles(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        return String.format("n %d, p50 %.1f ms, p95 %.1f ms, max %.1f ms", sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }
}
