package org.projectnexus.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.starter.StarterContent;
import org.projectnexus.model.Progress;

/** Publishing over SSH to a server started by the test (Apache MINA sshd), with a generated key. */
class SshPublishTest {

    @TempDir
    Path temp;

    @Test
    void theHubIsPushedOverSshWithTheUsersKeyAndTheHostItKnows() throws Exception {
        Path bare = temp.resolve("hub.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        Path ssh = temp.resolve("home/.ssh");
        try (GitSshServer server = new GitSshServer(ssh);
             KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            knowledgeBase.exchange().addStarterContentIfNew(new StarterContent());
            String remote = "ssh://git@127.0.0.1:" + server.port() + bare;
            PublishRequest request = PublishRequest.to(temp.resolve("published")).withRemote(remote).withSshDirectory(ssh);
            PublishPlan plan = knowledgeBase.publishing().plan(request);
            assertThat(plan.first()).isTrue();
            PublishResult result = knowledgeBase.publishing().publish(plan, true, () -> null, Progress.none());

            assertThat(result.problem()).isNull();
            assertThat(result.pushed()).isTrue();
            try (Git published = Git.open(bare.toFile())) {
                assertThat(published.getRepository().resolve("refs/heads/main").name()).isEqualTo(result.commit());
            }
            assertThat(Files.readString(temp.resolve("published/README.md"))).contains("git clone https://127.0.0.1/");
        }
    }

    @Test
    void anUnknownHostIsRefusedNotTrusted() throws Exception {
        Path bare = temp.resolve("hub.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        Path ssh = temp.resolve("home/.ssh");
        try (GitSshServer server = new GitSshServer(ssh);
             KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            Files.delete(ssh.resolve("known_hosts"));
            knowledgeBase.exchange().addStarterContentIfNew(new StarterContent());
            String remote = "ssh://git@127.0.0.1:" + server.port() + bare;
            PublishRequest request = PublishRequest.to(temp.resolve("published")).withRemote(remote).withSshDirectory(ssh);
            PublishResult result = knowledgeBase.publishing().publish(knowledgeBase.publishing().plan(request), true,
                    () -> null, Progress.none());
            assertThat(result.pushed()).isFalse();
            assertThat(result.problem()).contains("could not be reached").doesNotContain("\n");
            assertThat(result.commit()).isNotNull();
        }
    }
}
