package org.projectnexus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.hub.TestHubServer;

/** Issue 27 on the command line, against the real PostgreSQL: set up a hub, join it from two homes, share, sync. */
class HubCommandsTest {

    private static TestHubServer server;

    @TempDir
    Path homes;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

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

    private int run(String home, Map<String, String> environment, String stdin, String... args) {
        int code = runQuietly(home, environment, stdin, args);
        if (code != 0) {
            System.out.println("exit " + code + ": " + err);
        }
        return code;
    }

    private int runQuietly(String home, Map<String, String> environment, String stdin, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = homes.resolve(home).toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return NexusCli.create((path, report) -> { }, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                environment, new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
    }

    private int run(String home, String... args) {
        return run(home, Map.of(), "", args);
    }

    private String lastLine() {
        List<String> lines = out.toString().lines().toList();
        return lines.get(lines.size() - 1);
    }

    private String oneLineError() {
        assertThat(err.toString().lines()).hasSize(1);
        return err.toString();
    }

    @Test
    void twoHomesShareEditAndSyncThroughTheHub() throws Exception {
        String ann = server.member("ann");
        String bob = server.member("bob");
        assertThat(run("admin", "hub", "init", server.adminUrl(), "--team", "cohort")).isZero();
        assertThat(out.toString()).contains("has the team “cohort” now");
        assertThat(run("admin", "hub", "init", server.adminUrl(), "--team", "cohort")).isZero();
        assertThat(out.toString()).contains("had the team “cohort” already");
        assertThat(run("admin", "hub", "invite", server.adminUrl(), "--team", "cohort", "--member", ann)).isZero();
        String annPassword = lastLine();
        assertThat(annPassword).matches("[A-Za-z0-9]{24}");
        assertThat(run("admin", "hub", "invite", server.adminUrl(), "--team", "cohort", "--member", bob)).isZero();
        String bobPassword = lastLine();

        assertThat(run("ann", Map.of("NEXUS_HUB_PASSWORD", annPassword), "", "hub", "join", server.url(), "--team",
                "cohort", "--member", ann)).isZero();
        assertThat(run("bob", Map.of(), bobPassword + "\n", "hub", "join", "jdbc:" + server.url(), "--team", "cohort",
                "--member", bob)).isZero();

        assertThat(run("ann", Map.of(), "Resources and verbs.\n", "add", "--kind", "note", "--title", "REST")).isZero();
        assertThat(run("ann", "share", "REST")).isZero();
        assertThat(run("ann", Map.of(), "Resources, verbs and status codes.\n", "edit", "REST")).isZero();
        assertThat(run("ann", "hub", "status", "--json")).isZero();
        JsonNode status = new ObjectMapper().readTree(out.toString()).get(0);
        assertThat(status.get("pending").asInt()).isEqualTo(1);
        assertThat(status.get("team").asText()).isEqualTo("cohort");
        assertThat(out.toString()).doesNotContain(annPassword);

        assertThat(run("ann", "sync", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get(0).get("pushed").asInt()).isEqualTo(1);
        assertThat(run("bob", "sync")).isZero();
        assertThat(out.toString()).contains("1 received");
        assertThat(run("bob", "show", "REST")).isZero();
        assertThat(out.toString()).contains("Resources, verbs and status codes.");
        assertThat(run("ann", "history", "REST")).isZero();
        assertThat(out.toString().lines().count()).isGreaterThanOrEqualTo(2);

        assertThat(run("ann", Map.of(), "Pay. #private\n", "add", "--kind", "note", "--title", "Salary")).isZero();
        assertThat(run("ann", "share", "Salary")).isEqualTo(1);
        assertThat(oneLineError()).contains("#private");
    }

    @Test
    void badInputGetsOneLineAndJoinsNothing() {
        String cara = server.member("cara");
        assertThat(run("admin", "hub", "init", server.adminUrl(), "--team", "other")).isZero();
        assertThat(run("admin", "hub", "invite", server.adminUrl(), "--team", "other", "--member", cara)).isZero();
        String password = lastLine();
        Map<String, String> env = Map.of("NEXUS_HUB_PASSWORD", password);

        assertThat(run("cara", env, "", "hub", "join", server.url(), "--team", "nosuch", "--member", cara)).isEqualTo(1);
        assertThat(oneLineError()).contains("has no team “nosuch”");
        assertThat(run("cara", env, "", "hub", "join", "mysql://x/y", "--team", "other", "--member", cara)).isEqualTo(1);
        assertThat(oneLineError()).contains("is not a hub address");
        assertThat(run("cara", env, "", "hub", "join", "postgresql://127.0.0.1:1/db", "--team", "other", "--member",
                cara)).isEqualTo(1);
        assertThat(oneLineError()).contains("cannot be reached");
        assertThat(run("cara", env, "", "hub", "join", server.url().replace(server.adminAddress().database(),
                "nosuchdb"), "--team", "other", "--member", cara)).isEqualTo(1);
        assertThat(oneLineError()).contains("no database");
        assertThat(run("cara", env, "", "hub", "join", server.url(), "--team", "other", "--member", "Bad Name"))
                .isEqualTo(1);
        assertThat(oneLineError()).contains("cannot be a member's name");
        assertThat(run("admin", "hub", "invite", server.adminUrl(), "--team", "other", "--member", "postgres"))
                .isEqualTo(1);
        assertThat(oneLineError()).contains("already has a role");

        assertThat(run("cara", "hub", "status")).isZero();
        assertThat(out.toString()).contains("joined no team");
        assertThat(run("cara", "sync")).isEqualTo(1);
    }
}
