package org.projectnexus.logic.hub;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL cluster of the tests' own that checks passwords (scram-sha-256), on a free port of 127.0.0.1: the
 * machine's server trusts everyone, so a wrong password can only be tried here. Made with the installed PostgreSQL's
 * initdb, as the postgres user when the tests run as root (PostgreSQL refuses root). Stopped and removed at close.
 */
public final class ScramCluster implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "admin-secret-1";

    private final Path folder;
    private final Path bin;
    private final int port;
    private final boolean asPostgres;

    private ScramCluster(Path folder, Path bin, int port, boolean asPostgres) {
        this.folder = folder;
        this.bin = bin;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    public static ScramCluster start() {
        Path bin = installedBin();
        if (bin == null) {
            skipOrFail("No PostgreSQL binaries under /usr/lib/postgresql to start a password-checking cluster");
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path folder = Files.createTempDirectory("nexus-scram-");
            Path data = folder.resolve("data");
            Path passwordFile = folder.resolve("pw");
            Files.writeString(passwordFile, ADMIN_PASSWORD + "\n", StandardCharsets.UTF_8);
            if (root) {
                run(List.of("chown", "-R", "postgres", folder.toString()), false);
            }
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            ScramCluster cluster = new ScramCluster(folder, bin, port, root);
            run(cluster.command(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                    "--auth=scram-sha-256", "--pwfile=" + passwordFile, "-E", "UTF8", "--no-sync"), root);
            run(cluster.command(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l",
                    folder.resolve("log").toString(), "-o", "-p " + port + " -k " + folder
                            + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"), root);
            return cluster;
        } catch (IOException | InterruptedException failure) {
            skipOrFail("Could not start a password-checking PostgreSQL cluster: " + failure.getMessage());
            return null;
        }
    }

    /** Stops the server (fast shutdown: its connections are cut, as in a crash of the network). */
    public void stop() throws IOException, InterruptedException {
        run(command(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "fast", "-w",
                "stop"), asPostgres);
    }

    /** Starts the stopped server again, on the same port. */
    public void startAgain() throws IOException, InterruptedException {
        run(command(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-w", "-l",
                folder.resolve("log").toString(), "-o", "-p " + port + " -k " + folder
                        + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"), asPostgres);
    }

    /** The admin's address of a database on this cluster. */
    public String adminUrl(String database) {
        return "postgresql://postgres:" + ADMIN_PASSWORD + "@127.0.0.1:" + port + "/" + database;
    }

    public String url(String database) {
        return "postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Makes a database on this cluster, as its admin. */
    public void createDatabase(String name) throws java.sql.SQLException {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("password", ADMIN_PASSWORD);
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port
                + "/postgres", properties); java.sql.Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
    }

    private List<String> command(String... words) {
        List<String> command = new ArrayList<>();
        if (asPostgres) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.addAll(List.of(words));
        return command;
    }

    private static void run(List<String> command, boolean root) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static Path installedBin() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString()
                            .replaceAll("\\D", "0")))).orElse(null);
        } catch (IOException unreadable) {
            return null;
        }
    }

    private static void skipOrFail(String message) {
        if ("1".equals(System.getenv("NEXUS_TEST_PG_REQUIRED"))) {
            Assertions.fail(message + " (NEXUS_TEST_PG_REQUIRED=1)");
        }
        Assumptions.abort(message);
    }

    @Override
    public void close() {
        try {
            run(command(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate",
                    "stop"), asPostgres);
        } catch (IOException | InterruptedException ignored) {
            // Removed below all the same.
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temp folder left behind.
        }
    }
}
