package org.projectnexus.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a page's path is written in a Markdown link: as {@link URI} quotes it, spaces and other unsafe characters. */
class VaultLayoutTest {

    @Test
    void aPathIsEncodedAsUriQuotesIt() throws Exception {
        for (String path : List.of("notes/Redis.md", "notes/Entry 42.md", "challenges/Slow  API - v2_final~.md",
                "notes/C# and .NET.md", "notes/50% faster.md", "notes/Café.md", "notes/a(b).md", "notes/Q&A: why?.md",
                "notes/[draft] {x}.md", "notes/tab\there.md", "takeaways/日本語.md", "notes/back\\slash.md", "")) {
            String byUri = new URI(null, null, path, null).getRawPath().replace("(", "%28").replace(")", "%29");

            assertThat(VaultLayout.encode(path)).as(path).isEqualTo(byUri);
        }
    }

    @Test
    void spacesAreEncodedAndNothingElseInAPlainPath() {
        assertThat(VaultLayout.encode("notes/Entry 42.md")).isEqualTo("notes/Entry%2042.md");
        assertThat(VaultLayout.encode("notes/Redis.md")).isEqualTo("notes/Redis.md");
    }
}
