package org.projectnexus.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.commonmark.renderer.html.HtmlWriter;
import org.junit.jupiter.api.Test;

/** Nexus's escaping writes exactly what commonmark's HtmlWriter writes, including where a line would break. */
class HtmlEscapingTest {

    private static final String[] PIECES = {"a", "word ", "&", "<", ">", "\"", "'", "“", " ", "=", "😀", "%", "\n",
            "&amp;", "<<", "é", ""};

    @Test
    void textIsEscapedAsHtmlWriterEscapesIt() {
        Random random = new Random(5);
        for (int run = 0; run < 20_000; run++) {
            String text = randomText(random, 30);
            StringBuilder expected = new StringBuilder();
            HtmlWriter commonmark = new HtmlWriter(expected);
            commonmark.text(text);
            commonmark.line();
            StringBuilder actual = new StringBuilder();
            HtmlWriter nexus = new HtmlWriter(actual);
            HtmlEscaping.writeText(nexus, text);
            nexus.line(); // a line break is written only if the text did not end with one: the last character counts
            assertThat(actual.toString()).as(text).isEqualTo(expected.toString());
        }
    }

    @Test
    void openingTagsAreWrittenAsHtmlWriterWritesThem() {
        Random random = new Random(3);
        for (int run = 0; run < 2_000; run++) {
            String[] values = {randomText(random, 6), randomText(random, 6), randomText(random, 6)};
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("href", values[0]);
            attributes.put("class", values[1]);
            attributes.put("title", values[2]);
            StringBuilder expected = new StringBuilder();
            new HtmlWriter(expected).tag("a", attributes);
            assertThat(HtmlEscaping.openingTag("a", "href", values[0], "class", values[1], "title", values[2]))
                    .isEqualTo(expected.toString());
        }
    }

    private static String randomText(Random random, int maxPieces) {
        StringBuilder text = new StringBuilder();
        for (int length = random.nextInt(maxPieces); length > 0; length--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
