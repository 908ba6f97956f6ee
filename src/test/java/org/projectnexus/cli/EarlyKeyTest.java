package org.projectnexus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.OpeningOptions;
import org.projectnexus.model.EntryKind;

/**
 * A given password is read before parsing and its file key derived meanwhile (ADR 50): the command opens with that
 * very password, read once, and refuses a wrong one as before.
 */
class EarlyKeyTest {

    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path home;

    @TempDir
    Path elsewhere;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private OpeningOptions early;

    @BeforeEach
    void encrypted() {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC(),
                OpeningOptions.DEFAULT.withPassword(PASSWORD.toCharArray()))) {
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Private").withText("Private", "x"));
        }
    }

    /** Prepares as the process does ({@link NexusCli#prepare}), with this environment and standard input. */
    private ConsoleInput prepare(Map<String, String> environment, String stdin, String... args) {
        ConsoleInput input = new ConsoleInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null,
                environment);
        early = EarlyKey.start(input, new PrintWriter(err, true), args);
        return input;
    }

    private int run(ConsoleInput input, String... args) {
        return NexusCli.forArguments(new NexusCommand((path, report) -> { }, input, early), new PrintWriter(out, true),
                new PrintWriter(err, true), args).execute(args);
    }

    @Test
    void aPasswordInTheEnvironmentStartsTheKeyAndTheCommandOpensWithIt() {
        String[] args = {"--home", home.toString(), "list"};
        ConsoleInput input = prepare(Map.of("NEXUS_PASSWORD", PASSWORD), "", args);

        assertThat(early).isNotNull();
        assertThat(early.keyAhead()).isNotNull();
        assertThat(run(input, args)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Private");
    }

    @Test
    void aPasswordFileIsReadOnceBeforeParsing() throws Exception {
        Path file = Files.writeString(elsewhere.resolve("password"), PASSWORD + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        String[] args = {"list", "--home=" + home, "--password-file", file.toString()};
        ConsoleInput input = prepare(Map.of(), "", args);
        Files.writeString(file, "another password altogether\n"); // a second reading would now be refused

        assertThat(run(input, args)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Private");
        assertThat(err.toString().split("other users can read", -1)).as("warned once: read once").hasSize(2);
    }

    @Test
    void aWrongPasswordGivenEarlyIsRefusedAsBefore() {
        String[] args = {"--home", home.toString(), "list"};
        ConsoleInput input = prepare(Map.of("NEXUS_PASSWORD", "correct horse battery stapler"), "", args);

        assertThat(run(input, args)).isEqualTo(1);
        assertThat(err.toString()).contains("does not open");
    }

    @Test
    void nothingStartsWithoutAGivenPasswordOrForAPlainKnowledgeBaseOrAnotherCommand() {
        String[] typed = {"--home", home.toString(), "list"};
        ConsoleInput input = prepare(Map.of(), PASSWORD + "\n", typed);
        assertThat(early).isNull();
        assertThat(run(input, typed)).as("the password typed after parsing").isZero();
        assertThat(out.toString()).contains("Private");

        prepare(Map.of("NEXUS_PASSWORD", PASSWORD), "", "--home", elsewhere.toString(), "list");
        assertThat(early).as("plain").isNull();
        prepare(Map.of("NEXUS_PASSWORD", PASSWORD), "", "--home", home.toString(), "decrypt");
        assertThat(early).as("a command that reads its own password").isNull();
    }

    @Test
    void readsTheOptionsBothWaysAndNothingAfterTheEndOfOptions() {
        assertThat(EarlyKey.optionValue(new String[] {"list", "--home", "a"}, "--home")).isEqualTo("a");
        assertThat(EarlyKey.optionValue(new String[] {"--home=b", "list"}, "--home")).isEqualTo("b");
        assertThat(EarlyKey.optionValue(new String[] {"list", "--", "--home", "c"}, "--home")).isNull();
        assertThat(EarlyKey.optionValue(new String[] {"list", "--homely", "d"}, "--home")).isNull();
    }
}
