package org.projectnexus.logic.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.Challenge;
import org.projectnexus.model.ChallengeStatus;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.Finding.Problem;
import org.projectnexus.model.Reference;
import org.projectnexus.model.Tag;

class ConnectionsTest {

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

    private Entry note(String title, String body) {
        return knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, title).withText(title, body));
    }

    @Test
    void renamingAnEntryRewritesEveryLinkToItKeepingHeadingsAndShownText() {
        Entry redis = note("Redis", "## Eviction\nLRU. Self: [[redis]]");
        Entry cache = note("Caching", "See [[Redis]], [[redis#Eviction]] and [[REDIS|the store]].\n`[[Redis]]` stays.");
        Challenge challenge = (Challenge) knowledgeBase.entries().add(((Challenge) knowledgeBase.entries().draft(EntryKind.CHALLENGE, "Slow"))
                .withDetails("Cache miss in [[Redis]]", "Warm [[Redis]]", ChallengeStatus.SOLVED));

        knowledgeBase.entries().save(redis.withText("Redis Cache", redis.body()));

        assertThat(knowledgeBase.entries().find(cache.id()).orElseThrow().body()).isEqualTo(
                "See [[Redis Cache]], [[Redis Cache#Eviction]] and [[Redis Cache|the store]].\n`[[Redis]]` stays.");
        Challenge rewritten = (Challenge) knowledgeBase.entries().find(challenge.id()).orElseThrow();
        assertThat(rewritten.problem()).isEqualTo("Cache miss in [[Redis Cache]]");
        assertThat(rewritten.solution()).isEqualTo("Warm [[Redis Cache]]");
        assertThat(knowledgeBase.entries().find(redis.id()).orElseThrow().body()).endsWith("Self: [[Redis Cache]]");
        assertThat(knowledgeBase.connections().check()).noneMatch(finding -> finding.problem() == Problem.DANGLING_LINK);
    }

    @Test
    void deletingAnEntryLeavesLinksToItVisiblyUnresolved() {
        Entry redis = note("Redis", "x");
        Entry cache = note("Caching", "See [[Redis]].");
        knowledgeBase.entries().delete(redis.id());
        assertThat(knowledgeBase.entries().find(cache.id()).orElseThrow().body()).isEqualTo("See [[Redis]].");
        assertThat(knowledgeBase.rendering().fragment(knowledgeBase.entries().find(cache.id()).orElseThrow()))
                .contains("wikilink unresolved");
        assertThat(knowledgeBase.connections().check()).anyMatch(finding -> finding.problem() == Problem.DANGLING_LINK
                && finding.entryTitle().equals("Caching") && finding.line() == 1);
    }

    @Test
    void backlinksCarryTheLineAroundTheLinkAndMentionsCanBeLinked() {
        Entry redis = note("Redis", "---\naliases: [key-value store]\n---\nIn memory.");
        note("Caching", "Intro\nWe cache sessions in [[Redis]] for speed.");
        Entry plain = note("Sessions", "Sessions live in a key-value store today.");

        assertThat(knowledgeBase.connections().backlinks(redis)).extracting(Reference::line, Reference::context)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "We cache sessions in [[Redis]] for speed."));
        assertThat(knowledgeBase.connections().unlinkedMentions(redis)).extracting(reference -> reference.source().title())
                .containsExactly("Sessions");

        knowledgeBase.connections().linkMention(plain.id(), redis);
        assertThat(knowledgeBase.entries().find(plain.id()).orElseThrow().body())
                .isEqualTo("Sessions live in a [[Redis|key-value store]] today.");
        assertThat(knowledgeBase.connections().unlinkedMentions(redis)).isEmpty();
        assertThat(knowledgeBase.connections().backlinks(redis)).hasSize(2);
    }

    @Test
    void renamingATagRewritesBodiesAndFrontMatterAndMergesIntoAnExistingTag() {
        Entry a = note("A", "---\ntags: [cache, other]\n---\nAbout #cache and #cache/redis, not #cacheable.\n```\n#cache\n```");
        Entry b = note("B", "Uses #store");
        TagRenaming renaming = knowledgeBase.connections().renameTag(new Tag("cache"), new Tag("store"));
        assertThat(renaming.changed()).isEqualTo(1);
        assertThat(knowledgeBase.entries().find(a.id()).orElseThrow().body()).isEqualTo(
                "---\ntags: [store, other]\n---\nAbout #store and #store/redis, not #cacheable.\n```\n#cache\n```");
        assertThat(knowledgeBase.connections().entriesTagged(new Tag("store"))).containsExactlyInAnyOrder(a.id(), b.id());
        assertThat(knowledgeBase.connections().entriesTagged(new Tag("cache"))).isEmpty();
        assertThat(knowledgeBase.safety().revisionCount(a.id())).isEqualTo(1);

        assertThat(knowledgeBase.connections().undo(renaming)).isEqualTo(1);
        assertThat(knowledgeBase.entries().find(a.id()).orElseThrow().body()).startsWith("---\ntags: [cache, other]\n---\nAbout #cache");
        assertThat(knowledgeBase.connections().entriesTagged(new Tag("cache"))).containsExactly(a.id());
        assertThat(knowledgeBase.safety().revisionCount(a.id())).isEqualTo(2);
    }

    @Test
    void undoingATagRenameLeavesEntriesEditedSinceAlone() {
        Entry a = note("A", "#cache");
        TagRenaming renaming = knowledgeBase.connections().renameTag(new Tag("cache"), new Tag("store"));
        Entry renamed = knowledgeBase.entries().find(a.id()).orElseThrow();
        knowledgeBase.entries().save(renamed.withText("A", "#store and more"));
        assertThat(knowledgeBase.connections().undo(renaming)).isZero();
        assertThat(knowledgeBase.entries().find(a.id()).orElseThrow().body()).isEqualTo("#store and more");
    }

    @Test
    void theChecksDidYouMeanFixRewritesTheLink() {
        note("Redis", "x [[Caching]]");
        Entry caching = note("Caching", "See [[Redsi|the cache]].");
        var finding = knowledgeBase.connections().check().stream().filter(f -> f.problem() == Problem.DANGLING_LINK).findFirst()
                .orElseThrow();
        assertThat(finding.closestTitle()).isEqualTo("Redis");
        knowledgeBase.connections().relink(finding.entryId(), finding.linkTarget(), finding.closestTitle());
        assertThat(knowledgeBase.entries().find(caching.id()).orElseThrow().body()).isEqualTo("See [[Redis|the cache]].");
        assertThat(knowledgeBase.connections().check()).noneMatch(f -> f.problem() == Problem.DANGLING_LINK);
    }

    @Test
    void theCheckFindsEachKindOfProblemAndSuggestsFixes() {
        note("Redis", "## Eviction\n[[Caching]]");
        note("Caching", "[[Redsi]] and [[Redis#Persistence]] and [[Store]] and [[Redis#Eviction]]");
        note("Memcached", "---\naliases: [Store, Redis]\n---\n[[Caching]]");
        note("Lonely", "nothing links here");
        note("Blank", "");

        var findings = knowledgeBase.connections().check();
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.problem()).isEqualTo(Problem.DANGLING_LINK);
            assertThat(f.fix()).contains("did you mean “Redis”");
        });
        assertThat(findings).anyMatch(f -> f.problem() == Problem.MISSING_HEADING && f.message().contains("Persistence"));
        assertThat(findings).noneMatch(f -> f.problem() == Problem.MISSING_HEADING && f.message().contains("Eviction"));
        assertThat(findings).anyMatch(f -> f.problem() == Problem.AMBIGUOUS_TARGET && f.message().contains("Memcached"));
        assertThat(findings).anyMatch(f -> f.problem() == Problem.ORPHAN && f.entryTitle().equals("Lonely"));
        assertThat(findings).anyMatch(f -> f.problem() == Problem.EMPTY_ENTRY && f.entryTitle().equals("Blank"));
        assertThat(findings).noneMatch(f -> f.problem() == Problem.ORPHAN && f.entryTitle().equals("Redis"));
    }

    @Test
    void theGraphHasResolvedLinksAsEdges() {
        Entry redis = note("Redis", "[[Nowhere]]");
        Entry cache = note("Caching", "[[redis]] [[Redis]]");
        var graph = knowledgeBase.connections().graph();
        assertThat(graph.nodes()).hasSize(2);
        assertThat(graph.edges()).containsExactly(new org.projectnexus.model.KnowledgeGraph.Edge(cache.id(), redis.id()));
        assertThat(Optional.of(graph)).isPresent();
    }
}
