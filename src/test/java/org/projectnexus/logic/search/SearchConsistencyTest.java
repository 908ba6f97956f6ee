package org.projectnexus.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.logic.KnowledgeBaseFiles;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.SearchHit;

/** The index follows the database through saves, renames and deletes, and catches up after a crash. */
class SearchConsistencyTest {

    @TempDir
    Path home;

    @Test
    void aSaveARenameAndADeleteAreSearchableAtOnce() {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            Entry added = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Idempotency")
                    .withText("Idempotency", "Retries need idempotent handlers."));
            assertThat(titles(knowledgeBase, "idempotent")).containsExactly("Idempotency");

            Entry saved = knowledgeBase.entries().save(added.withText("Idempotency", "Retries need deduplication keys."));
            assertThat(titles(knowledgeBase, "idempotent")).isEmpty();
            assertThat(titles(knowledgeBase, "deduplication")).containsExactly("Idempotency");

            knowledgeBase.entries().save(saved.withText("Idempotent consumers", saved.body()));
            assertThat(titles(knowledgeBase, "title:idempotency")).isEmpty();
            assertThat(titles(knowledgeBase, "title:consumers")).containsExactly("Idempotent consumers");

            knowledgeBase.entries().delete(added.id());
            assertThat(titles(knowledgeBase, "deduplication")).isEmpty();
        }
    }

    /** The window's close: search stopped first, then the last reads of its indexing lane, then the database. */
    @Test
    void searchStoppedAheadOfTheCloseLeavesTheDatabaseReadableAndTheCloseQuiet() {
        KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
        knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Backpressure")
                .withText("Backpressure", "Slow consumers push back."));
        assertThat(titles(knowledgeBase, "consumers")).containsExactly("Backpressure");

        knowledgeBase.finding().stopSearch();
        assertThat(knowledgeBase.finding().quickSwitch("backpr", List.of(), 5)).hasSize(1);
        assertThat(knowledgeBase.finding().synchronizeSearch((done, total) -> { })).isZero();
        knowledgeBase.close(); // closes the search index a second time: nothing to do
        assertThat(KnowledgeBase.open(home, Clock.systemUTC())).satisfies(reopened -> {
            try (reopened) {
                assertThat(titles(reopened, "consumers")).containsExactly("Backpressure");
            }
        });
    }

    @Test
    void theTrashTakesAnEntryOutOfSearchAndRestoringPutsItBack() {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            Entry added = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Backpressure")
                    .withText("Backpressure", "Slow consumers push back."));
            knowledgeBase.entries().delete(added.id());
            assertThat(titles(knowledgeBase, "consumers")).isEmpty();
            assertThat(knowledgeBase.finding().quickSwitch("backpr", List.of(), 5)).isEmpty();
            knowledgeBase.safety().restoreFromTrash(added.id());
            assertThat(titles(knowledgeBase, "consumers")).containsExactly("Backpressure");
            assertThat(knowledgeBase.finding().quickSwitch("backpr", List.of(), 5)).hasSize(1);
        }
    }

    @Test
    void anEncryptedKnowledgeBaseKeepsItsIndexInMemoryOnly() throws IOException {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Secret").withText("Secret", "zebracorn plans"));
        }
        assertThat(home.resolve(KnowledgeBase.SEARCH_FOLDER)).exists();
        char[] password = "correct-horse".toCharArray();
        KnowledgeBaseFiles.changeEncryption(home, null, password);
        assertThat(home.resolve(KnowledgeBase.SEARCH_FOLDER)).doesNotExist();
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC(),
                org.projectnexus.logic.OpeningOptions.DEFAULT.withPassword(password.clone()))) {
            knowledgeBase.finding().synchronizeSearch((done, total) -> { });
            assertThat(titles(knowledgeBase, "zebracorn")).containsExactly("Secret");
        }
        assertThat(home.resolve(KnowledgeBase.SEARCH_FOLDER)).doesNotExist();
    }

    @Test
    void aRenameRewritesTheLinkingEntriesInTheIndexToo() {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            Entry target = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Redis").withText("Redis", "x"));
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Caching").withText("Caching", "Use [[Redis]]."));
            knowledgeBase.entries().save(target.withText("Valkey", "x"));
            assertThat(titles(knowledgeBase, "valkey")).containsExactlyInAnyOrder("Valkey", "Caching");
        }
    }

    @Test
    void afterAKilledProcessTheIndexCatchesUpWithEveryAcknowledgedChange() throws Exception {
        runChildAndKillIt(30);
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            int fixed = knowledgeBase.finding().synchronizeSearch((done, total) -> { });
            assertThat(fixed).as("the killed process never committed its index").isPositive();
            for (int i = 0; i < 30; i++) {
                String title = "Crash note " + i;
                if (i % 5 == 0) {
                    assertThat(titles(knowledgeBase, "\"" + title + "\"")).as(title).isEmpty();
                } else if (i % 3 == 0) {
                    assertThat(titles(knowledgeBase, "edited" + i)).as(title).containsExactly(title);
                    assertThat(titles(knowledgeBase, "marker" + i)).as(title).isEmpty();
                } else {
                    assertThat(titles(knowledgeBase, "marker" + i)).as(title).containsExactly(title);
                }
            }
            assertThat(knowledgeBase.finding().synchronizeSearch((done, total) -> { })).isZero();
        }
    }

    @Test
    void savesDuringARebuildEndUpInTheIndexOnceEach() throws Exception {
        storeBulkNotesWithoutIndex(3000);
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            Thread rebuild = new Thread(() -> knowledgeBase.finding().synchronizeSearch((done, total) -> { }));
            rebuild.start();
            java.util.Random random = new java.util.Random(1);
            List<String> words = new ArrayList<>();
            while (rebuild.isAlive() || words.size() < 20) {
                Entry entry = knowledgeBase.entries().findByTitle("Bulk " + random.nextInt(3000)).orElseThrow();
                String word = "edited" + words.size();
                knowledgeBase.entries().save(entry.withText(entry.title(), entry.body() + " " + word));
                words.add(word);
            }
            rebuild.join();
            for (String word : words) {
                assertThat(knowledgeBase.finding().search(word, 5).total()).as(word).isEqualTo(1);
            }
            assertThat(knowledgeBase.finding().search("original", 5).total()).isEqualTo(3000);
        }
    }

    @Test
    void closingDuringARebuildLeavesAnIndexThatOpensAndFinishes() throws Exception {
        storeBulkNotesWithoutIndex(4000);
        // Lucene's merge threads report a broken writer as an uncaught exception: collect those. (The interrupted
        // write that broke the writer, seen once in five closes of a 10,000-entry window, depends on timing: this
        // test checks the behaviour of a close mid-rebuild; it does not reproduce that failure reliably.)
        List<Throwable> uncaught = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> uncaught.add(failure));
        try {
            KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
            java.util.concurrent.CountDownLatch underWay = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.atomic.AtomicReference<Throwable> rebuildFailure = new java.util.concurrent.atomic.AtomicReference<>();
            Thread rebuild = new Thread(() -> {
                try {
                    knowledgeBase.finding().synchronizeSearch((done, total) -> {
                        if (done > 0) {
                            underWay.countDown();
                        }
                    });
                } catch (RuntimeException failure) {
                    rebuildFailure.set(failure);
                }
            });
            rebuild.start();
            assertThat(underWay.await(60, TimeUnit.SECONDS)).isTrue();
            knowledgeBase.close(); // mid-rebuild: the running batches finish, the rest are dropped
            rebuild.join(60_000);
            assertThat(rebuild.isAlive()).isFalse();
            assertThat(rebuildFailure.get()).isNull();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
        assertThat(uncaught).isEmpty();
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            knowledgeBase.finding().synchronizeSearch((done, total) -> { });
            assertThat(knowledgeBase.finding().search("original", 5).total()).isEqualTo(4000);
        }
    }

    /** Stores {@code count} notes "Bulk i" ("original text i"), then removes the search index. */
    private void storeBulkNotesWithoutIndex(int count) throws IOException {
        List<Entry> drafts = new ArrayList<>();
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            for (int i = 0; i < count; i++) {
                drafts.add(knowledgeBase.entries().draft(EntryKind.NOTE, "Bulk " + i).withText("Bulk " + i, "original text " + i));
            }
            knowledgeBase.entries().addAll(drafts);
        }
        deleteIndex();
    }

    /** Leaves the knowledge base without a search index (the index opens on first use, so there may be none yet). */
    private void deleteIndex() throws IOException {
        if (!Files.exists(home.resolve(KnowledgeBase.SEARCH_FOLDER))) {
            return;
        }
        try (Stream<Path> files = Files.walk(home.resolve(KnowledgeBase.SEARCH_FOLDER))) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void aDamagedIndexIsRebuiltFromTheDatabase() throws IOException {
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Sharding").withText("Sharding", "Split by key."));
        }
        Path index = home.resolve(KnowledgeBase.SEARCH_FOLDER);
        try (Stream<Path> files = Files.list(index)) {
            for (Path file : files.toList()) {
                Files.write(file, "not a lucene file".getBytes(StandardCharsets.UTF_8));
            }
        }
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            List<String> progress = new ArrayList<>();
            knowledgeBase.finding().synchronizeSearch((done, total) -> progress.add(done + "/" + total));
            assertThat(progress).contains("1/1");
            assertThat(titles(knowledgeBase, "split")).containsExactly("Sharding");
        }
    }

    private void runChildAndKillIt(int count) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SearchCrashChild.class.getName(), home.toString(), String.valueOf(count))
                .redirectErrorStream(true).start();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals("ready")) {
                // logging and warnings of the child
            }
            assertThat(line).as("the child process reached the end of its work").isEqualTo("ready");
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> titles(KnowledgeBase knowledgeBase, String query) {
        return knowledgeBase.finding().search(query, 50).hits().stream().map(SearchHit::title).toList();
    }
}
