package org.projectnexus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Titles are kept in NFC, and what links or file names cannot carry is refused in words (issue 28, point 8). */
class TitleRulesTest {

    private static final String CAFE_NFD = "Cafe\u0301";
    private static final String CAFE_NFC = "Caf\u00e9";

    @Test
    void titlesAreKeptInNfcSoBothSpellingsOfCafeAreOneTitle() {
        assertThat(TitleRules.check(CAFE_NFD)).isEqualTo(CAFE_NFC);
        assertThat(TitleRules.check("  " + CAFE_NFC + " ")).isEqualTo(CAFE_NFC);
        assertThat(WikiLink.titleKey(CAFE_NFD)).isEqualTo(WikiLink.titleKey(CAFE_NFC)).isEqualTo("caf\u00e9");
        assertThat(WikiLink.titleKey("\u00c9COLE")).isEqualTo(WikiLink.titleKey("E\u0301cole"));
        assertThat(new WikiLink(CAFE_NFD, "", "").targetKey()).isEqualTo(WikiLink.titleKey(CAFE_NFC));
    }

    @Test
    void aBackslashIsRefusedWithAReason() {
        assertThatThrownBy(() -> TitleRules.check("C:\\Temp")).isInstanceOf(NexusException.class)
                .hasMessageStartingWith("A title cannot contain a backslash (\\)").hasMessageContaining("Use / or");
    }

    @Test
    void invisibleCharactersThatChangeHowTextIsShownAreRefused() {
        for (int c : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                0x200B, 0x200C, 0x200D, 0xFEFF}) {
            String title = "invoice" + new String(Character.toChars(c)) + "fdp.exe";
            assertThatThrownBy(() -> TitleRules.check(title)).as("U+%04X", c)
                    .hasMessageStartingWith("A title cannot contain invisible characters that change how text is shown")
                    .hasMessageContaining(String.format("U+%04X", c)).hasMessageContaining("character 8");
        }
        assertThatThrownBy(() -> TitleRules.check("gpj.\u202Eexe")).hasMessageContaining("right-to-left override");
    }

    @Test
    void whatLinksCannotHoldIsRefusedAsBefore() {
        for (String title : new String[] {"a[b", "a]b", "a|b", "a#b", "a\nb", "a\u2028b"}) {
            assertThatThrownBy(() -> TitleRules.check(title)).hasMessageContaining("[ ] | # or line breaks");
        }
        assertThatThrownBy(() -> TitleRules.check(" ")).hasMessage("An entry needs a title.");
        assertThat(TitleRules.check("x".repeat(200))).hasSize(200);
        assertThatThrownBy(() -> TitleRules.check("x".repeat(201))).hasMessageContaining("at most 200");
    }

    @Test
    void characterReferencesAreRefusedButAnAmpersandIsNot() {
        for (String title : new String[] {"&amp;", "Tom &amp; Jerry", "x&nbsp;y", "R&D; notes"}) {
            assertThatThrownBy(() -> TitleRules.check(title)).as(title)
                    .hasMessageStartingWith("A title cannot contain a character code such as");
        }
        assertThat(TitleRules.check("AT&T")).isEqualTo("AT&T");
        assertThat(TitleRules.check("R&D notes; part 2")).isEqualTo("R&D notes; part 2");
        assertThat(TitleRules.check("List<String>")).isEqualTo("List<String>");
        assertThat(TitleRules.usable("Tom &amp; Jerry")).isEqualTo("Tom & amp; Jerry");
    }

    @Test
    void aTitleFromElsewhereIsMadeUsable() {
        assertThat(TitleRules.usable("C:\\Temp\\notes")).isEqualTo("C: Temp notes");
        assertThat(TitleRules.usable("gpj.\u202Eexe\u200B")).isEqualTo("gpj.exe");
        assertThat(TitleRules.usable("a [[b]] | #c")).isEqualTo("a b c");
        assertThat(TitleRules.usable(CAFE_NFD)).isEqualTo(CAFE_NFC);
        assertThat(TitleRules.usable("\u200B")).isEqualTo("Untitled");
        assertThat(TitleRules.usable("\uD83D\uDE00".repeat(150))).hasSizeLessThanOrEqualTo(200)
                .satisfies(cut -> assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse());
        for (String wanted : new String[] {"C:\\x", "\u202E", "a|b", "x".repeat(300), "  "}) {
            assertThat(TitleRules.check(TitleRules.usable(wanted))).isEqualTo(TitleRules.usable(wanted));
        }
    }

    /** The quick path of {@link TitleRules#isSurelyNfc} holds: below U+0300 every character is its own NFC. */
    @Test
    void everyCharacterBelowTheCombiningMarksIsItsOwnNfc() {
        for (char c = 0; c < 0x300; c++) {
            String alone = String.valueOf(c);
            assertThat(Normalizer.isNormalized(alone, Normalizer.Form.NFC)).as("U+%04X", (int) c).isTrue();
            assertThat(Normalizer.isNormalized("a" + alone + "b", Normalizer.Form.NFC)).isTrue();
        }
        assertThat(TitleRules.isSurelyNfc("plain ASCII and Lat\u00efn-1")).isTrue();
        assertThat(TitleRules.isSurelyNfc(CAFE_NFD)).isFalse();
    }
}
