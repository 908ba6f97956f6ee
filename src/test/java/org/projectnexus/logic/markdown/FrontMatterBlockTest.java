package org.projectnexus.logic.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The front matter block is found exactly where the pattern it replaces found it, on any text. */
class FrontMatterBlockTest {

    /** The pattern FrontMatter used before FrontMatterBlock (its lazy match was slow on every imported file). */
    private static final Pattern BLOCK =
            Pattern.compile("\\A\\uFEFF?---[ \\t]*\\r?\\n(.*?)(?:\\r?\\n)?^(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)",
                    Pattern.DOTALL | Pattern.MULTILINE);
    private static final List<String> PIECES = List.of("---", "...", "--", "-", ".", " ", "\t", "\n", "\r", "\r\n",
            "\u2028", "\u0085", "\uFEFF", "a", "title: x", "#");

    @Test
    void findsWhatThePatternFindsOnTypicalTexts() {
        for (String text : List.of("---\ntitle: A\n---\nBody", "---\r\ntitle: A\r\n---\r\nBody", "---\n---\n",
                "---\n\n---", "\uFEFF--- \t\na: 1\n...\nrest", "---\na: 1\n--- x\n---\n", "---\na: 1\r---\n",
                "---\na\n---", "--- \n", "text\n---\na\n---\n", "---\na: 1\n\n\n---\n", "---\na\u2028---\n")) {
            assertThat(describe(FrontMatterBlock.find(text), text)).as(text).isEqualTo(byPattern(text));
        }
    }

    @Test
    void findsWhatThePatternFindsOnRandomTexts() {
        Random random = new Random(8);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder(random.nextInt(3) == 0 ? "" : "---\n");
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String built = text.toString();
            assertThat(describe(FrontMatterBlock.find(built), built)).as(escaped(built)).isEqualTo(byPattern(built));
        }
    }

    private static String byPattern(String text) {
        Matcher matcher = BLOCK.matcher(text);
        return matcher.lookingAt() ? "yaml=" + escaped(matcher.group(1)) + " end=" + matcher.end() : "none";
    }

    private static String describe(FrontMatterBlock block, String text) {
        return block == null ? "none"
                : "yaml=" + escaped(text.substring(block.yamlStart(), block.yamlEnd())) + " end=" + block.end();
    }

    private static String escaped(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
