package org.projectnexus.logic;

import org.projectnexus.model.NexusException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.starter.StarterContent;
import org.projectnexus.logic.store.Database;
import org.projectnexus.model.DuplicateTitleException;
import org.projectnexus.logic.store.KnowledgeBaseFacts;
import org.projectnexus.model.StaleEntryException;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.IndexedEntry;
import org.projectnexus.model.Tag;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.TakeawayCategory;
import org.projectnexus.model.WikiLink;

class KnowledgeBaseTest {

    @TempDir
    Path home;

    private KnowledgeBase knowledgeBase;

    @BeforeEach
    void open() {
        knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    @Test
    void aChallengeKeepsItsOwnFieldsAcrossReopening() {
        Challenge draft = ((Challenge) knowledgeBase.entries().draft(EntryKind.CHALLENGE, "Slow API"))
                .withDetails("Requests take **3 s**", "Cache with [[Redis]]", ChallengeStatus.SOLVED);
        Entry stored = knowledgeBase.entries().add(draft.withText("Slow API", "Context #performance"));
        knowledgeBase.close();

        knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
        Challenge found = (Challenge) knowledgeBase.entries().find(stored.id()).orElseThrow();
        assertThat(found.problem()).isEqualTo("Requests take **3 s**");
        assertThat(found.solution()).isEqualTo("Cache with [[Redis]]");
        assertThat(found.status()).isEqualTo(ChallengeStatus.SOLVED);
        assertThat(found.body()).isEqualTo("Context #performance");
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.meta().created()).isEqualTo(stored.meta().created());
    }

    @Test
    void aChallengeIsIndexedByItsBodysFrontMatterAndAllItsSections() {
        Challenge draft = ((Challenge) knowledgeBase.entries().draft(EntryKind.CHALLENGE, "Slow API"))
                .withDetails("Seen under #load", "Cache with [[Redis]]", ChallengeStatus.SOLVED);
        Entry stored = knowledgeBase.entries().add(draft.withText("Slow API",
                "---\ntags: [backend/api]\naliases: [Latency spike]\n---\nContext #performance"));

        IndexedEntry indexed = knowledgeBase.entries().indexed(stored);
        assertThat(indexed.tags()).extracting(Tag::name).containsExactlyInAnyOrder("backend/api", "load", "performance");
        assertThat(indexed.aliases()).containsExactly("Latency spike");
        assertThat(indexed.links()).extracting(WikiLink::target).containsExactly("Redis");
    }

    @Test
    void challengesAnEarlierBuildIndexedWithoutTheirBodysFrontMatterAreIndexedAgainOnOpening() {
        Challenge draft = ((Challenge) knowledgeBase.entries().draft(EntryKind.CHALLENGE, "Slow API"))
                .withDetails("Seen under load", "Cached", ChallengeStatus.SOLVED);
        knowledgeBase.entries().add(draft.withText("Slow API", "---\ntags: [backend/api]\n---\nContext"));
        knowledgeBase.close();
        try (Database database = Database.open(home)) { // as an earlier build left it
            database.inTransaction(connection -> connection.createStatement().executeUpdate("DELETE FROM entry_tag")
                    + connection.createStatement().executeUpdate("DELETE FROM knowledge_base_fact WHERE fact_name = '"
                            + KnowledgeBaseFacts.CHALLENGE_FRONT_MATTER_INDEXED + "'"));
        }

        knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
        assertThat(knowledgeBase.connections().tagCounts()).containsEntry("backend/api", 1);
    }

    @Test
    void aTakeawayKeepsItsCategory() {
        Takeaway draft = ((Takeaway) knowledgeBase.entries().draft(EntryKind.TAKEAWAY, "Test early"))
                .withCategory(TakeawayCategory.BEST_PRACTICE);
        Entry stored = knowledgeBase.entries().add(draft);
        assertThat(((Takeaway) knowledgeBase.entries().find(stored.id()).orElseThrow()).category())
                .isEqualTo(TakeawayCategory.BEST_PRACTICE);
    }

