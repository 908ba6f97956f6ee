package org.projectnexus.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.Progress;

/**
 * The remote is remembered with the repository it was used for: a publish to another folder, without a remote,
 * never fetches from or pushes to the remote of the folder published to before, then or at its next publish.
 */
class RememberedRemoteTest {

    @TempDir
    Path temp;

    @Test
    void aRemoteStaysWithItsRepository() throws Exception {
        Path remote = temp.resolve("remote.git");
        Git.init().setBare(true).setInitialBranch("main").setDirectory(remote.toFile()).call().close();
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            var entries = knowledgeBase.entries();
            entries.add(entries.draft(EntryKind.NOTE, "Redis").withText("Redis", "A cache.\n"));
            var publishing = knowledgeBase.publishing();
            PublishResult pushed = publishing.publish(publishing.plan(PublishRequest.to(first)
                    .withRemote(remote.toString())), true, () -> null, Progress.none());
            assertThat(pushed.pushed()).isTrue();
            ObjectId remoteHead = head(remote);

            PublishResult elsewhere = publishing.publish(publishing.plan(PublishRequest.to(second)), true, () -> null,
                    Progress.none());
            entries.add(entries.draft(EntryKind.NOTE, "Valkey").withText("Valkey", "A fork.\n"));
            PublishResult again = publishing.publish(publishing.plan(PublishRequest.to(second)), true, () -> null,
                    Progress.none());

            assertThat(elsewhere.remote()).isNull();
            assertThat(again.remote()).isNull();
            assertThat(again.problem()).isNull();
            assertThat(again.commit()).isNotNull();
            assertThat(publishing.settings().remote()).isNull();
            assertThat(head(remote)).isEqualTo(remoteHead);
            try (Git git = Git.open(second.toFile())) {
                assertThat(git.getRepository().getConfig().getSubsections("remote")).isEmpty();
            }

            // Back to the first folder without naming its remote: its own remote is used, and remembered again.
            PublishResult back = publishing.publish(publishing.plan(PublishRequest.to(first)), true, () -> null,
                    Progress.none());
            assertThat(back.pushed()).isTrue();
            assertThat(publishing.settings().remote()).isEqualTo(remote.toString());
            assertThat(head(remote)).isNotEqualTo(remoteHead);
        }
    }

    private static ObjectId head(Path bare) throws Exception {
        try (Git git = Git.open(bare.toFile())) {
            return git.getRepository().resolve("refs/heads/main");
        }
    }
}
