package org.projectnexus.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One limit on an entry's text, counted as the database keeps it, in UTF-8 (issue 28, point 9). */
class BodyLimitTest {

    private static final EntryMeta META = EntryMeta.fresh(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void textIsCountedInUtf8WithoutEncodingIt() {
        for (String text : new String[] {"", "plain", "Caf\u00e9", "\u6771\u4eac", "\uD83D\uDE00 emoji", "lone \uD800 half",
                "\uDC00 low first", "mixed \u00fc\u4e00\uD83D\uDE00\u007f\u0080\u07ff\u0800\uffff"}) {
            assertThat(BodyLimit.utf8Length(text)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void anEntryOverTheLimitIsRefusedWithWhatToDo() {
        String atLimit = "x".repeat((int) BodyLimit.MAX_BYTES);
        assertThatCode(() -> BodyLimit.check(new Note(META, "Big", atLimit))).doesNotThrowAnyException();
        assertThatThrownBy(() -> BodyLimit.check(new Note(META, "Bigger", atLimit + "\u00e9")))
                .isInstanceOf(NexusException.class)
                .hasMessage("“Bigger” holds 20.0 MB of text; an entry can hold at most 20.0 MB. Split the text into"
                        + " several entries.");
        String half = "y".repeat((int) (BodyLimit.MAX_BYTES / 2));
        assertThatThrownBy(() -> BodyLimit.check(new Challenge(META, "Split", "body", half, half, null)))
                .as("a challenge's problem and solution count too").isInstanceOf(NexusException.class);
    }
}
