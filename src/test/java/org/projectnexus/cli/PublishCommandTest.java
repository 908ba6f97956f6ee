package org.projectnexus.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.EntryKind;

/**
 * {@code nexus publish} against a bare repository on local disk, inspected with the {@code git} command line:
 * first publish, a change, no change, the remote ahead, the remote unreachable; privacy first throughout.
 */
class PublishCommandTest {

    @TempDir
    Path temp;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int nexus(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--home", temp.resolve("home").toString()));
        all.addAll(List.of(args));
        return NexusCli.create((path, report) -> { }, new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true)).execute(all.toArray(String[]::new));
    }

    private String git(Path folder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output.strip();
    }

    private Path bareRemote() throws Exception {
        Path remote = temp.resolve("remote.git");
        Files.createDirectories(remote);
        git(remote, "init", "--bare", "-q", "-b", "main");
        return remote;
    }

    @Test
    void aFirstPublishNeedsAYesThenPublishesTheHubAndAChangeTouchesOnlyItsFileAndTheReadme() throws Exception {
        Path remote = bareRemote();
        Path repo = temp.resolve("published");
        nexus("add", "--kind", "note", "--title", "Diary", "--tag", "private");
        nexus("add", "--kind", "note", "--title", "Journal", "--tag", "private/journal"); // nested: private too
        nexus("add", "--kind", "note", "--title", "Pirates", "--tag", "privateer"); // only a longer word: public

        // Without a terminal and without --yes nothing new goes out, and the command says why.
        assertThat(nexus("publish", "--repo", repo.toString(), "--remote", remote.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("never published before were held back", "--yes", "Python");
        assertThat(git(remote, "log", "--oneline", "--all")).isEmpty();

        assertThat(nexus("publish", "--repo", repo.toString(), "--remote", remote.toString(), "--yes",
                "--title", "Ada's Nexus", "--author", "Ada")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("entries added", "README updated", "pushed to " + remote);
        Path clone = temp.resolve("clone");
        git(temp, "clone", "-q", remote.toString(), clone.toString());
        assertThat(Files.readString(clone.resolve("README.md"))).startsWith("# Ada's Nexus\n").contains("*By Ada.*",
                "## 🛠️ Key Technologies", "[Python](notes/Python.md)");
        assertThat(clone.resolve("notes/Python.md")).exists();
        assertThat(clone.resolve("challenges/API performance bottlenecks.md")).exists();
        assertThat(clone.resolve(".gitignore")).exists();
        assertThat(clone.resolve("notes/Diary.md")).doesNotExist();
        assertThat(clone.resolve("notes/Journal.md")).doesNotExist();
        assertThat(clone.resolve("notes/Pirates.md")).exists();
        assertThat(git(clone, "log", "--format=%an|%s")).startsWith("Ada|33 entries added, README updated");

        // No change: no commit, and it says so.
        assertThat(nexus("publish")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Nothing changed");
        assertThat(git(remote, "rev-list", "--count", "main")).isEqualTo("1");

        // One entry changed: one commit touching its file (and the README only if its line changed).
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("home"), Clock.systemUTC())) {
            var docker = knowledgeBase.entries().findByTitle("Docker").orElseThrow();
            knowledgeBase.entries().save(docker.withText("Docker", docker.body() + "\nOne more line.\n"));
            var redis = knowledgeBase.entries().findByTitle("Redis").orElseThrow();
            knowledgeBase.entries().save(redis.withText("Redis", "Redis keeps data in memory.\n\n" + redis.body()));
        }
        assertThat(nexus("publish", "--message", "Notes of the week")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2 entries changed, README updated");
        git(clone, "pull", "-q");
        assertThat(git(clone, "show", "--name-only", "--format=%s", "HEAD").lines().filter(line -> !line.isBlank()))
                .containsExactly("Notes of the week", "README.md", "notes/Docker.md", "notes/Redis.md");
        assertThat(Files.readString(clone.resolve("README.md"))).contains("[Redis](notes/Redis.md): Redis keeps data in memory.");

        // A new entry is asked about again; --yes lets it out.
        nexus("add", "--kind", "note", "--title", "Kafka", "--tag", "technology/asynchronous-and-distributed-systems");
        assertThat(nexus("publish")).isEqualTo(1);
        assertThat(err.toString()).contains("1 entry never published before was held back", "Kafka");
        assertThat(nexus("publish", "--yes")).isZero();
        assertThat(out.toString()).contains("1 entry added, README updated");
    }

    @Test
    void aRemoteThatIsAheadIsPublishedOnTopOfAndAConflictingChangeIsNamed() throws Exception {
        Path remote = bareRemote();
        Path repo = temp.resolve("published");
        assertThat(nexus("publish", "--repo", repo.toString(), "--remote", remote.toUri().toString(), "--yes")).isZero();
        Path clone = temp.resolve("clone");
        git(temp, "clone", "-q", remote.toString(), clone.toString());
        git(clone, "config", "user.email", "t@example.org");
        git(clone, "config", "user.name", "Teammate");
        Files.writeString(clone.resolve("LICENSE"), "CC-BY-4.0\n");
        git(clone, "add", "LICENSE");
        git(clone, "commit", "-q", "-m", "Add a licence");
        git(clone, "push", "-q");

        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("home"), Clock.systemUTC())) {
            var docker = knowledgeBase.entries().findByTitle("Docker").orElseThrow();
            knowledgeBase.entries().save(docker.withText("Docker", docker.body() + "\nMore.\n"));
        }
        assertThat(nexus("publish")).as(err.toString()).isZero();
        git(clone, "pull", "-q");
        assertThat(git(clone, "log", "--format=%s")).isEqualTo("1 entry changed\nAdd a licence\n32 entries added, README updated");
        assertThat(clone.resolve("LICENSE")).exists();

        // Someone edits a generated page on the remote: Nexus names it instead of undoing it.
        Files.writeString(clone.resolve("notes/Python.md"), "edited on GitHub\n");
        git(clone, "commit", "-q", "-am", "Edit a page");
        git(clone, "push", "-q");
        assertThat(nexus("publish")).isEqualTo(1);
        assertThat(err.toString()).contains("notes/Python.md").doesNotContain("Exception").hasLineCount(1);
        assertThat(git(remote, "log", "-1", "--format=%s", "main")).isEqualTo("Edit a page");
    }

    @Test
    void anUnreachableRemoteKeepsTheCommitSaysSoInOneLineAndStoresNoSecret() throws Exception {
        Path repo = temp.resolve("published");
        String secretUrl = "https://nexus-user:s3cr3t-token@127.0.0.1:9/me/hub.git";
        assertThat(nexus("publish", "--repo", repo.toString(), "--remote", secretUrl, "--yes")).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("nexus: The remote https://127.0.0.1:9/me/hub.git could not be reached")
                .hasLineCount(1).doesNotContain("s3cr3t").doesNotContain("\tat ");
        assertThat(git(repo, "log", "--format=%s")).isEqualTo("32 entries added, README updated");
        assertThat(git(repo, "remote", "get-url", "origin")).isEqualTo("https://127.0.0.1:9/me/hub.git");
        assertThat(Files.readString(repo.resolve(".git/config"))).doesNotContain("s3cr3t");
        try (var files = Files.walk(temp.resolve("home"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain("s3cr3t");
            }
        }
        // The remote comes back: the waiting commit goes out (the README names the new remote: one more commit).
        Path remote = bareRemote();
        assertThat(nexus("publish", "--remote", remote.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("README updated; pushed to " + remote);
        assertThat(git(remote, "log", "--format=%s", "main")).endsWith("32 entries added, README updated");
    }

    @Test
    void aFolderWithFilesThatIsNoRepositoryIsRefused() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(folder.resolve("thesis.md"), "mine");
        assertThat(nexus("publish", "--repo", folder.toString(), "--yes")).isEqualTo(1);
        assertThat(err.toString()).contains("holds files and is no Git working copy");
        assertThat(folder.resolve("thesis.md")).hasContent("mine");
        assertThat(EntryKind.NOTE).isNotNull();
    }
}
