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

    @Test
    void addFromNamesTheSourcesAndShowListsThemBothWays() throws Exception {
        assertThat(run("", "add", "--kind", "challenge", "--title", "Consumer lag")).isZero();
        assertThat(run("", "add", "--kind", "note", "--title", "Kafka notes")).isZero();
        assertThat(run("Use static membership.\n", "add", "--kind", "takeaway", "--title", "Pin identity",
                "--from", "consumer lag", "--from", "Kafka notes")).isZero();

        assertThat(run("", "show", "Consumer lag", "--json")).isZero();
        JsonNode challenge = new ObjectMapper().readTree(out());
        assertThat(challenge.get("takeaways").findValuesAsText("title")).isEmpty();
        assertThat(challenge.get("takeaways")).hasSize(1);
        assertThat(challenge.get("takeaways").get(0).asText()).isEqualTo("Pin identity");
        assertThat(run("", "show", "Pin identity", "--json")).isZero();
        JsonNode takeaway = new ObjectMapper().readTree(out());
        assertThat(takeaway.get("learnedFrom").get(0).asText()).isEqualTo("Consumer lag");
        assertThat(takeaway.get("learnedFrom").get(1).asText()).isEqualTo("Kafka notes");
        assertThat(takeaway.get("body").asText()).endsWith("Use static membership.\n");
        assertThat(run("", "show", "Pin identity")).isZero();
        assertThat(out()).contains("learned from: Consumer lag, Kafka notes");
        assertThat(run("", "show", "Consumer lag")).isZero();
        assertThat(out()).contains("takeaways: Pin identity");
    }

    @Test
    void addFromRefusesASourceThatIsNotThereAndAKindThatIsNotATakeaway() {
        assertThat(run("", "add", "--kind", "takeaway", "--title", "Orphan", "--from", "Nowhere")).isEqualTo(1);
        assertThat(err.toString()).contains("No entry is titled “Nowhere”");
        assertThat(run("", "add", "--kind", "note", "--title", "A note", "--from", "Nowhere")).isEqualTo(1);
        assertThat(err.toString()).contains("--kind takeaway");
        assertThat(run("", "show", "Orphan")).isEqualTo(1);
    }

    @Test
    void reviewListsWhatIsDueRecordsARatingAndMarksEntries() throws Exception {
        assertThat(run("", "add", "--kind", "takeaway", "--title", "Pin identity")).isZero();
        assertThat(run("", "add", "--kind", "note", "--title", "Kafka notes")).isZero();

        assertThat(run("", "review")).isZero();
        assertThat(out().lines()).contains("new         Takeaway   Pin identity"); // after the starter's takeaways
        assertThat(run("", "review", "pin identity", "--rating", "Good")).isZero();
        assertThat(out()).startsWith("Rated “Pin identity” good; next review on ");
        assertThat(run("", "review")).isZero();
        assertThat(out()).doesNotContain("Pin identity");
        assertThat(run("", "review", "--json")).isZero();
        for (JsonNode starter : new ObjectMapper().readTree(out())) {
            assertThat(run("", "review", starter.get("title").asText(), "--remove")).isZero();
        }
        assertThat(run("", "review")).isZero();
        assertThat(out()).isEqualTo("Nothing is due for review today." + System.lineSeparator());

        assertThat(run("", "review", "Kafka notes", "--rating", "good")).isEqualTo(1);
        assertThat(err.toString()).contains("is not under review");
        assertThat(run("", "review", "Kafka notes", "--add")).isZero();
        assertThat(out()).contains("“Kafka notes” is now under review.");
        assertThat(run("", "review", "--json")).isZero();
        JsonNode due = new ObjectMapper().readTree(out());
        assertThat(due).hasSize(1);
        assertThat(due.get(0).get("title").asText()).isEqualTo("Kafka notes");
        assertThat(due.get(0).get("kind").asText()).isEqualTo("note");

        assertThat(run("", "review", "Kafka notes", "--remove")).isZero();
        assertThat(run("", "review", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out())).isEmpty();
        assertThat(run("", "review", "Pin identity", "--json")).isZero();
        JsonNode card = new ObjectMapper().readTree(out());
        assertThat(card.get("underReview").asBoolean()).isTrue();
        assertThat(card.get("stability").asDouble()).isPositive();

        assertThat(run("", "review", "Pin identity", "--rating", "fine")).isEqualTo(2);
        assertThat(err.toString()).contains("use again, hard, good or easy");
        assertThat(run("", "review", "Pin identity", "--add", "--remove")).isEqualTo(2);
    }

    @Test
    void statsPrintsTheDashboardsFigures() throws Exception {
        assertThat(run("", "add", "--kind", "challenge", "--title", "Consumer lag", "--tag", "kafka")).isZero();
        assertThat(run("", "add", "--kind", "challenge", "--title", "Disk full", "--status", "solved")).isZero();
        assertThat(run("", "stats", "--json")).isZero();
        JsonNode stats = new ObjectMapper().readTree(out());
        assertThat(stats.get("weeks")).hasSize(12);
        assertThat(stats.get("challengesByState").get("open").get(11).asInt())
                .isEqualTo(stats.get("challengesNow").get("open").asInt());
        assertThat(stats.get("challengesNow").get("solved").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(stats.get("oldestOpen").findValuesAsText("title")).contains("Consumer lag");
        assertThat(stats.get("openChallengeTags").findValuesAsText("tag")).contains("kafka"); // beside the starter's
        assertThat(stats.get("takeawaysDue").asInt()).isPositive(); // the starter's takeaways, due at once
        assertThat(run("", "stats")).isZero();
        assertThat(out()).contains("Challenges now: ").contains("#kafka 1")
                .contains("Week of      written");
    }
}
