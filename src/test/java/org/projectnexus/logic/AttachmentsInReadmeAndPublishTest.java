package org.projectnexus.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.exchange.ExportFormat;
import org.projectnexus.logic.exchange.LinkStyle;
import org.projectnexus.logic.publish.PublishRequest;
import org.projectnexus.logic.publish.PublishResult;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.Progress;

/**
 * Issue 24, point 5 (ADR 46): a README export and a publish carry the images their pages show, in {@code
 * attachments/} beside them, every embed rewritten to a relative Markdown image that GitHub shows; a private entry's
 * image stays home, and an image no page shows any more leaves the repository.
 */
class AttachmentsInReadmeAndPublishTest {

    private static final Pattern MARKDOWN_IMAGE = Pattern.compile("!\\[[^\\]]*]\\(([^)\\s]+)[^)]*\\)");

    @TempDir
    Path temp;
    private KnowledgeBase knowledgeBase;
    private final byte[] diagram = AttachmentsTest.fileBytes("Architecture Diagram.png", 4000, 21);
    private final byte[] flow = AttachmentsTest.fileBytes("flow v2.png", 3000, 22);
    private final byte[] secret = AttachmentsTest.fileBytes("secret.png", 2000, 23);
    private final byte[] chart = AttachmentsTest.fileBytes("chart.png", 1000, 24);

    @BeforeEach
    void open() {
        knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    private Entry add(String title, String body) {
        return knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, title).withText(title, body));
    }

    private void attach(Entry entry, String name, byte[] bytes) {
        knowledgeBase.attachments().attach(entry.id(), name, new ByteArrayInputStream(bytes));
    }

    /** An overview the README shows whole (two images), a technology note with one, a private note with one. */
    private void hubWithImages() {
        Entry overview = add("Overview", "#readme/overview\n\nHow it fits together:\n\n![[Architecture Diagram.png|600]]"
                + "\n\nThe flow: ![the flow](Attachments/flow%20v2.png \"Flow\")\n");
        attach(overview, "Architecture Diagram.png", diagram);
        attach(overview, "flow v2.png", flow);
        Entry redis = add("Redis", "A cache. #technology/infrastructure-and-tools\n\n![[chart.png]]\n");
        attach(redis, "chart.png", chart);
        Entry diary = add("Diary", "#private\n\n![[secret.png]]\n");
        attach(diary, "secret.png", secret);
        knowledgeBase.attachments().attach(null, "unused.png",
                new ByteArrayInputStream(AttachmentsTest.fileBytes("unused.png", 100, 25)));
    }

    @Test
    void aReadmeExportWritesTheImagesItShowsBesideItAndEveryLinkResolves() throws Exception {
        hubWithImages();
        Path folder = Files.createDirectories(temp.resolve("export"));
        Path readme = folder.resolve("README.md");

        knowledgeBase.exchange().export(ExportFormat.README, readme, LinkStyle.MARKDOWN, Progress.none());

        String text = Files.readString(readme);
        assertThat(text).contains("![Architecture Diagram.png](attachments/Architecture%20Diagram.png)",
                "![the flow](attachments/flow%20v2.png \"Flow\")").doesNotContain("![[");
        List<String> targets = imageTargets(text);
        assertThat(targets).hasSize(2);
        for (String target : targets) {
            Path file = folder.resolve(URLDecoder.decode(target, StandardCharsets.UTF_8)).normalize();
            assertThat(file).as(target).exists().startsWith(folder);
        }
        assertThat(folder.resolve("attachments/Architecture Diagram.png")).hasBinaryContent(diagram);
        assertThat(folder.resolve("attachments/flow v2.png")).hasBinaryContent(flow);
        // Only what the README shows: not the private note's image, nor one no entry uses.
        try (var written = Files.list(folder.resolve("attachments"))) {
            assertThat(written.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("Architecture Diagram.png", "flow v2.png");
        }
    }

    @Test
    void aPublishCommitsTheImagesThePublishedPagesShowAndDropsThoseNoLongerShown() throws Exception {
        hubWithImages();
        Path bare = temp.resolve("hub.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        Path repository = temp.resolve("published");

        PublishResult first = publish(PublishRequest.to(repository).withRemote(bare.toString()));

        assertThat(first.pushed()).as(String.valueOf(first.problem())).isTrue();
        Path clone = temp.resolve("clone");
        try (Git git = Git.cloneRepository().setURI(bare.toUri().toString()).setDirectory(clone.toFile()).call()) {
            RevCommit head = git.log().call().iterator().next();
            assertThat(pathsIn(git, head)).contains("attachments/Architecture Diagram.png",
                    "attachments/flow v2.png", "attachments/chart.png", "notes/Redis.md", "notes/Overview.md")
                    .doesNotContain("attachments/secret.png", "attachments/unused.png", "notes/Diary.md");
        }
        assertThat(clone.resolve("attachments/chart.png")).hasBinaryContent(chart);
        assertThat(clone.resolve("attachments/Architecture Diagram.png")).hasBinaryContent(diagram);
        String page = Files.readString(clone.resolve("notes/Redis.md"));
        assertThat(page).contains("![chart.png](../attachments/chart.png)");
        for (Path file : List.of(clone.resolve("notes/Redis.md"), clone.resolve("notes/Overview.md"),
                clone.resolve("README.md"))) {
            List<String> targets = imageTargets(Files.readString(file));
            assertThat(targets).as(file.toString()).isNotEmpty();
            for (String target : targets) {
                assertThat(file.getParent().resolve(URLDecoder.decode(target, StandardCharsets.UTF_8)).normalize())
                        .as(file + " → " + target).exists().startsWith(clone);
            }
        }

        // The image leaves the page: the next publish removes it from the repository.
        Entry redis = knowledgeBase.entries().findByTitle("Redis").orElseThrow();
        knowledgeBase.entries().save(redis.withText("Redis", "A cache. #technology/infrastructure-and-tools\n"));
        PublishResult second = publish(PublishRequest.to(repository));
        assertThat(second.changes().deleted()).containsExactly("attachments/chart.png");
        try (Git git = Git.open(clone.toFile())) {
            git.pull().call();
            assertThat(pathsIn(git, git.log().call().iterator().next())).doesNotContain("attachments/chart.png")
                    .contains("attachments/Architecture Diagram.png");
        }
    }

    private PublishResult publish(PublishRequest request) {
        var plan = knowledgeBase.publishing().plan(request);
        return knowledgeBase.publishing().publish(plan, true, () -> null, Progress.none());
    }

    private static List<String> imageTargets(String markdown) {
        List<String> targets = new ArrayList<>();
        Matcher image = MARKDOWN_IMAGE.matcher(markdown);
        while (image.find()) {
            targets.add(image.group(1));
        }
        return targets;
    }

    private static List<String> pathsIn(Git git, RevCommit commit) throws Exception {
        List<String> paths = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(git.getRepository())) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            while (walk.next()) {
                paths.add(walk.getPathString());
            }
        }
        return paths;
    }
}
