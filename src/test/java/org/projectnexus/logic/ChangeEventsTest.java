package org.projectnexus.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.backup.BackupPolicy;
import org.projectnexus.logic.exchange.ConflictPolicy;
import org.projectnexus.model.ChangeEvent;
import org.projectnexus.model.ChangeEvent.Change;
import org.projectnexus.model.ChangeEvent.How;
import org.projectnexus.model.DuplicateTitleException;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.ReviewRating;
import org.projectnexus.model.Progress;
import org.projectnexus.model.Tag;

/** Each committed change is announced once, after the commit, saying which entries changed and how (ADR 33). */
class ChangeEventsTest {

    @TempDir
    Path home;

    private KnowledgeBase knowledgeBase;
    private final List<ChangeEvent> announced = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        knowledgeBase = KnowledgeBase.open(home.resolve("kb"), Clock.systemUTC());
        knowledgeBase.onChange(announced::add);
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    private Entry note(String title, String body) {
        return knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, title).withText(title, body));
    }

    private Change onlyChange() {
        assertThat(announced).hasSize(1);
        assertThat(announced.get(0).changes()).hasSize(1);
        return announced.get(0).changes().get(0);
    }

    @Test
    void aSaveIsAnnouncedWithTheTagsBeforeAndAfter() {
        Entry note = note("Caching", "Keep it warm. #backend/caching");
        announced.clear();

        knowledgeBase.entries().save(note.withText("Caching", "Keep it warm. #performance"));

        Change change = onlyChange();
        assertThat(change.how()).isEqualTo(How.UPDATED);
        assertThat(change.tagsBefore()).containsExactly(new Tag("backend/caching"));
        assertThat(change.tagsAfter()).containsExactly(new Tag("performance"));
        assertThat(change.before().title()).isEqualTo("Caching");
        assertThat(change.after().updated()).isAfterOrEqualTo(change.before().updated());
    }

    @Test
    void aRenameIsOneEventWithTheEntriesWhoseLinksItRewrote() {
        Entry target = note("Redis", "An in-memory store.");
        Entry source = note("Caching", "Use [[Redis]].");
        announced.clear();

        knowledgeBase.entries().save(target.withText("Redis cache", target.body()));

        assertThat(announced).hasSize(1);
        assertThat(announced.get(0).changes()).extracting(Change::id, Change::how)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(target.id(), How.RENAMED),
                        org.assertj.core.groups.Tuple.tuple(source.id(), How.UPDATED));
        Change renamed = announced.get(0).changes().stream().filter(change -> change.how() == How.RENAMED)
                .findFirst().orElseThrow();
        assertThat(renamed.before().title()).isEqualTo("Redis");
        assertThat(renamed.after().title()).isEqualTo("Redis cache");
    }

    @Test
    void creatingTrashingAndRestoringAreAnnouncedAsSuch() {
        Entry note = note("Queues", "Decouple producers. #messaging");
        assertThat(onlyChange().how()).isEqualTo(How.CREATED);
        assertThat(onlyChange().before()).isNull();
        assertThat(onlyChange().tagsAfter()).containsExactly(new Tag("messaging"));
        announced.clear();

        knowledgeBase.entries().delete(note.id());
        assertThat(onlyChange().how()).isEqualTo(How.TRASHED);
        assertThat(onlyChange().after()).isNull();
        assertThat(onlyChange().tagsBefore()).containsExactly(new Tag("messaging"));
        announced.clear();

        knowledgeBase.safety().restoreFromTrash(note.id());
        assertThat(onlyChange().how()).isEqualTo(How.RESTORED);
        assertThat(onlyChange().tagsAfter()).containsExactly(new Tag("messaging"));
    }

    @Test
    void aFailedChangeAnnouncesNothing() {
        note("Taken", "");
        Entry other = note("Other", "");
        announced.clear();

        assertThatThrownBy(() -> knowledgeBase.entries().save(other.withText("taken", "")))
                .isInstanceOf(DuplicateTitleException.class);
        assertThat(announced).isEmpty();
    }

    @Test
    void anImportIsOneEventOfImportedEntries() throws Exception {
        Path vault = Files.createDirectories(home.resolve("vault"));
        Files.writeString(vault.resolve("One.md"), "First. #a\n");
        Files.writeString(vault.resolve("Two.md"), "Second. #b\n");

        knowledgeBase.exchange().importFrom(vault, ConflictPolicy.RENAME, Progress.none());

        assertThat(announced).hasSize(1);
        assertThat(announced.get(0).changes()).extracting(change -> change.after().title(), Change::how)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("One", How.IMPORTED),
                        org.assertj.core.groups.Tuple.tuple("Two", How.IMPORTED));
    }

    @Test
    void restoringABackupSaysThatEverythingChanged() {
        note("Before the backup", "");
        Path zip = knowledgeBase.safety().backups(BackupPolicy.DEFAULT).backUpNow().file();
        note("After the backup", "");
        announced.clear();

        knowledgeBase.safety().restoreBackup(zip);

        assertThat(announced).containsExactly(ChangeEvent.everything());
        assertThat(knowledgeBase.entries().findByTitle("After the backup")).isEmpty();
    }

    @Test
    void aRatingAndAMarkForReviewAreAnnouncedAsReviewsChangedWithNoEntryChanged() {
        Entry takeaway = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.TAKEAWAY, "Measure first")
                .withText("Measure first", "Profile before you optimise."));
        Entry note = note("Caching", "Keep it warm.");
        announced.clear();

        knowledgeBase.learning().review().review(takeaway, ReviewRating.GOOD);
        knowledgeBase.learning().review().mark(note, true);
        knowledgeBase.learning().review().mark(note, true); // already under review: nothing stored, nothing said

        assertThat(announced).hasSize(2).allSatisfy(event -> {
            assertThat(event.reviews()).isTrue();
            assertThat(event.touchesEntries()).isFalse();
            assertThat(event.changes()).isEmpty();
        });
        assertThat(knowledgeBase.entries().find(note.id()).orElseThrow().meta().version())
                .isEqualTo(note.meta().version());
    }

    @Test
    void aSubscriberThatFailsDoesNotKeepTheOthersFromHearingTheCommit() {
        // Without isolation the subscriber after the failing one would miss the commit.
        List<ChangeEvent> heardAfter = new CopyOnWriteArrayList<>();
        knowledgeBase.onChange(event -> {
            throw new IllegalStateException("a subscriber broke");
        });
        knowledgeBase.onChange(heardAfter::add);
        announced.clear();

        assertThatThrownBy(() -> note("Queues", "Decouple the producers. #backend"))
                .isInstanceOf(IllegalStateException.class).hasMessage("a subscriber broke");

        assertThat(heardAfter).hasSize(1);
        assertThat(announced).hasSize(1);
        assertThat(knowledgeBase.entries().findByTitle("Queues")).isPresent(); // committed before it was announced
    }
}
