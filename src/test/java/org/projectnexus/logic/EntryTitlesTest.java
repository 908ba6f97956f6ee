package org.projectnexus.logic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.model.DuplicateTitleException;
import org.projectnexus.model.Entry;
import org.projectnexus.model.EntryKind;

/** The NFC and NFD spellings of a title are one title, for adding, finding and linking (issue 28, point 8). */
class EntryTitlesTest {

    private static final String CAFE_NFD = "Cafe\u0301";
    private static final String CAFE_NFC = "Caf\u00e9";

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
    void bothSpellingsOfCafeAreOneTitle() {
        Entry cafe = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, CAFE_NFD));
        assertThat(cafe.title()).isEqualTo(CAFE_NFC);
        assertThatThrownBy(() -> knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, CAFE_NFC)))
                .isInstanceOf(DuplicateTitleException.class);
        assertThat(knowledgeBase.entries().findByTitle(CAFE_NFD)).get().extracting(Entry::id).isEqualTo(cafe.id());
        assertThat(knowledgeBase.entries().unusedTitle(CAFE_NFD)).isEqualTo(CAFE_NFD + " 2");

        Entry menu = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Menu")
                .withText("Menu", "Coffee at the [[" + CAFE_NFD + "]] and the [[" + CAFE_NFC.toUpperCase() + "]]."));
        assertThat(knowledgeBase.connections().backlinks(cafe)).extracting(reference -> reference.source().id())
                .containsExactly(menu.id());
        assertThat(knowledgeBase.connections().check()).noneMatch(finding -> finding.entryId().equals(menu.id()));
    }

    @Test
    void renamingAnEntryRewritesLinksInEitherSpelling() {
        Entry cafe = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, CAFE_NFC));
        Entry menu = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Menu")
                .withText("Menu", "[[" + CAFE_NFD + "]], [[ caf\u00e9 #Hours|open]] and [[Cafeteria]]"));
        knowledgeBase.entries().save(cafe.withText("Coffee shop", ""));
        assertThat(knowledgeBase.entries().find(menu.id()).orElseThrow().body())
                .isEqualTo("[[Coffee shop]], [[Coffee shop#Hours|open]] and [[Cafeteria]]");
    }

    @Test
    void renamingToTheOtherSpellingKeepsTheEntryAndItsLinks() {
        Entry cafe = knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, CAFE_NFC));
        Entry renamed = knowledgeBase.entries().save(cafe.withText(CAFE_NFD, "renamed"));
        assertThat(renamed.title()).isEqualTo(CAFE_NFC);
        assertThat(renamed.body()).isEqualTo("renamed");
    }
}
