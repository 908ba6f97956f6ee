package org.projectnexus.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.starter.StarterContent;
import org.projectnexus.model.Progress;

/**
 * A remote over HTTP that wants a token (issue 23), as GitHub does: the token is asked for once, when the server
 * asks for it, and is never written anywhere: not in {@code .git/config}, the settings, the log or the database.
 */
class TokenPublishTest {

    private static final String TOKEN = "ghp_s3cr3tT0ken";

    @TempDir
    Path temp;

    @Test
    void theTokenIsAskedForOnceSentAndNeverWritten() throws Exception {
        Path bare = bare();
        AtomicInteger asked = new AtomicInteger();
        try (GitHttpServer server = new GitHttpServer(bare, TOKEN)) {
            PublishResult result = publish(server.address(), () -> {
                asked.incrementAndGet();
                return TOKEN.toCharArray();
            });

            assertThat(result.problem()).isNull();
            assertThat(result.pushed()).isTrue();
            assertThat(asked).hasValue(1);
            assertThat(server.passwordsSeen()).contains(TOKEN);
            try (Git published = Git.open(bare.toFile())) {
                assertThat(published.getRepository().resolve("refs/heads/main").name()).isEqualTo(result.commit());
            }
            assertThat(Files.readString(temp.resolve("published/.git/config"))).contains(server.address())
                    .doesNotContain(TOKEN);
            noFileHolds(TOKEN);
        }
    }

    @Test
    void aTokenWrittenIntoTheAddressIsUsedThenStrippedBeforeItIsStored() throws Exception {
        Path bare = bare();
        try (GitHttpServer server = new GitHttpServer(bare, TOKEN)) {
            String withToken = server.address().replace("http://", "http://x-access-token:" + TOKEN + "@");
            PublishResult result = publish(withToken, () -> null);

            assertThat(result.problem()).isNull();
            assertThat(result.pushed()).isTrue();
            assertThat(result.remote()).isEqualTo(server.address());
            noFileHolds(TOKEN);
        }
    }

    @Test
    void aWrongTokenIsRefusedInOneLineAndTheCommitStays() throws Exception {
        Path bare = bare();
        try (GitHttpServer server = new GitHttpServer(bare, TOKEN)) {
            PublishResult result = publish(server.address(), "wrong-token"::toCharArray);

            assertThat(result.pushed()).isFalse();
            assertThat(result.problem()).contains("refused the credentials").contains("check the token")
                    .doesNotContain("\n").doesNotContain("wrong-token").doesNotContain("Exception");
            assertThat(result.commit()).isNotNull();
            noFileHolds("wrong-token");
        }
    }

    private PublishResult publish(String remote, java.util.function.Supplier<char[]> token) throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            knowledgeBase.exchange().addStarterContentIfNew(new StarterContent());
            PublishRequest request = PublishRequest.to(temp.resolve("published")).withRemote(remote);
            return knowledgeBase.publishing().publish(knowledgeBase.publishing().plan(request), true, token,
                    Progress.none());
        }
    }

    private Path bare() throws Exception {
        Path bare = temp.resolve("hub.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        return bare;
    }

    private void noFileHolds(String secret) throws Exception {
        try (var files = Files.walk(temp)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(temp.resolve("hub.git")))
                    .toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(secret);
            }
        }
    }
}
