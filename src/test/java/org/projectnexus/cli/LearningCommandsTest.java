package org.projectnexus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 26 on the command line: challenges' states, similar challenges, takeaways learned from them. */
class LearningCommandsTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    int run(String stdin, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = home.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return NexusCli.forArguments((path, report) -> { },
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null,
                new PrintWriter(out, true), new PrintWriter(err, true), all).execute(all);
    }

    String out() {
        return out.toString();
    }

    @Test
    void addTakesEveryStateInAnyCaseAndListShowsItInAColumn() {
        assertThat(run("", "add", "--kind", "challenge", "--title", "Held fix", "--status", "Verified")).isZero();
        assertThat(run("", "add", "--kind", "challenge", "--title", "Came back", "--status", "REGRESSED")).isZero();
        assertThat(run("", "add", "--kind", "challenge", "--title", "Fresh", "--status", "open")).isZero();
        assertThat(run("", "add", "--kind", "challenge", "--title", "Bad", "--status", "closed")).isEqualTo(2);
        assertThat(err.toString()).contains("open, solved, verified or regressed");

        assertThat(run("", "list", "--kind", "challenge")).isZero();
        assertThat(out().lines()).contains("Challenge  verified      Held fix", "Challenge  regressed     Came back",
                "Challenge  open          Fresh");
        assertThat(run("", "search", "status:verified")).isZero();
        assertThat(out()).contains("Held fix").doesNotContain("Came back");
    }

    @Test
    void showListsTheHistoryOfStates() throws Exception {
        assertThat(run("", "add", "--kind", "challenge", "--title", "Held fix", "--status", "solved")).isZero();
        assertThat(run("", "show", "held fix")).isZero();
        assertThat(out()).contains("status: solved").contains("created -> solved");
        assertThat(run("", "show", "held fix", "--json")).isZero();
        JsonNode states = new ObjectMapper().readTree(out()).get("states");
        assertThat(states).hasSize(1);
        assertThat(states.get(0).get("to").asText()).isEqualTo("solved");
        assertThat(states.get(0).get("at").asText()).isNotBlank();
    }

    @Test
    void similarReadsATitleOrAProblemOnStandardInputAndPrintsTheBestFirstWithScores() throws Exception {
        assertThat(run("", "add", "--kind", "challenge", "--title", "Consumer lag after deploys", "--problem",
                "The orders consumer group falls behind whenever a deploy triggers a Kafka partition rebalance",
                "--solution", "Static group membership", "--status", "solved")).isZero();
        assertThat(run("", "add", "--kind", "challenge", "--title", "Kafka disk full", "--problem",
                "Brokers fill the disk because topic retention is forever")).isZero();

        assertThat(run("Kafka consumers lag behind after each deploy while partitions rebalance\n", "similar", "-",
                "--limit", "1")).isZero();
        assertThat(out().lines().toList()).hasSize(1).first().asString()
                .matches("\\s*\\d+\\.\\d\\d  Challenge  solved     Consumer lag after deploys");

        assertThat(run("", "similar", "kafka disk full", "--json", "--limit", "20")).isZero();
        JsonNode matches = new ObjectMapper().readTree(out());
        JsonNode lag = null;
        for (JsonNode match : matches) {
            lag = match.get("title").asText().equals("Consumer lag after deploys") ? match : lag;
        }
        assertThat(lag).as("the other Kafka challenge is among the matches").isNotNull();
        assertThat(lag.get("solution").asText()).isEqualTo("Static group membership");
        assertThat(lag.get("score").asDouble()).isPositive();
        assertThat(matches.findValuesAsText("title")).doesNotContain("Kafka disk full");

        assertThat(run("", "similar", "nothing by this title")).isEqualTo(1);
        assertThat(run("", "similar", "-", "--limit", "0")).isEqualTo(1);
    }
}
