package org.projectnexus.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void controlCharactersAreShownAsEscapesAPersonCanRead() {
        assertThat(SafeText.forDisplay("a\u001b]0;pwned\u0007b")).isEqualTo("a\\e]0;pwned\\x07b");
        assertThat(SafeText.forDisplay("nul\u0000 line\nbreak\r\ttab\u007f\u009b"))
                .isEqualTo("nul\\0 line\\nbreak\\r\\ttab\\x7F\\x9B");
        assertThat(SafeText.forDisplay("evil\u202Egnp.md")).isEqualTo("evil\\u202Egnp.md");
        assertThat(SafeText.forDisplay("lone \uD800 surrogate")).isEqualTo("lone \\uD800 surrogate");
    }

    @Test
    void ordinaryTextIsLeftAsItIsAndEscapingTwiceChangesNothing() {
        String text = "Café – naïve 日本語 😀 C:\\notes\\a.md";
        assertThat(SafeText.forDisplay(text)).isSameAs(text);
        String once = SafeText.forDisplay("x\u001b[2Jy\n");
        assertThat(SafeText.forDisplay(once)).isEqualTo(once);
        assertThat(SafeText.forMessage(once)).isEqualTo(once);
    }

    @Test
    void aVeryLongNameIsCutWithAnEllipsis() {
        String title = "A".repeat(10 * 1024 * 1024);
        String shown = SafeText.forDisplay(title);
        assertThat(shown).hasSizeLessThanOrEqualTo(SafeText.NAME_LIMIT).startsWith("AAAA").contains("A…A");
        assertThat(SafeText.forDisplay("x/".repeat(1000) + "name.md")).endsWith("/name.md").contains("…");
        assertThat(SafeText.forDisplay("B".repeat(200))).isEqualTo("B".repeat(200));
        assertThat(SafeText.forDisplay("\u001b".repeat(1000))).hasSizeLessThanOrEqualTo(SafeText.NAME_LIMIT);
    }

    @Test
    void aMessageKeepsItsOwnLineBreaksButNoTerminalCommands() {
        assertThat(SafeText.forMessage("First line.\nSecond\u001b[2J line.")).isEqualTo("First line.\nSecond\\e[2J line.");
        assertThat(SafeText.forMessage("x".repeat(100_000))).hasSize(SafeText.MESSAGE_LIMIT);
        assertThat(SafeText.forTerminal("body\u0007\n".repeat(10_000))).hasSize(10_000 * 9);
        assertThat(SafeText.forDisplay(null)).isEmpty();
    }
}
