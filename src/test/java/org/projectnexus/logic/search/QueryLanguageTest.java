package org.projectnexus.logic.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.NexusException;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.EntryMeta;
import org.projectnexus.model.SearchHit;
import org.projectnexus.model.SearchResults;
import org.projectnexus.model.Takeaway;
import org.projectnexus.model.TakeawayCategory;

/** Every operator and filter of the query language, on a real index over a real database. */
class QueryLanguageTest {

    @TempDir
    Path home;

    private KnowledgeBase knowledgeBase;

    @BeforeEach
    void fill() {
        knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
        add(EntryKind.NOTE, "Redis caching", "Cache-aside with a TTL. #backend/caching", "2025-03-10");
        add(EntryKind.NOTE, "Message queues", "RabbitMQ and Kafka deliver messages; Redis streams too. #async",
                "2025-06-01");
        add(EntryKind.NOTE, "Café au lait", "Une note en français: l'été à Montréal. #personal", "2026-02-01");
        add(EntryKind.NOTE, "東京 notes", "東京タワー and Москва travel plans. #personal", "2026-02-02");
        Challenge slow = (Challenge) add(EntryKind.CHALLENGE, "Slow API",
                "Context. #backend", "2026-01-15");
        knowledgeBase.entries().save(slow.withDetails("Requests took three seconds under load",
                "Added a cache layer in front of the database", ChallengeStatus.SOLVED));
        add(EntryKind.CHALLENGE, "Flaky deploys", "Pipelines fail at random. #devops", "2026-03-01");
        Takeaway tip = (Takeaway) add(EntryKind.TAKEAWAY, "Measure before caching",
                "Profile first, then add a cache where it pays. #backend", "2026-04-01");
        knowledgeBase.entries().save(new Takeaway(tip.meta(), tip.title(), tip.body(), TakeawayCategory.BEST_PRACTICE));
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    @Test
    void everyWordMustMatch() {
        assertThat(titles("redis")).containsExactlyInAnyOrder("Redis caching", "Message queues");
        assertThat(titles("redis ttl")).containsExactly("Redis caching");
        assertThat(titles("redis nonexistentword")).isEmpty();
    }

    @Test
    void titleMatchesRankFirst() {
        assertThat(titles("caching")).first().isIn("Redis caching", "Measure before caching");
        assertThat(titles("queues redis")).containsExactly("Message queues");
        assertThat(titles("redis").get(0)).isEqualTo("Redis caching");
    }

    @Test
    void anExactPhraseMatchesOnlyInOrder() {
        assertThat(titles("\"cache layer\"")).containsExactly("Slow API");
        assertThat(titles("\"layer cache\"")).isEmpty();
    }

    @Test
    void aPrefixMatchesEveryWordStartingWithIt() {
        assertThat(titles("deliv*")).containsExactly("Message queues");
        assertThat(titles("cach*")).contains("Redis caching", "Slow API", "Measure before caching");
    }

    @Test
    void aMinusExcludes() {
        assertThat(titles("redis -kafka")).containsExactly("Redis caching");
        assertThat(titles("-kind:note")).containsExactlyInAnyOrder("Slow API", "Flaky deploys",
                "Measure before caching");
    }

    @Test
    void orMatchesEither() {
        assertThat(titles("kafka OR pipelines")).containsExactlyInAnyOrder("Message queues", "Flaky deploys");
        assertThat(titles("redis kafka OR ttl")).containsExactlyInAnyOrder("Message queues", "Redis caching");
    }

    @Test
    void filtersByKindStatusCategoryAndTitle() {
        assertThat(titles("kind:challenge")).containsExactlyInAnyOrder("Slow API", "Flaky deploys");
        assertThat(titles("kind:challenges status:open")).containsExactly("Flaky deploys");
        assertThat(titles("status:solved")).containsExactly("Slow API");
        assertThat(titles("category:best-practice")).containsExactly("Measure before caching");
        assertThat(titles("title:caching")).containsExactlyInAnyOrder("Redis caching", "Measure before caching");
        assertThat(titles("title:cache")).isEmpty();
    }

    @Test
    void aTagFilterIncludesNestedTags() {
        assertThat(titles("tag:backend")).containsExactlyInAnyOrder("Redis caching", "Slow API",
                "Measure before caching");
        assertThat(titles("tag:backend/caching")).containsExactly("Redis caching");
        assertThat(titles("tag:#async")).containsExactly("Message queues");
    }

    @Test
    void filtersByCreatedAndUpdatedDay() {
        assertThat(titles("created:<2025-06-01")).containsExactly("Redis caching");
        assertThat(titles("created:<=2025-06-01")).containsExactlyInAnyOrder("Redis caching", "Message queues");
        assertThat(titles("created:>2026-03-01")).containsExactly("Measure before caching");
        assertThat(titles("created:>=2026-03-01")).containsExactlyInAnyOrder("Flaky deploys",
                "Measure before caching");
        assertThat(titles("created:2026-02-01")).containsExactly("Café au lait");
        // The saves above stamped these two with today's time.
        assertThat(titles("updated:>2026-04-02")).containsExactlyInAnyOrder("Slow API", "Measure before caching");
    }

    @Test
    void accentsAndCaseDoNotMatterAndAnyScriptIsFound() {
        assertThat(titles("CAFE")).containsExactly("Café au lait");
        assertThat(titles("montreal ete")).containsExactly("Café au lait");
        assertThat(titles("москва")).containsExactly("東京 notes");
        assertThat(titles("東京")).containsExactly("東京 notes");
    }

    @Test
    void theFieldsOfEachKindAreSearched() {
        assertThat(titles("seconds")).containsExactly("Slow API");
        assertThat(titles("database layer")).containsExactly("Slow API");
    }

    @Test
    void snippetsMarkTheMatchingWords() {
        SearchHit hit = knowledgeBase.finding().search("kafka", 10).hits().get(0);
        assertThat(hit.snippet("[", "]")).contains("[Kafka]");
        assertThat(hit.titleRuns()).noneMatch(SearchHit.Marked::match);
        SearchHit titled = knowledgeBase.finding().search("redis ttl", 10).hits().get(0);
        assertThat(titled.titleRuns()).anyMatch(run -> run.match() && run.text().equals("Redis"));
    }

    @Test
    void facetsCountEveryMatchByKindAndTag() {
        SearchResults results = knowledgeBase.finding().search("cach*", 1);
        assertThat(results.hits()).hasSize(1);
        assertThat(results.total()).isEqualTo(3);
        assertThat(results.kinds()).containsEntry(EntryKind.NOTE, 1).containsEntry(EntryKind.CHALLENGE, 1)
                .containsEntry(EntryKind.TAKEAWAY, 1);
        assertThat(results.tags()).containsEntry("backend", 3).containsEntry("backend/caching", 1);
    }

    @Test
    void aBadFilterValueIsExplainedInWords() {
        assertThatThrownBy(() -> knowledgeBase.finding().search("created:>yesterday", 10))
                .isInstanceOf(NexusException.class).hasMessageContaining("2026-01-31");
        assertThatThrownBy(() -> knowledgeBase.finding().search("kind:recipe", 10))
                .isInstanceOf(NexusException.class).hasMessageContaining("note, challenge, takeaway");
    }

    @Test
    void halfTypedQueriesDoNotFail() {
        assertThat(titles("\"cache lay")).containsExactly("Slow API");
        assertThat(titles("redis OR")).hasSize(2);
        assertThat(titles("- * OR")).hasSize(7);
        assertThat(titles("http://example.com/#x")).isEmpty();
    }

    private Entry add(EntryKind kind, String title, String body, String day) {
        Instant at = Instant.parse(day + "T12:00:00Z");
        Entry draft = knowledgeBase.entries().draft(kind, title).withText(title, body);
        return knowledgeBase.entries().add(draft.withMeta(new EntryMeta(draft.id(), at, at, 0)));
    }

    private List<String> titles(String query) {
        return knowledgeBase.finding().search(query, 50).hits().stream().map(SearchHit::title).toList();
    }
}
