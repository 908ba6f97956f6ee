package org.projectnexus.logic.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quick check an import makes before parsing an exported body for its inline tags: a tag of the front matter
 * may be inline when {@code #} and its name stand in the text, in any case.
 */
class InlineTagCheckTest {

    @Test
    void aTagWrittenInTheTextInAnyCaseMayBeInline() {
        assertThat(MarkdownEntries.mayBeInline(List.of("queues"), "Work with #Queues today.")).isTrue();
        assertThat(MarkdownEntries.mayBeInline(List.of("#api/rest", "other"), "x #API/REST")).isTrue();
        assertThat(MarkdownEntries.mayBeInline(List.of("Über"), "#über alles")).isTrue();
        assertThat(MarkdownEntries.mayBeInline(List.of("a", "queues"), "#queues at the end")).isTrue();
    }

    @Test
    void aTagNotWrittenAfterAHashIsNotInline() {
        assertThat(MarkdownEntries.mayBeInline(List.of("queues"), "Queues without a hash. # queues")).isFalse();
        assertThat(MarkdownEntries.mayBeInline(List.of("queues"), "No hash at all")).isFalse();
        assertThat(MarkdownEntries.mayBeInline(List.of("queues"), "ends with #")).isFalse();
        assertThat(MarkdownEntries.mayBeInline(List.of(" ", "#"), "#anything")).isFalse();
        assertThat(MarkdownEntries.mayBeInline(List.of(), "#anything")).isFalse();
    }
}
