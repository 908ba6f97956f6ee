package org.projectnexus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.OpeningOptions;

/** Issue 28, point 2: with the password on standard input, the body that follows it arrives whole. */
class PipedPasswordTest {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    Path home;

    @TempDir
    Path elsewhere;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(byte[] stdin, Map<String, String> environment, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = Stream.concat(Stream.of("--home", home.toString()), Stream.of(args)).toArray(String[]::new);
        return NexusCli.create((path, startupReport) -> { }, new ByteArrayInputStream(stdin), environment,
                new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
    }

    private int run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), Map.of(), args);
    }

    /** About 20 KB: more than any reader's buffer, each line numbered so a lost start shows. */
    private static String body(String marker) {
        StringBuilder body = new StringBuilder();
        for (int line = 0; line < 800; line++) {
            body.append(marker).append(" line ").append(line).append(" of the body\n");
        }
        return body.toString();
    }

    private String stored(String title) {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC(),
                OpeningOptions.DEFAULT.withPassword(PASSWORD.toCharArray()))) {
            return knowledgeBase.entries().findByTitle(title).orElseThrow().body();
        }
    }

    @BeforeEach
    void encrypted() {
        assertThat(run("", "list")).isZero();
        assertThat(run(PASSWORD + "\n" + PASSWORD + "\n", "encrypt")).isZero();
    }

    @Test
    void aBodyPipedAfterThePasswordIsStoredWhole() {
        String body = body("piped");
        assertThat(body.length()).isGreaterThan(20_000);

        assertThat(run(PASSWORD + "\n" + body, "add", "--kind", "note", "--title", "Piped")).isZero();

        assertThat(stored("Piped")).isEqualTo(body);
    }

    @Test
    void markdownPipedAfterThePasswordIsRenderedWhole() {
        assertThat(run(PASSWORD + "\r\n" + body("rendered"), "render", "-")).isZero();
        assertThat(out.toString()).contains("rendered line 0 of the body").contains("rendered line 799 of the body");
    }

    @Test
    void thePasswordMayComeFromTheEnvironmentOrAFile() throws Exception {
        String body = body("from the environment");
        assertThat(run(body.getBytes(StandardCharsets.UTF_8), Map.of("NEXUS_PASSWORD", PASSWORD),
                "add", "--kind", "note", "--title", "Environment")).isZero();
        assertThat(stored("Environment")).isEqualTo(body);

        Path file = Files.writeString(elsewhere.resolve("password.txt"), PASSWORD + "\n");
        body = body("from a file");
        assertThat(run(body, "--password-file", file.toString(), "add", "--kind", "note", "--title", "File")).isZero();
        assertThat(stored("File")).isEqualTo(body);
        assertThat(run("", "show", "File", "--password-file", file.toString())).isZero();

        Files.writeString(file, "not it at all\n");
        assertThat(run("", "--password-file", file.toString(), "list")).isEqualTo(1);
        assertThat(err.toString()).contains("password does not open");
        assertThat(run("", "--password-file", elsewhere.resolve("missing").toString(), "list")).isEqualTo(1);
        assertThat(err.toString()).contains("cannot be read");
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedRatherThanSavedChanged() {
        byte[] password = (PASSWORD + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1);
        byte[] stdin = new byte[password.length + latin1.length];
        System.arraycopy(password, 0, stdin, 0, password.length);
        System.arraycopy(latin1, 0, stdin, password.length, latin1.length);

        assertThat(run(stdin, Map.of(), "add", "--kind", "note", "--title", "Latin")).isEqualTo(1);

        assertThat(err.toString()).contains("not UTF-8").contains("nothing was saved");
        assertThat(run(PASSWORD + "\n", "show", "Latin")).isEqualTo(1);
    }
}
