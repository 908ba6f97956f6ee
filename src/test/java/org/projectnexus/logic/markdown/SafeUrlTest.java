package org.projectnexus.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The faster link-address check keeps and drops exactly the addresses the first version kept and dropped. */
class SafeUrlTest {

    /** The first version, kept as the reference. */
    private static String firstVersion(String url) {
        String trimmed = url.strip();
        int colon = trimmed.indexOf(':');
        int firstSeparator = -1;
        for (int i = 0; i < trimmed.length() && firstSeparator < 0; i++) {
            firstSeparator = "/?#".indexOf(trimmed.charAt(i)) >= 0 ? i : -1;
        }
        boolean hasScheme = colon > 0 && (firstSeparator < 0 || colon < firstSeparator);
        if (!hasScheme) {
            return trimmed.startsWith("//") ? "" : trimmed;
        }
        String scheme = trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
        return Set.of("http", "https", "mailto", "nexus").contains(scheme) ? trimmed : "";
    }

    private static final String[] PIECES = {"http", "HTTPS", "s", "mailto", "MailTo", "nexus", "javascript", "data",
            "file", ":", "/", "//", "?", "#", " ", "\t", "x", "ſ", "\u212A", "İ", "ı", "é", "a.b", "%3A", "\u0000"};

    @Test
    void decidesAsTheFirstVersionDid() {
        Random random = new Random(13);
        for (int run = 0; run < 100_000; run++) {
            StringBuilder url = new StringBuilder();
            for (int length = random.nextInt(6); length >= 0; length--) {
                url.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertThat(MarkdownRenderer.safeUrl(url.toString())).as(url.toString()).isEqualTo(firstVersion(url.toString()));
        }
    }

    @Test
    void lookalikeLettersDoNotMakeASafeScheme() {
        assertThat(MarkdownRenderer.safeUrl("httpſ://x")).isEmpty();
        assertThat(MarkdownRenderer.safeUrl("HTTPS://x")).isEqualTo("HTTPS://x");
        assertThat(MarkdownRenderer.safeUrl("javascript:alert(1)")).isEmpty();
    }
}
