package org.projectnexus.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.starter.StarterContent;
import org.projectnexus.model.Progress;

/**
 * SSH keys as users keep them (issue 23): a key with a passphrase, asked for only when the key is tried, and a key
 * held by the user's ssh-agent (OpenSSH's own, started by the test) with no key file left in {@code ~/.ssh}.
 */
class SshKeysPublishTest {

    private static final String PASSPHRASE = "a long pass phrase";

    @TempDir
    Path temp;

    @Test
    void aKeyWithAPassphraseIsUnlockedByTheAnswerAskedForThatKey() throws Exception {
        List<String> asked = new ArrayList<>();
        PublishResult result = publishWithKey(PASSPHRASE, key -> {
            asked.add(key);
            return PASSPHRASE.toCharArray();
        });
        assertThat(result.problem()).isNull();
        assertThat(result.pushed()).isTrue();
        assertThat(asked).hasSize(1).allSatisfy(key -> assertThat(key).endsWith("id_ecdsa"));
    }

    @Test
    void aWrongPassphraseIsAskedAgainThenTheKeyIsSkippedWithOneLine() throws Exception {
        List<String> asked = new ArrayList<>();
        PublishResult result = publishWithKey(PASSPHRASE, key -> {
            asked.add(key);
            return "wrong".toCharArray();
        });
        assertThat(result.pushed()).isFalse();
        assertThat(result.problem()).contains("refused the credentials").doesNotContain("\n");
        assertThat(asked).hasSize(3);
        assertThat(result.commit()).as("the commit stays for the next publish").isNotNull();
    }

    @Test
    void noAnswerSkipsTheKey() throws Exception {
        PublishResult result = publishWithKey(PASSPHRASE, key -> null);
        assertThat(result.pushed()).isFalse();
        assertThat(result.problem()).contains("refused the credentials").doesNotContain("\n");
    }

    @Test
    void aKeyHeldByTheSshAgentIsUsedWithNoKeyFile() throws Exception {
        Path ssh = temp.resolve("home/.ssh");
        Path bare = bareRepository();
        Path socket = temp.resolve("agent.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString()).redirectErrorStream(true)
                .redirectOutput(temp.resolve("agent.log").toFile()).start();
        try (GitSshServer server = new GitSshServer(ssh)) {
            for (int wait = 0; wait < 100 && !Files.exists(socket); wait++) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
            assertThat(socket).as("ssh-agent's socket").exists();
            Path key = temp.resolve("elsewhere/id_ecdsa");
            Files.createDirectories(key.getParent());
            Files.move(ssh.resolve("id_ecdsa"), key);
            Files.delete(ssh.resolve("id_ecdsa.pub"));
            Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-------"));
            ProcessBuilder add = new ProcessBuilder("ssh-add", key.toString()).redirectErrorStream(true)
                    .redirectOutput(temp.resolve("ssh-add.log").toFile());
            add.environment().put("SSH_AUTH_SOCK", socket.toString());
            assertThat(add.start().waitFor()).as(Files.readString(temp.resolve("ssh-add.log"))).isZero();
            Files.writeString(ssh.resolve("config"), "Host *\n  IdentityAgent " + socket + "\n");
            List<String> asked = new ArrayList<>();

            PublishResult result = publish(server, ssh, bare, key2 -> {
                asked.add(key2);
                return null;
            });

            assertThat(result.problem()).isNull();
            assertThat(result.pushed()).isTrue();
            assertThat(asked).as("nothing to ask: the agent signs").isEmpty();
        } finally {
            agent.destroy();
        }
    }

    private PublishResult publishWithKey(String passphrase, java.util.function.Function<String, char[]> answer)
            throws Exception {
        Path ssh = temp.resolve("home/.ssh");
        Path bare = bareRepository();
        try (GitSshServer server = new GitSshServer(ssh, passphrase)) {
            return publish(server, ssh, bare, answer);
        }
    }

    private PublishResult publish(GitSshServer server, Path ssh, Path bare,
                                  java.util.function.Function<String, char[]> answer) throws IOException {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            knowledgeBase.exchange().addStarterContentIfNew(new StarterContent());
            String remote = "ssh://git@127.0.0.1:" + server.port() + bare;
            PublishRequest request = PublishRequest.to(temp.resolve("published")).withRemote(remote)
                    .withSshDirectory(ssh);
            return knowledgeBase.publishing().publish(knowledgeBase.publishing().plan(request), true,
                    PublishSecrets.of(() -> null, answer), Progress.none());
        }
    }

    private Path bareRepository() throws Exception {
        Path bare = temp.resolve("hub.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(bare.toFile()).call().close();
        return bare;
    }
}
