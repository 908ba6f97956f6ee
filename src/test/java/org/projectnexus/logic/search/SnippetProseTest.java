package org.projectnexus.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.projectnexus.logic.KnowledgeBase;
import org.projectnexus.model.EntryKind;
import org.projectnexus.model.SearchHit;

/** Issue 25, point 4: a snippet shows the sentence around the match rather than a flattened table or code. */
class SnippetProseTest {

    @TempDir
    Path home;

    @Test
    void aSnippetPrefersTheProseSentenceOverTableRowsAndCode() {
        StringBuilder body = new StringBuilder("| Setting | Value | Notes |\n|---|---|---|\n");
        for (int i = 0; i < 12; i++) {
            body.append("| zebraflux_").append(i).append(" | ").append(i * 10).append(" | zebraflux row |\n");
        }
        body.append("\n```java\nint zebraflux = config.get(\"zebraflux\"); // {zebraflux}\n```\n\n");
        body.append("Filler paragraph about other things entirely, to keep the parts apart. ".repeat(20));
        body.append("\n\nWe raised the zebraflux limit because the workers were starved at peak hours.\n");
        try (KnowledgeBase knowledgeBase = KnowledgeBase.open(home, Clock.systemUTC())) {
            knowledgeBase.entries().add(knowledgeBase.entries().draft(EntryKind.NOTE, "Tuning")
                    .withText("Tuning", body.toString()));
            knowledgeBase.finding().synchronizeSearch((done, total) -> { });
            SearchHit hit = knowledgeBase.finding().search("zebraflux", 5).hits().get(0);
            assertThat(hit.snippet("[", "]"))
                    .contains("We raised the [zebraflux] limit because the workers were starved");
        }
    }
}
