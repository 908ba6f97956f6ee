package org.projectnexus.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    private final HtmlSanitizer sanitizer = new HtmlSanitizer();

    /** sanitizeRawHtml skips the policy for the empty text around a lone tag; the policy agrees it is nothing. */
    @Test
    void emptyTextIsNothingToThePolicyToo() {
        assertThat(sanitizer.sanitize("")).isEmpty();
        assertThat(sanitizer.sanitizeRawHtml("<kbd>")).isEqualTo("<kbd>");
        assertThat(sanitizer.sanitizeRawHtml("</kbd>")).isEqualTo("</kbd>");
        assertThat(sanitizer.sanitizeRawHtml("<script>alert(1)</script>")).doesNotContain("script");
    }
}
