package org.projectnexus.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.projectnexus.model.WikiLink;

/** The hand-written matchers accept exactly what the regular expressions they replaced accepted. */
class MarkupSyntaxTest {

    /** The first version's patterns, kept here as the reference. */
    private static final String TAG_CHAR = "[\\p{L}\\p{M}\\p{N}_\\-]";
    private static final Pattern WIKI_LINK =
            Pattern.compile("\\[\\[([^\\[\\]|#\\n]+)(?:#([^\\[\\]|\\n]*))?(?:\\|([^\\[\\]\\n]*))?]]");
    private static final Pattern TAG = Pattern.compile("#(" + TAG_CHAR + "+(?:/" + TAG_CHAR + "+)*)");

    /** Every character the patterns treat specially, plus letters, marks and numbers of several kinds. */
    private static final String[] PIECES = {"[", "]", "[[", "]]", "|", "#", "/", "\n", " ", "\t", "_", "-", "a", "Z",
            "7", "é", "e\u0301", "日", "٣", "Ⅻ", "½", "😀", "𝒜", "\uD800", "\uDC00", ".", ",", "&", "(", "ǅ", "ʰ", "\u20DD"};

    @Test
    void wikiLinksAreMatchedAsTheRegularExpressionMatchedThem() {
        Random random = new Random(7);
        Matcher reference = WIKI_LINK.matcher("");
        for (int run = 0; run < 200_000; run++) {
            String text = "[[" + randomText(random);
            reference.reset(text);
            MarkupSyntax.WikiLinkMatch match = MarkupSyntax.wikiLinkAt(text, 0);
            if (reference.lookingAt() && !reference.group(1).isBlank()) {
                assertThat(match).as(text).isNotNull();
                assertThat(match.end()).as(text).isEqualTo(reference.end());
                assertThat(match.link()).as(text)
                        .isEqualTo(new WikiLink(reference.group(1), reference.group(2), reference.group(3)));
            } else {
                assertThat(match).as(text).isNull();
            }
        }
    }

    @Test
    void tagsAreMatchedAsTheRegularExpressionMatchedThem() {
        Random random = new Random(11);
        Matcher reference = TAG.matcher("");
        for (int run = 0; run < 200_000; run++) {
            String text = "#" + randomText(random);
            reference.reset(text);
            int end = MarkupSyntax.tagEnd(text, 0);
            assertThat(end).as(text).isEqualTo(reference.lookingAt() ? reference.end() : -1);
        }
    }

    @Test
    void tagsOfEveryScriptAndCategoryAreMatchedAsBefore() {
        Matcher reference = TAG.matcher("");
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "#" + new String(Character.toChars(codePoint)) + "/x";
            reference.reset(text);
            assertThat(MarkupSyntax.tagEnd(text, 0)).as("U+%04X", codePoint)
                    .isEqualTo(reference.lookingAt() ? reference.end() : -1);
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int length = random.nextInt(12); length > 0; length--) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
