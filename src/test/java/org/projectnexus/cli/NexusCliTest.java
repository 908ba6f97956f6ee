package org.projectnexus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NexusCliTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path openedWindowOn;
    private boolean openedWithStartupReport;

    private int run(String stdin, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        // As the real process builds it: only the subcommand the arguments name, if they name one.
        return NexusCli.forArguments((path, startupReport) -> {
                    openedWindowOn = path;
                    openedWithStartupReport = startupReport;
                },
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), null,
                new PrintWriter(out, true), new PrintWriter(err, true), args).execute(args);
    }

    @Test
    void theCommandWordIsFoundPastOptionsAndTheHomeFolder() {
        assertThat(NexusCli.commandWord("--home", "/x", "import", "vault")).isEqualTo("import");
        assertThat(NexusCli.commandWord("--home=/x", "list")).isEqualTo("list");
        assertThat(NexusCli.commandWord("--home", "list")).as("a folder named like a command").isNull();
        assertThat(NexusCli.commandWord("--startup-report")).isNull();
    }

    @Test
    void helpListsEveryCommandAndAMistypedOneIsRefusedWithASuggestion() {
        assertThat(run("", "--help")).isZero();
        assertThat(out.toString()).contains(NexusCli.SUBCOMMANDS.keySet());
        assertThat(run("", "--home", home.toString(), "imprt", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("imprt").contains("import");
        assertThat(run("", "--home", home.toString(), "import", "--help")).isZero();
        assertThat(out.toString()).contains("--on-conflict");
    }

    @Test
    void listJsonPrintsTheStarterKnowledgeBase() throws Exception {
        assertThat(run("", "--home", home.toString(), "list", "--json")).isZero();
        JsonNode entries = new ObjectMapper().readTree(out.toString());
        assertThat(entries.size()).isGreaterThanOrEqualTo(20);
        Set<String> kinds = new HashSet<>();
        entries.forEach(entry -> kinds.add(entry.get("kind").asText()));
        assertThat(kinds).containsExactlyInAnyOrder("note", "challenge", "takeaway");
        assertThat(entries.get(0).get("tags").size()).isPositive();
        assertThat(entries.get(0).get("links").size()).isPositive();
    }

    @Test
    void listShowsTheNewestFirstWithItsTags() {
        assertThat(run("About **gRPC**. #api/grpc\n", "--home", home.toString(), "add", "--kind", "note",
                "--title", "gRPC", "--tag", "rpc")).isZero();
        out.getBuffer().setLength(0);

        assertThat(run("", "--home", home.toString(), "list")).isZero();

        assertThat(out.toString().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
                .startsWith("Note                     gRPC  ").contains("#api/grpc", "#rpc"));
        assertThat(out.toString().lines()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void listFiltersByKind() {
        assertThat(run("", "--home", home.toString(), "list", "--kind", "challenge")).isZero();
        assertThat(out.toString().lines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith("Challenge"));
    }

    @Test
    void addThenShowGivesBackEveryField() throws Exception {
        int added = run("The queue *backs up*.\n", "--home", home.toString(), "add", "--kind", "challenge",
                "--title", "Queue backlog", "--tag", "messaging/rabbitmq", "--problem", "Workers too slow",
                "--solution", "Scale [[Celery]] workers", "--status", "SOLVED");
        assertThat(added).isZero();
        assertThat(run("", "--home", home.toString(), "show", "queue BACKLOG", "--json")).isZero();
        JsonNode entry = new ObjectMapper().readTree(out.toString());
        assertThat(entry.get("kind").asText()).isEqualTo("challenge");
        assertThat(entry.get("status").asText()).isEqualTo("solved");
        assertThat(entry.get("problem").asText()).isEqualTo("Workers too slow");
        assertThat(entry.get("body").asText()).contains("The queue *backs up*.", "#messaging/rabbitmq");
        assertThat(entry.get("tags").toString()).contains("messaging/rabbitmq");
        assertThat(entry.get("links").get(0).get("target").asText()).isEqualTo("Celery");
    }

    @Test
    void userErrorsGiveOneLineAndExitCodeOne() {
        assertThat(run("", "--home", home.toString(), "show", "No such entry")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("nexus: No entry is titled “No such entry”.\n");
        assertThat(run("", "--home", home.toString(), "add", "--kind", "note", "--title", "redis")).isEqualTo(1);
        assertThat(err.toString().lines()).hasSize(1).first().asString().contains("already exists");
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(run("", "--home", home.toString(), "list", "--kind", "poem")).isEqualTo(2);
        assertThat(err.toString()).contains("'poem' is not a kind of entry");
        assertThat(run("", "frobnicate")).isEqualTo(2);
    }

    @Test
    void renderPrintsThePreviewHtml() {
        assertThat(run("", "--home", home.toString(), "render", "REST APIs")).isZero();
        assertThat(out.toString()).startsWith("<!DOCTYPE html>").contains("<h1 class=\"entry-title\">REST APIs</h1>",
                "class=\"wikilink\"", "Content-Security-Policy");
    }

    @Test
    void renderDashRendersStandardInputAgainstTheKnowledgeBase() {
        assertThat(run("See [[Redis]] and [[Nowhere]].\n\n```java\nint x;\n```\n$E=mc^2$\n",
                "--home", home.toString(), "render", "-")).isZero();
        assertThat(out.toString()).contains("<a href=\"nexus://entry/Redis\" class=\"wikilink\"",
                "class=\"wikilink unresolved\"", "class=\"language-java\"", "class=\"math math-inline\"",
                "script-src 'sha256-");
    }

    @Test
    void checkReportsPlantedProblemsWithExitOneAndACleanBaseWithZero() throws Exception {
        assertThat(run("", "--home", home.toString(), "check")).isZero();
        assertThat(out.toString()).contains("No problems found.");
        run("See [[Nowhere]] and [[Redis#No such heading]].", "--home", home.toString(), "add", "--kind", "note",
                "--title", "Planted");
        run("", "--home", home.toString(), "add", "--kind", "note", "--title", "Empty one");
        assertThat(run("", "--home", home.toString(), "check", "--json")).isEqualTo(1);
        JsonNode findings = new ObjectMapper().readTree(out.toString());
        Set<String> problems = new HashSet<>();
        findings.forEach(finding -> problems.add(finding.get("problem").asText() + " " + finding.get("entry").asText()));
        assertThat(problems).contains("dangling-link Planted", "missing-heading Planted", "empty-entry Empty one",
                "orphan Empty one");
    }

    @Test
    void noCommandOpensTheWindowOnTheHomeFolder() {
        assertThat(run("", "--home", home.toString())).isZero();
        assertThat(openedWindowOn).isEqualTo(home);
        assertThat(openedWithStartupReport).isFalse();
    }

    @Test
    void startupReportOpensTheWindowAskingForTheReport() {
        assertThat(run("", "--startup-report", "--home", home.toString())).isZero();
        assertThat(openedWindowOn).isEqualTo(home);
        assertThat(openedWithStartupReport).isTrue();
    }

    @Test
    void startupReportIsNotAnOptionOfTheSubcommands() {
        assertThat(run("", "--home", home.toString(), "list", "--startup-report")).isEqualTo(2);
        assertThat(openedWindowOn).isNull();
    }

    @Test
    void versionNamesNexus() {
        assertThat(run("", "--version")).isZero();
        assertThat(out.toString()).startsWith("Nexus ");
    }

    @Test
    void searchFindsRanksAndFiltersLikeTheWindow() throws Exception {
        assertThat(run("", "--home", home.toString(), "search", "rabbitmq", "--json", "--limit", "3")).isZero();
        JsonNode results = new ObjectMapper().readTree(out.toString());
        assertThat(results.get("total").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(results.get("hits").size()).isEqualTo(3);
        assertThat(results.get("hits").get(0).get("title").asText()).isEqualTo("RabbitMQ");
        assertThat(results.get("hits").get(0).get("snippet").asText()).containsIgnoringCase("**rabbitmq**");

        assertThat(run("", "--home", home.toString(), "search", "kind:challenge", "rabbitmq")).isZero();
        assertThat(out.toString()).contains("(challenge)").doesNotContain("(note)");
    }

    @Test
    void searchSaysWhyAQueryIsWrongAndWhenNothingIsFound() {
        assertThat(run("", "--home", home.toString(), "search", "created:>last-week")).isEqualTo(1);
        assertThat(err.toString()).contains("created: needs a day written like 2026-01-31");
        assertThat(run("", "--home", home.toString(), "search", "zzzunfindable")).isEqualTo(1);
        assertThat(out.toString().strip()).isEqualTo("No entries match “zzzunfindable”.");
    }

    @Test
    void listShowsAChallengesStateAndATakeawaysCategory() {
        assertThat(run("Wrap it.\n", "--home", home.toString(), "add", "--kind", "takeaway", "--title",
                "Wrap errors", "--category", "BEST_PRACTICE")).isZero();
        assertThat(run("", "--home", home.toString(), "list", "--kind", "takeaway")).isZero();
        assertThat(out.toString().lines()).allSatisfy(line -> assertThat(line).matches(
                "Takeaway   (best practice|insight) +\\S.*"));
        assertThat(out.toString().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
                .isEqualTo("Takeaway   best practice Wrap errors"));
        assertThat(run("", "--home", home.toString(), "list", "--kind", "challenge")).isZero();
        assertThat(out.toString().lines()).isNotEmpty().allSatisfy(line -> assertThat(line).matches(
                "Challenge  (open|solved|verified|regressed) +\\S.*"));
    }

    /** Picocli lists each command with the first line of its description: that line must be a whole sentence. */
    @Test
    void everyCommandSummaryInTheHelpIsAWholeSentence() {
        assertThat(run("", "--help")).isZero();
        String help = out.toString();
        String commands = help.substring(help.indexOf("Commands:") + "Commands:".length());
        java.util.Map<String, String> summaries = new java.util.LinkedHashMap<>();
        String current = null;
        for (String line : commands.lines().filter(line -> !line.isBlank()).toList()) {
            java.util.regex.Matcher named = java.util.regex.Pattern.compile("^  (\\S+)\\s+(.*)$").matcher(line);
            if (named.matches()) {
                current = named.group(1);
                summaries.put(current, named.group(2).strip());
            } else {
                summaries.merge(current, line.strip(), (before, more) -> before + " " + more);
            }
        }
        assertThat(summaries.keySet()).containsExactlyElementsOf(NexusCli.SUBCOMMANDS.keySet());
        summaries.forEach((command, summary) -> assertThat(summary).as(command)
                .matches("[A-Z].*[.)]").doesNotEndWith(";").doesNotEndWith(" the"));
        for (Class<?> command : NexusCli.SUBCOMMANDS.values()) {
            String first = command.getAnnotation(picocli.CommandLine.Command.class).description()[0];
            assertThat(first).as(command.getSimpleName()).matches("[A-Z].*[\\w)/]\\.");
        }
    }
}
