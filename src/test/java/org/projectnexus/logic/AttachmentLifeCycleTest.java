package org.projectnexus.logic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.history.RevisionThinning;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;

class AttachmentLifeCycleTest {

    @TempDir
    Path home;
    private KnowledgeBase knowledgeBase;

    @BeforeEach
    void open() {
        knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC(),
                OpeningOptions.DEFAULT.withThinning(new RevisionThinning(Duration.ZERO, Duration.ZERO, 2)));
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    private Entry note(String title, String body) {
        return knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, title).withText(title, body));
    }

    private void attach(Entry entry, String name) {
        knowledgeBase.attachments().attach(entry.id(), name,
                new ByteArrayInputStream(AttachmentsTest.fileBytes(name, 1000, name.hashCode())));
    }

    @Test
    void anAttachmentStaysWhileATrashedEntryUsesItAndGoesWhenTheTrashIsEmptied() {
        Entry entry = note("Trip", "![[map.png]]");
        attach(entry, "map.png");
        Entry keeper = note("Keeper", "![[kept.png]]");
        attach(keeper, "kept.png");

        knowledgeBase.entries().delete(entry.id());
        assertThat(knowledgeBase.attachments().collectUnused()).as("the trash still uses it").isEmpty();
        assertThat(knowledgeBase.attachments().listWithUses()).filteredOn(use -> use.attachment().name().equals("map.png"))
                .singleElement().satisfies(use -> assertThat(use.unused()).isTrue());

        knowledgeBase.safety().emptyTrash();

        assertThat(knowledgeBase.attachments().find("map.png")).isEmpty();
        assertThat(knowledgeBase.attachments().find("kept.png")).isPresent();
        assertThat(AttachmentTestDatabase.count(home, "attachment_content")).isEqualTo(1);
    }

    @Test
    void aRestoredEntryUsesItsAttachmentsAgain() {
        Entry entry = note("Trip", "![[map.png]]");
        attach(entry, "map.png");
        knowledgeBase.entries().delete(entry.id());
        knowledgeBase.safety().restoreFromTrash(entry.id());
        assertThat(knowledgeBase.attachments().listWithUses()).singleElement()
                .satisfies(use -> assertThat(use.entries()).extracting(summary -> summary.title()).containsExactly("Trip"));
    }

    @Test
    void anAttachmentOnlyARevisionUsesGoesWhenThinningDropsThatRevision() {
        Entry entry = note("Draft", "![[sketch.png]]");
        attach(entry, "sketch.png");
        entry = knowledgeBase.entries().save(entry.withText("Draft", "no picture any more"));
        assertThat(knowledgeBase.attachments().collectUnused()).as("a revision still shows it").isEmpty();
        assertThat(knowledgeBase.attachments().find("sketch.png")).isPresent();

        for (int i = 2; i <= 12; i++) {
            entry = knowledgeBase.entries().save(entry.withText("Draft", "version " + i));
        }

        assertThat(knowledgeBase.safety().history(entry.id()))
                .noneMatch(revision -> revision.entry().body().contains("sketch"));
        assertThat(knowledgeBase.attachments().find("sketch.png")).as("collected as history was thinned").isEmpty();
    }

    @Test
    void anAttachmentJustAttachedIsKeptBeforeItsEntryIsSaved() {
        Entry entry = note("Fresh", "");
        attach(entry, "fresh.png");
        knowledgeBase.safety().emptyTrash();
        assertThat(knowledgeBase.attachments().find("fresh.png")).isPresent();
    }

    @Test
    void removingAnAttachmentLeavesItsEmbedsShownAsMissing() {
        Entry entry = note("Trip", "![[map.png]]");
        attach(entry, "map.png");
        assertThat(knowledgeBase.attachments().remove("map.png")).isTrue();
        assertThat(knowledgeBase.rendering().fragment(entry)).contains("class=\"attachment-missing\"");
        assertThat(AttachmentTestDatabase.count(home, "attachment_content")).isZero();
    }
}