    @Test
    void titlesAreUniqueIgnoringCaseWithAClearMessage() {
        knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "REST APIs"));
        assertThatThrownBy(() -> knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.TAKEAWAY, "rest apis")))
                .isInstanceOf(DuplicateTitleException.class)
                .hasMessageContaining("already exists");
        Entry other = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "GraphQL"));
        assertThatThrownBy(() -> knowledgeBase.entries().save(other.withText("Rest APIS", "")))
                .isInstanceOf(DuplicateTitleException.class);
        assertThat(knowledgeBase.entries().findByTitle("graphql")).isPresent();
    }

    @Test
    void titlesThatWouldBreakLinksAreRefused() {
        assertThatThrownBy(() -> knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "A [[b]]")))
                .isInstanceOf(NexusException.class).hasMessageContaining("cannot contain");
        assertThatThrownBy(() -> knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "   ")))
                .isInstanceOf(NexusException.class).hasMessage("An entry needs a title.");
    }

    @Test
    void savingIndexesTagsAndLinksAndKeepsThePreviousRevision() {
        Entry note = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Caching"));
        Entry saved = knowledgeBase.entries().save(note.withText("Caching",
                "Use #caching/redis, see [[Redis|the Redis note]] and [[System Design#Load balancing]].\n"
                        + "`#notatag` and `[[not a link]]` in code do not count:\n```\n#nope [[Nope]]\n```"));

        IndexedEntry indexed = knowledgeBase.entries().indexedEntries(Optional.empty()).get(0);
        assertThat(indexed.entry()).isEqualTo(saved);
        assertThat(indexed.tags()).containsExactly(new Tag("caching/redis"));
        assertThat(indexed.links()).containsExactly(new WikiLink("Redis", "", "the Redis note"),
                new WikiLink("System Design", "Load balancing", ""));
        assertThat(saved.version()).isEqualTo(2);
        assertThat(knowledgeBase.safety().revisionCount(note.id())).isEqualTo(1);
    }

    @Test
    void linksResolveByAliasAndTagsIncludeNestedOnes() {
        Entry rest = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "REST APIs")
                .withText("REST APIs", "---\naliases: [REST, RESTful]\ntags: [api]\n---\nAbout #api/rest\n"));
        knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Other").withText("Other", "#backend"));
        assertThat(knowledgeBase.entries().findByTitle("restful")).map(Entry::id).contains(rest.id());
        assertThat(knowledgeBase.rendering().linkTargets().exists("rest")).isTrue();
        assertThat(knowledgeBase.rendering().linkTargets().exists("soap")).isFalse();
        assertThat(knowledgeBase.connections().entriesTagged(new Tag("api"))).containsExactly(rest.id());
        assertThat(knowledgeBase.connections().entriesTagged(new Tag("ap"))).isEmpty();
        assertThat(knowledgeBase.connections().tags()).containsExactly(new Tag("api"), new Tag("api/rest"), new Tag("backend"));
        String page = knowledgeBase.rendering().fragment(knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Linker")
                .withText("Linker", "[[RESTful]] and [[SOAP]]")));
        assertThat(page).contains("class=\"wikilink\"", "class=\"wikilink unresolved\"");
    }

    @Test
    void aSaveOverAStaleVersionIsRefusedAndChangesNothing() {
        Entry note = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Docker"));
        knowledgeBase.entries().save(note.withText("Docker", "first edit"));
        assertThatThrownBy(() -> knowledgeBase.entries().save(note.withText("Docker", "edit of an old copy")))
                .isInstanceOf(StaleEntryException.class);
        assertThat(knowledgeBase.entries().find(note.id()).orElseThrow().body()).isEqualTo("first edit");
    }

    @Test
    void starterContentFillsANewKnowledgeBaseOnceOnly() {
        assertThat(knowledgeBase.exchange().addStarterContentIfNew(new StarterContent())).isTrue();
        var entries = knowledgeBase.entries().indexedEntries(Optional.empty());
        assertThat(entries).hasSizeGreaterThanOrEqualTo(20);
        assertThat(entries).extracting(e -> e.entry().kind()).contains(EntryKind.values());
        assertThat(entries).allSatisfy(e -> assertThat(e.tags()).isNotEmpty());
        assertThat(entries).allSatisfy(e -> assertThat(e.links()).isNotEmpty());

        entries.forEach(e -> knowledgeBase.entries().delete(e.entry().id()));
        assertThat(knowledgeBase.exchange().addStarterContentIfNew(new StarterContent())).isFalse();
        assertThat(knowledgeBase.entries().summaries()).isEmpty();
    }

    @Test
    void everyStarterLinkNamesAStarterEntry() {
        knowledgeBase.exchange().addStarterContentIfNew(new StarterContent());
        var entries = knowledgeBase.entries().indexedEntries(Optional.empty());
        var titles = entries.stream().map(e -> WikiLink.titleKey(e.entry().title())).toList();
        assertThat(entries.stream().flatMap(e -> e.links().stream()).map(WikiLink::targetKey))
                .allSatisfy(target -> assertThat(titles).contains(target));
    }

    @Test
    void theListShowsTheMostRecentlyUpdatedFirst() {
        SteppingClock clock = new SteppingClock();
        knowledgeBase.close();
        knowledgeBase = KnowledgeBase.open(home, clock);
        Entry older = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Older"));
        knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Newer"));
        assertThat(knowledgeBase.entries().summaries()).extracting(s -> s.title()).containsExactly("Newer", "Older");
        knowledgeBase.entries().save(older.withText("Older", "touched last"));
        assertThat(knowledgeBase.entries().summaries()).extracting(s -> s.title()).containsExactly("Older", "Newer");
    }

    @Test
    void savingUnchangedTextWritesNoNewVersion() {
        Entry note = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Same"));
        assertThat(knowledgeBase.entries().save(note)).isEqualTo(note);
        assertThat(knowledgeBase.safety().revisionCount(note.id())).isZero();
    }

    /** A clock that moves one second forward each time it is read. */
    private static final class SteppingClock extends Clock {
        private java.time.Instant now = java.time.Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public synchronized java.time.Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }
    }
}
