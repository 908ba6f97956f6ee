package org.projectnexus.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.SwitcherMatch;

class QuickSwitcherTest {

    @TempDir
    Path home;

    private KnowledgeBase knowledgeBase;
    private Entry redis;
    private Entry queues;

    @BeforeEach
    void fill() {
        knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC());
        redis = add("Redis caching", "---\\naliases: [Remote dictionary server]\\n---\\nIn memory.");
        queues = add("Message queues", "Brokers.");
        add("Réseau et sécurité", "Networks.");
        add("Rest APIs", "Resources.");
    }

    @AfterEach
    void close() {
        knowledgeBase.close();
    }

    @Test
    void matchesFuzzilyOnTitlesAndAliases() {
        assertThat(titles("rdscach")).containsExactly("Redis caching");
        assertThat(titles("msg q")).containsExactly("Message queues");
        List<SwitcherMatch> byAlias = knowledgeBase.finding().quickSwitch("dictionary", List.of(), 5);
        assertThat(byAlias).extracting(SwitcherMatch::title).containsExactly("Redis caching");
        assertThat(byAlias.get(0).alias()).isEqualTo("Remote dictionary server");
        assertThat(titles("reseau")).containsExactly("Réseau et sécurité");
    }

    @Test
    void aWholeWordAtTheStartBeatsScatteredLetters() {
        // Shorter titles first among equal starts.
        assertThat(titles("re")).startsWith("Rest APIs", "Redis caching", "Réseau et sécurité");
        assertThat(titles("queue")).containsExactly("Message queues");
        assertThat(titles("rest").get(0)).isEqualTo("Rest APIs");
    }

    @Test
    void recentEntriesComeFirst() {
        assertThat(titles("", List.of(queues.id(), redis.id())).subList(0, 2))
                .containsExactly("Message queues", "Redis caching");
        assertThat(titles("e", List.of(queues.id())).get(0)).isEqualTo("Message queues");
    }

    @Test
    void followsAddsRenamesAndDeletes() {
        assertThat(titles("kafka")).isEmpty();
        Entry kafka = add("Kafka", "Logs.");
        assertThat(titles("kafka")).containsExactly("Kafka");
        knowledgeBase.entries().save(kafka.withText("Apache Kafka", "Logs."));
        assertThat(titles("apache")).containsExactly("Apache Kafka");
        knowledgeBase.entries().delete(kafka.id());
        assertThat(titles("kafka")).isEmpty();
    }

    private Entry add(String title, String body) {
        return knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, title).withText(title, body.replace("\\n", "\n")));
    }

    private List<String> titles(String typed) {
        return titles(typed, List.of());
    }

    private List<String> titles(String typed, List<UUID> recent) {
        return knowledgeBase.finding().quickSwitch(typed, recent, 10).stream().map(SwitcherMatch::title).toList();
    }
}
