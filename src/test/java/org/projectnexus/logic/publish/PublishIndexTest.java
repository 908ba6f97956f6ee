package org.projectnexus.logic.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.Progress;

/**
 * The working copy's index after a publish must describe the files as written, not "smudged": Git re-reads and
 * hashes every smudged file at the next index write, which made the first publish after a first publish of 10,000
 * entries cost a second more (issue 23). Files written in the very instant the index is locked may still be
 * smudged, as Git itself does; a publish that locked the index before writing its pages smudged every one.
 */
class PublishIndexTest {

    private static final int PAGES = 200;

    @TempDir
    Path temp;

    @Test
    void aFirstPublishLeavesTheIndexDescribingItsFiles() throws Exception {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(temp.resolve("kb"), Clock.systemUTC())) {
            var entries = knowledgeBase.entries();
            for (int i = 0; i < PAGES; i++) {
                entries.add(entries.draft(EntryKind.NOTE, "Page " + i).withText("Page " + i, "Text of page " + i + ".\n"));
            }
            Path folder = temp.resolve("published");
            var plan = knowledgeBase.publishing().plan(PublishRequest.to(folder));
            knowledgeBase.publishing().publish(plan, true, () -> null, Progress.none());

            try (Git git = Git.open(folder.toFile())) {
                DirCache index = git.getRepository().readDirCache();
                int smudged = 0;
                for (int i = 0; i < index.getEntryCount(); i++) {
                    smudged += index.getEntry(i).isSmudged() ? 1 : 0;
                }
                assertThat(index.getEntryCount()).isGreaterThan(PAGES);
                assertThat(smudged).as("index entries smudged of %d", index.getEntryCount())
                        .isLessThan(index.getEntryCount() / 2);
                assertThat(git.status().call().isClean()).isTrue();
            }
        }
    }
}
