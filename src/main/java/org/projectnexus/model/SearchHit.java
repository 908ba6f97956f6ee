package org.projectnexus.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry a search found: its title and a snippet of its text, each as runs of text with the matching words
 * marked (never HTML, so nothing in a note can inject markup into a result list).
 */
public record SearchHit(UUID id, EntryKind kind, String title, Instant updated, float score,
                        List<Marked> titleRuns, List<Marked> snippetRuns) {

    /** A run of text, marked when it matched the query. */
    public record Marked(String text, boolean match) {
    }

    public SearchHit {
        titleRuns = List.copyOf(titleRuns);
        snippetRuns = List.copyOf(snippetRuns);
    }

    /** The snippet as plain text (the marked runs between {@code open} and {@code close}). */
    public String snippet(String open, String close) {
        StringBuilder text = new StringBuilder();
        for (Marked run : snippetRuns) {
            text.append(run.match() ? open + run.text() + close : run.text());
        }
        return text.toString();
    }
}
